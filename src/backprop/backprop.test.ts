import { describe, expect, it } from 'vitest';
import { backprop, backpropBatch, cost, gradients } from './backprop.ts';
import { pack } from './matrix.ts';
import { Network } from './network.ts';

const classic = () => Network.fromWeights([[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]]);
const x = [0.05, 0.1], y = [0.01, 0.99];

describe('backprop', () => {
  it('reproduces the classic 2-2-2 example: E, ∂E/∂w5, w5 after one step, ∂E/∂w1', () => {
    const net = classic();
    const t = backprop(net, x, y, { cost: 'squared-error' });
    expect(t.J).toBeCloseTo(0.298371109, 9);
    expect(cost(net, [x], [y], { cost: 'squared-error' })).toBeCloseTo(0.298371109, 9);
    expect(t.D(2)[0][1]).toBeCloseTo(0.082167041, 9);
    expect(0.4 - 0.5 * t.D(2)[0][1]).toBeCloseTo(0.35891648, 8);
    expect(t.D(1)[0][1]).toBeCloseTo(0.000438568, 9); // ∂E/∂w1
    expect(t.D(2)[0][0]).toBeCloseTo(t.delta(3)[0], 15); // bias column: a0 = 1
  });

  it('δ(L) = a(L) − y for sigmoid + cross-entropy and for softmax + cross-entropy', () => {
    const s = Network.random([3, 4, 2], { seed: 2 });
    const ts = backprop(s, [0.3, -1, 2], [1, 0], { cost: 'cross-entropy' });
    ts.delta(3).forEach((d, k) => expect(d).toBeCloseTo(ts.h[k] - [1, 0][k], 15));
    const m = Network.random([3, 4, 3], { output: 'softmax', seed: 3 });
    const tm = backprop(m, [0.3, -1, 2], [0, 0, 1]);
    tm.delta(3).forEach((d, k) => expect(d).toBeCloseTo(tm.h[k] - [0, 0, 1][k], 15));
  });

  it('δ(l) = Θ(l)ᵀ δ(l+1) ⊙ g′(z(l)) (without the bias row) and D(l) = δ(l+1) a(l)ᵀ', () => {
    const net = Network.random([2, 3, 2], { seed: 4 });
    const t = backprop(net, [0.5, -0.5], [0, 1]);
    const T2 = net.Theta(2), d3 = t.delta(3), a2 = t.a(2);
    t.delta(2).forEach((d, i) => {
      const back = d3.reduce((s, dk, k) => s + T2[k][i + 1] * dk, 0);
      expect(d).toBeCloseTo(back * a2[i + 1] * (1 - a2[i + 1]), 15);
    });
    t.D(1).forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(t.delta(2)[i] * t.a(1)[j], 15)));
  });

  it('gradients averages Δ over m, and regularisation leaves the bias column alone', () => {
    const net = Network.random([2, 3, 1], { seed: 5, epsilonInit: 1 });
    const X = [[0, 1], [1, 0], [0.5, 0.5]], Y = [[1], [0], [1]];
    const plain = gradients(net, X, Y);
    const traces = backpropBatch(net, X, Y);
    const sum = traces.reduce((s, t) => s + t.D(1)[1][2], 0);
    expect(plain.Delta[0][1][2]).toBeCloseTo(sum, 15);
    expect(plain.D[0][1][2]).toBeCloseTo(sum / 3, 15);
    expect(plain.J).toBeCloseTo(traces.reduce((s, t) => s + t.J, 0) / 3, 15);
    const lambda = 2;
    const reg = gradients(net, X, Y, { lambda });
    const W = net.weights();
    reg.D.forEach((Dl, l) => Dl.forEach((row, i) => row.forEach((v, j) => {
      const extra = j === 0 ? 0 : (lambda / 3) * W[l][i][j];
      expect(v).toBeCloseTo(plain.D[l][i][j] + extra, 14);
    })));
    expect(reg.D[0][0][0]).toBe(plain.D[0][0][0]);
    reg.Delta.forEach((Dl, l) => Dl.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(plain.Delta[l][i][j], 13))));
    const sq = W.flatMap((T) => T.flatMap((row) => row.slice(1))).reduce((s, w) => s + w * w, 0);
    expect(reg.J).toBeCloseTo(plain.J + (lambda / 6) * sq, 14);
  });

  it('accepts packed data with the same result', () => {
    const net = Network.random([2, 2, 1], { seed: 6 });
    const X = [[1, 2], [3, 4]], Y = [[1], [0]];
    expect(gradients(net, pack(X), pack(Y), { lambda: 1 })).toEqual(gradients(net, X, Y, { lambda: 1 }));
  });

  it('rejects shape mismatches naming both shapes, bad λ and unknown costs', () => {
    const net = classic();
    expect(() => cost(net, [[1, 2]], [[1, 2, 3]])).toThrow(/Y is 1×3 but X is 1×2 and the output layer has s\(3\) = 2 units \(expected 1×2\)/);
    expect(() => cost(net, [[1, 2], [3, 4]], [[1, 2]])).toThrow(/Y is 1×2 but X is 2×2/);
    expect(() => gradients(net, [[1, 2, 3]], [[1, 2]])).toThrow(/X is 1×3 but the input layer has s\(1\) = 2 units \(expected 1×2\)/);
    expect(() => cost(net, [[1, 2]], [[0, 1]], { lambda: -1 })).toThrow(/lambda = -1/);
    expect(() => cost(net, [[1, 2]], [[0, 1]], { lambda: NaN })).toThrow(/lambda is NaN/);
    expect(() => cost(net, [[1, 2]], [[0, 1]], { cost: 'mse' as never })).toThrow(/unknown cost "mse"/);
    expect(() => backprop(net, [1, 2], [0, Infinity])).toThrow(/y\[0\]\[1\] is Infinity/);
    expect(() => gradients(net, [], [])).toThrow(/X is empty/);
  });
});
