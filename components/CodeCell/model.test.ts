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
    expect(truncateLines('a\nb\nc', 2)).toEqual({ shown: 'a\nb', hidden: 1 });
    expect(truncateLines('a', 2).hidden).toBe(0);
  });
});
