import { describe, expect, it } from 'vitest';
import { blobs, circles, curve1d, spirals, split, xor } from './datasets.ts';

describe('datasets', () => {
  it('xor is the truth table, or n labelled points', () => {
    expect(xor()).toEqual({ X: [[0, 0], [0, 1], [1, 0], [1, 1]], Y: [[0], [1], [1], [0]] });
    const d = xor({ n: 50, seed: 2 });
    expect(d.X).toHaveLength(50);
    d.X.forEach((x, i) => expect(d.Y[i][0]).toBe(x[0] * x[1] < 0 ? 1 : 0));
  });

  it('circles sit on their radii; spirals start near the origin; all are seeded', () => {
    const c = circles({ n: 40, noise: 0, factor: 0.3, seed: 1 });
    c.X.forEach((x, i) => expect(Math.hypot(x[0], x[1])).toBeCloseTo(c.Y[i][0] ? 0.3 : 1, 12));
    expect(circles({ n: 40, seed: 9 })).toEqual(circles({ n: 40, seed: 9 }));
    expect(circles({ n: 40, seed: 9 })).not.toEqual(circles({ n: 40, seed: 10 }));
    const s = spirals({ n: 100, noise: 0, seed: 3 });
    expect(new Set(s.Y.map((y) => y[0]))).toEqual(new Set([0, 1]));
    s.X.forEach((x) => expect(Math.hypot(x[0], x[1])).toBeLessThanOrEqual(1));
  });

  it('blobs have one-hot targets for ≥ 3 classes, balanced', () => {
    const b = blobs({ n: 60, classes: 4, seed: 5 });
    expect(b.Y[0]).toHaveLength(4);
    b.Y.forEach((y) => expect(y.reduce((a, v) => a + v)).toBe(1));
    const counts = [0, 1, 2, 3].map((k) => b.Y.filter((y) => y[k] === 1).length);
    expect(counts).toEqual([15, 15, 15, 15]);
  });

  it('curve1d is sorted in x with y = f(x) when noise is 0', () => {
    const d = curve1d({ n: 30, noise: 0, seed: 6, f: (x) => x * x });
    d.X.forEach((x, i) => { expect(d.Y[i][0]).toBe(x[0] * x[0]); if (i) expect(x[0]).toBeGreaterThanOrEqual(d.X[i - 1][0]); });
  });

  it('split partitions the data, seeded', () => {
    const d = circles({ n: 50 });
    const { train, test } = split(d, { testFraction: 0.2, seed: 4 });
    expect([train.X.length, test.X.length]).toEqual([40, 10]);
    const key = (x: number[]) => x.join();
    expect(new Set([...train.X, ...test.X].map(key))).toEqual(new Set(d.X.map(key)));
    expect(split(d, { testFraction: 0.2, seed: 4 })).toEqual({ train, test });
  });

  it('rejects bad options', () => {
    expect(() => circles({ n: 0 })).toThrow(/n = 0/);
    expect(() => spirals({ noise: -1 })).toThrow(/noise = -1/);
    expect(() => blobs({ classes: 1 })).toThrow(/classes = 1/);
    expect(() => split(xor(), { testFraction: 1 })).toThrow(/testFraction = 1/);
    expect(() => split({ X: [[1]], Y: [[1]] })).toThrow(/need at least 2/);
    expect(() => split({ X: [[1], [2]], Y: [[1]] })).toThrow(/X has 2 rows but Y has 1/);
    expect(() => curve1d({ f: () => NaN })).toThrow(/is NaN/);
  });
});
