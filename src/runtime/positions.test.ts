import { describe, expect, test } from 'vitest';
import { asWritten, describeError, errorPosition, undefinedName } from './positions';
import { CellSyntaxError, prepareCell } from './prepare';

const url = 'blob:http://127.0.0.1:4411/6f1c-aa';

describe('error positions', () => {
  test('first frame in the cell module, Chromium format', () => {
    const stack = `TypeError: boom\n    at f (${url}:4:11)\n    at ${url}:7:1\n    at async Session.run (http://127.0.0.1:4411/_astro/worker.js:1:999)`;
    expect(errorPosition(stack, url, asWritten)).toEqual({ line: 4, column: 11 });
  });
  test('line 1 columns lose the scope prefix', () => {
    const p = prepareCell('const a = b.c;', ['b', 'x']);
    const column = p.js.indexOf('b.c') + 1; // where the module has `b.c`; the reader wrote it at column 11
    expect(errorPosition(`Error\n at ${url}:1:${column}`, url, p.original)).toEqual({ line: 1, column: 11 });
  });
  test('a frame on the appended export line has no reader position', () => {
    expect(errorPosition(`Error\n at ${url}:6:3`, url, asWritten, 4)).toBeNull();
  });
  test('describeError keeps syntax error positions and names undefined identifiers', () => {
    expect(describeError(new CellSyntaxError('Unexpected token', 2, 11), url, asWritten, 3)).toEqual({ name: 'SyntaxError', message: 'Unexpected token', line: 2, column: 11 });
    expect(describeError('oops', url, asWritten, 1)).toEqual({ name: 'Thrown value', message: '"oops"' });
    expect(describeError(7, url, asWritten, 1, 'zh')).toEqual({ name: '抛出的值', message: '7' });
    expect(undefinedName({ name: 'ReferenceError', message: 'net is not defined' })).toBe('net');
    expect(undefinedName({ name: 'TypeError', message: 'net is not defined' })).toBeNull();
  });
});
