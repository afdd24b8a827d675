import { describe, expect, test } from 'vitest';
import { dedent, errorTitle, pageIdOf, runLabel, truncateLines } from './model';

describe('code cell model', () => {
  test('dedent removes template-literal indentation and blank edges', () => {
    expect(dedent('\n    const a = 1;\n\n      a;\n  ')).toBe('const a = 1;\n\n  a;');
    expect(dedent('x')).toBe('x');
  });
  test('page ids ignore the base path and slashes', () => {
    expect(pageIdOf('/lessons/notation/')).toBe('lessons/notation');
    expect(pageIdOf('/bpn/demo/cells/', '/bpn/')).toBe('demo/cells');
    expect(pageIdOf('/')).toBe('home');
  });
  test('error titles give the line and column when known', () => {
    expect(errorTitle({ name: 'SyntaxError', message: 'Unexpected token', line: 2, column: 11 })).toBe('SyntaxError on line 2, column 11: Unexpected token');
    expect(errorTitle({ name: 'Stopped', message: 'Stopped after 3 s' })).toBe('Stopped: Stopped after 3 s');
  });
  test('run labels and truncation', () => {
    expect(runLabel(3, 12.4)).toBe('Run #3 · 12 ms');
    expect(truncateLines('a\nb\nc', 2)).toEqual({ shown: 'a\nb', hidden: 1, unit: 'lines' });
    expect(truncateLines('a', 2).hidden).toBe(0);
  });
  test('one huge line is cut by characters (D20)', () => {
    const line = 'x'.repeat(10_000_000);
    const t = truncateLines(line);
    expect(t.unit).toBe('chars');
    expect(t.shown.length + t.hidden).toBe(10_000_000);
    expect(t.shown.length).toBeLessThanOrEqual(5_000);
    // Thirty short lines then one huge one: the line cut alone would still show the huge line, so characters decide.
    const mixed = 'a\n'.repeat(3) + 'y'.repeat(20_000);
    expect(truncateLines(mixed, 30, 100)).toEqual({ shown: mixed.slice(0, 100), hidden: mixed.length - 100, unit: 'chars' });
  });
});
