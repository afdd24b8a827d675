import { describe, expect, test } from 'vitest';
import { formatOutputNumber, formatValue, isMatrix, toTable } from './value';

describe('formatOutputNumber', () => {
  test.each([
    [0.1 + 0.2, '0.3'], [1 / 3, '0.333333'], [0.2983711087600027, '0.298371'], [42, '42'], [-0, '0'],
    [1.5e-12, '1.5e-12'], [6.02e23, '6.02e23'], [NaN, 'NaN'], [-Infinity, '-Infinity'], [0.00012345678, '0.000123457'],
  ])('%d → %s', (n, s) => expect(formatOutputNumber(n)).toBe(s));
});

describe('formatValue', () => {
  test('objects, arrays, nesting and cycles', () => {
    expect(formatValue({ J: 0.2983711087600027, ok: true })).toBe('{ J: 0.298371, ok: true }');
    expect(formatValue([1, 'a', [2.5]])).toBe('[1, "a", [2.5]]');
    const o: Record<string, unknown> = {};
    o.self = o;
    expect(formatValue(o)).toBe('{ self: [circular] }');
    expect(formatValue(new Float64Array([0.5, 1 / 3]))).toBe('[0.5, 0.333333]');
  });
  test('a long array is cut with a count', () => {
    expect(formatValue(Array.from({ length: 60 }, (_, i) => i))).toMatch(/, 49, … 10 more\]$/);
  });
  test('a matrix prints one aligned row per line', () => {
    expect(formatValue([[1, 0.25], [10, 2]])).toBe('[  1  0.25 ]\n[ 10     2 ]');
  });
  test('classes show their name, errors their message', () => {
    class Network { L = 3; }
    expect(formatValue(new Network())).toBe('Network { L: 3 }');
    expect(formatValue(new RangeError('bad'))).toBe('RangeError: bad');
  });
});

describe('toTable', () => {
  test('Θ with the bias column numbered 0', () => {
    const t = toTable([[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], { label: 'Θ(1)', colStart: 0 });
    expect(t).toEqual({ label: 'Θ(1)', columns: ['0', '1', '2'], rowNames: ['1', '2'], rows: [['0.35', '0.15', '0.2'], ['0.35', '0.25', '0.3']] });
  });
  test('a vector is a column', () => {
    expect(toTable([0.75136507, 0.77292847], { label: 'h', digits: 4 }).rows).toEqual([['0.7514'], ['0.7729']]);
  });
  test('records become columns', () => {
    const t = toTable([{ epoch: 1, loss: 0.5 }, { epoch: 2, loss: 0.25 }]);
    expect(t.columns).toEqual(['epoch', 'loss']);
    expect(t.rows[1]).toEqual(['2', '0.25']);
  });
  test('a scalar is refused with a clear message', () => {
    expect(() => toTable(3)).toThrow(/show.table needs a matrix/);
    expect(isMatrix([[1], [2, 3]])).toBe(false);
  });
});
