import { describe, expect, test } from 'vitest';
import { dedent, errorTitle, pageIdOf, runLabel, sameError, truncateLines } from './model';
import { CELL_STRINGS } from './strings';
import { prepareCell } from '../../src/runtime/prepare';
import { asWritten, describeError } from '../../src/runtime/positions';
import { cellKey } from '../../src/runtime/storage';

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
    expect(errorTitle({ name: 'Stopped', message: 'Stopped after 3 s: still running', titled: true })).toBe('Stopped after 3 s: still running');
    expect(errorTitle({ name: 'Error', message: 'boom' })).toBe('Error: boom');
  });
  test('on a Chinese page an error title names the line and column in Chinese', () => {
    expect(errorTitle({ name: 'SyntaxError', message: 'Unexpected token', line: 2, column: 11 }, 'zh')).toBe('SyntaxError（第 2 行，第 11 列）：这里不应出现这个符号（Unexpected token）');
    expect(errorTitle({ name: 'TypeError', message: 'x is not a function', line: 4 }, 'zh')).toBe('TypeError（第 4 行）：x 不是函数（x is not a function）');
    // A message the engine did not write (the reader's own, the module's) stays as written.
    expect(errorTitle({ name: 'Error', message: 'boom', line: 1 }, 'zh')).toBe('Error（第 1 行）：boom');
    // A real syntax error from the cell preparation, as the worker reports it: the line and column are the reader's.
    let thrown: unknown;
    try { prepareCell('const a = 1;\nconst b = (2;', []); } catch (e) { thrown = e; }
    const err = describeError(thrown, '', asWritten, 2);
    expect([err.line, err.column]).toEqual([2, 13]);
    expect(errorTitle(err, 'zh')).toMatch(/^SyntaxError（第 2 行，第 13 列）：\S/);
  });
  test('Chinese run labels, and the two tables have the same keys', () => {
    expect(runLabel(3, 12.4, 'zh')).toBe('第 3 次运行 · 12 ms');
    expect(runLabel(undefined, 4.25, 'zh')).toBe('已检查 · 4.3 ms');
    expect(runLabel(undefined, 20, 'zh', false)).toBe('未检查 · 20 ms');
    expect(runLabel(undefined, 20, 'en', false)).toBe('Not checked · 20 ms');
    expect(runLabel(2, 20, 'en', false)).toBe('Run #2 · 20 ms'); // a notebook cell has no checks to run
    expect(Object.keys(CELL_STRINGS.zh).sort()).toEqual(Object.keys(CELL_STRINGS.en).sort());
  });
  test('a Chinese page keeps its saved edits apart; English keys are unchanged', () => {
    const en = cellKey(pageIdOf('/bpn/lessons/notation/', '/bpn/'), 'forward');
    const zh = cellKey(pageIdOf('/bpn/zh/lessons/notation/', '/bpn/'), 'forward');
    expect(en).toBe('bpn:v1:cell:lessons/notation:forward');
    expect(zh).toBe('bpn:v1:cell:zh/lessons/notation:forward');
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
  test('sameError: the same error again (an interval that throws on every tick), not one that differs in anything shown', () => {
    const iv = { name: 'Uncaught (in a timer or promise callback) Error', message: 'iv', line: 10, column: 27 };
    expect(sameError(iv, { ...iv })).toBe(true);
    expect(sameError(iv, { ...iv, message: 'iv2' })).toBe(false);
    expect(sameError(iv, { ...iv, name: 'Uncaught (in a timer or promise callback) TypeError' })).toBe(false);
    expect(sameError(iv, { ...iv, line: 11 })).toBe(false);
    expect(sameError(iv, { ...iv, column: 3 })).toBe(false);
    expect(sameError(iv, { ...iv, hint: 'a hint' })).toBe(false);
    expect(sameError({ name: 'Error', message: 'x' }, { name: 'Error', message: 'x', line: 1 })).toBe(false);
  });

  test('repeated: the count after a heading, in each language', () => {
    expect(CELL_STRINGS.en.repeated(11)).toBe(' (×11)');
    expect(CELL_STRINGS.zh.repeated(11)).toBe('（共 11 次）');
  });
});
