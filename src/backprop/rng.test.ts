import { describe, expect, it } from 'vitest';
import { createRng, gaussian, shuffle } from './rng.ts';

describe('rng', () => {
  it('is deterministic per seed and in [0, 1)', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xs = Array.from({ length: 1000 }, a);
    expect(Array.from({ length: 1000 }, b)).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  it('gives roughly standard normals and reproducible permutations', () => {
    const rng = createRng(7);
    const g = Array.from({ length: 4000 }, () => gaussian(rng));
    const mean = g.reduce((s, x) => s + x) / g.length;
    const v = g.reduce((s, x) => s + (x - mean) ** 2, 0) / g.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(v - 1)).toBeLessThan(0.08);
    const p = shuffle([1, 2, 3, 4, 5, 6], createRng(1));
    expect(shuffle([1, 2, 3, 4, 5, 6], createRng(1))).toEqual(p);
    expect([...p].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rejects a non-finite seed', () => {
    expect(() => createRng(NaN)).toThrow(/seed is NaN/);
  });
});
