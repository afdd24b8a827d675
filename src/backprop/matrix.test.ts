import { describe, expect, it } from 'vitest';
import { BackpropError } from './errors.ts';
import { adjacent, pack, packVector, spanning, unpack } from './matrix.ts';

describe('matrix', () => {
  it('packs row-major and unpacks back', () => {
    const P = pack([[1, 2, 3], [4, 5, 6]], 'X');
    expect([P.rows, P.cols]).toEqual([2, 3]);
    expect(Array.from(P.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(unpack(P.data, 2, 3)).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(pack(P)).toBe(P);
  });

  it('names the problem in bad input', () => {
    expect(() => pack([], 'X')).toThrow(/X is empty/);
    expect(() => pack([[1, 2], [3]], 'X')).toThrow(/X is ragged: X\[0\] has 2 entries but X\[1\] has 1/);
    expect(() => pack([[1, NaN]], 'X')).toThrow(/X\[0\]\[1\] is NaN/);
    expect(() => pack([[1, Infinity]], 'X')).toThrow(BackpropError);
    expect(() => pack([['a' as never]], 'X')).toThrow(/X\[0\]\[0\] is "a", expected a number/);
    expect(() => pack({ rows: 2, cols: 2, data: new Float64Array(3) }, 'X')).toThrow(/claims to be 2×2 but holds 3/);
    expect(() => packVector([[1]] as never, 'x')).toThrow(/x is a matrix/);
  });

  it('adjacent lays arrays end to end in one buffer; spanning finds that run, and only that', () => {
    const { parts, all } = adjacent([6, 2, 3]);
    parts[2][1] = 7;
    expect(all[9]).toBe(7);
    expect(spanning(parts)?.length).toBe(11);
    spanning(parts)![10] = 5;
    expect(parts[2][2]).toBe(5);
    expect(spanning([new Float64Array(2), new Float64Array(2)])).toBeNull();
    expect(spanning([parts[0], parts[2]])).toBeNull(); // a gap between them
  });
});
