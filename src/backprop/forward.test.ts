import { describe, expect, it } from 'vitest';
import { forward, forwardBatch, predict } from './forward.ts';
import { pack } from './matrix.ts';
import { Network } from './network.ts';

const classic = () => Network.fromWeights([[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]]);

describe('forward', () => {
  it('reproduces the classic 2-2-2 example (hand-worked)', () => {
    const p = forward(classic(), [0.05, 0.1]);
    expect(p.a(1)).toEqual([1, 0.05, 0.1]);
    expect(p.z(2)[0]).toBeCloseTo(0.3775, 15);
    expect(p.a(2)[1]).toBeCloseTo(0.593269992, 9);
    expect(p.a(2)[2]).toBeCloseTo(0.596884378, 9);
    expect(p.h[0]).toBeCloseTo(0.75136507, 8);
    expect(p.h[1]).toBeCloseTo(0.772928465, 9);
    expect(p.a(3)).toEqual(p.h);
  });

  it('a batch goes through the same path and gives the same numbers', () => {
    const net = Network.random([3, 5, 4, 2], { hidden: ['relu', 'tanh'], output: 'softmax', seed: 9 });
    const X = [[0.1, -2, 3], [1, 1, 1], [-0.5, 0.2, 0.9]];
    const batch = forwardBatch(net, X);
    X.forEach((x, r) => {
      const one = forward(net, x);
      expect(batch[r].h).toEqual(one.h);
      expect(batch[r].z(3)).toEqual(one.z(3));
    });
    expect(predict(net, X)).toEqual(batch.map((p) => p.h));
    expect(batch[0].h.reduce((a, b) => a + b)).toBeCloseTo(1, 15);
  });

  it('predict takes blocks of 4 rows and a tail, nested or packed, and matches a direct computation', () => {
    // 6 rows: one block of 4, then 2 rows one at a time; 3 hidden units: a pair and an odd one
    const net = Network.random([2, 3, 1], { hidden: 'tanh', output: 'sigmoid', seed: 12, epsilonInit: 1 });
    const X = [[0, 0], [1, 0], [0, 1], [1, 1], [-0.5, 2], [3, -1]];
    const [T1, T2] = net.weights();
    const direct = X.map(([x1, x2]) => {
      const a2 = [1, ...T1.map((r) => Math.tanh(r[0] + r[1] * x1 + r[2] * x2))];
      return [1 / (1 + Math.exp(-T2[0].reduce((s, w, j) => s + w * a2[j], 0)))];
    });
    const nested = predict(net, X);
    nested.forEach((h, r) => expect(h[0], `row ${r}`).toBeCloseTo(direct[r][0], 14));
    expect(predict(net, pack(X))).toEqual(nested);
    expect(() => predict(net, pack([[1, 2, 3]]))).toThrow(/X is 1×3 but the input layer has s\(1\) = 2 units/);
  });

  it('linear layers compute z = Θ a exactly', () => {
    const net = Network.fromWeights([[[1, 2, 3], [0, -1, 1]], [[0.5, 1, 1]]], { hidden: 'linear', output: 'linear' });
    const p = forward(net, [1, 2]);
    expect(p.z(2)).toEqual([9, 1]);
    expect(p.h).toEqual([10.5]);
  });

  it('rejects wrong shapes, non-finite inputs and bad layer numbers', () => {
    const net = classic();
    expect(() => forward(net, [1, 2, 3])).toThrow(/x has 3 entries but the input layer has s\(1\) = 2 units/);
    expect(() => forward(net, [1, NaN])).toThrow(/x\[0\]\[1\] is NaN/);
    expect(() => forward(net, [])).toThrow(/x has rows of length 0/);
    expect(() => forwardBatch(net, [])).toThrow(/X is empty/);
    const p = forward(net, [1, 2]);
    expect(() => p.z(1)).toThrow(/z\(l\): l = 1 is out of range: expected an integer in 2..3/);
    expect(() => p.a(4)).toThrow(/a\(l\): l = 4 is out of range/);
  });
});
