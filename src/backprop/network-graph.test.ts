import { describe, expect, it } from 'vitest';
import type { Activation } from './activations.ts';
import { backprop } from './backprop.ts';
import type { CostName } from './costs.ts';
import { forwardMode } from './dual.ts';
import { reverseMode } from './graph.ts';
import { Network } from './network.ts';
import { networkGraph } from './network-graph.ts';

const cases: [Activation[], Activation, CostName, number[]][] = [
  [['sigmoid'], 'sigmoid', 'squared-error', [2, 2, 2]],
  [['tanh', 'relu'], 'sigmoid', 'cross-entropy', [3, 3, 2, 2]],
  [['linear'], 'softmax', 'softmax-cross-entropy', [2, 3, 3]],
  [['sigmoid'], 'tanh', 'squared-error', [2, 2, 1]],
];

describe('networkGraph', () => {
  it('reverse and forward mode on the graph agree with the matrix backprop', () => {
    for (const [hidden, output, cost, sizes] of cases) {
      const net = Network.random(sizes, { hidden, output, seed: sizes.length });
      const x = Array.from({ length: sizes[0] }, (_, i) => 0.3 * i - 0.2);
      const y = Array.from({ length: sizes[sizes.length - 1] }, (_, k) => (k === 0 ? 1 : 0));
      const g = networkGraph(net, x, y, { cost });
      const t = backprop(net, x, y, { cost });
      expect(g.J.data).toBeCloseTo(t.J, 14);
      const D = Array.from({ length: net.L - 1 }, (_, l) => t.D(l + 1)).flat(2);
      const rev = reverseMode(g.J, g.weights), fwd = forwardMode(g.J, g.weights);
      rev.gradient.forEach((v, k) => { expect(v).toBeCloseTo(D[k], 13); expect(fwd.gradient[k]).toBeCloseTo(D[k], 13); });
      expect(fwd.passes).toBe(g.weights.length);
    }
  });

  it('reproduces the classic example through the graph', () => {
    const net = Network.fromWeights([[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]]);
    const g = networkGraph(net, [0.05, 0.1], [0.01, 0.99], { cost: 'squared-error' });
    expect(g.J.data).toBeCloseTo(0.298371109, 9);
    g.J.backward();
    expect(g.Theta[1][0][1].grad).toBeCloseTo(0.082167041, 9);
  });

  it('says which weight each leaf is, as math indices, and gives the input leaves', () => {
    const net = Network.fromWeights([[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45]]]);
    const g = networkGraph(net, [0.05, 0.1], [0.01], { cost: 'squared-error' });
    expect(g.weightRefs).toHaveLength(9);
    expect(g.weightRefs[0]).toEqual({ l: 1, i: 1, j: 0 });
    expect(g.weightRefs[5]).toEqual({ l: 1, i: 2, j: 2 });
    expect(g.weightRefs[8]).toEqual({ l: 2, i: 1, j: 2 });
    g.weightRefs.forEach(({ l, i, j }, n) => {
      expect(g.weights[n]).toBe(g.Theta[l - 1]![i - 1]![j]);
      expect(g.weights[n]!.data).toBe(net.Theta(l)[i - 1]![j]);
    });
    expect(g.x.map((v) => v.data)).toEqual([0.05, 0.1]);
    expect(g.x.every((v) => v.parents.length === 0)).toBe(true);
  });

  it('validates like the matrix code', () => {
    expect(() => networkGraph(Network.random([2, 1]), [1], [1])).toThrow(/x has 1 entries but the input layer has s\(1\) = 2 units/);
  });

  describe('saturation works from z (field log F03–F05)', () => {
    const grads = (g: ReturnType<typeof networkGraph>) => [reverseMode(g.J, g.weights).gradient, forwardMode(g.J, g.weights).gradient];

    it('sigmoid + cross-entropy at z = 40: J = log1p(e^−40), ∂J/∂bias = h − y = −σ(−40)', () => {
      const g = networkGraph(Network.fromWeights([[[40, 0]]]), [0], [1]);
      expect(g.J.data).toBe(Math.log1p(Math.exp(-40)));
      expect(g.J.data).toBe(4.248354255291589e-18);
      for (const d of grads(g)) {
        expect(d[0] / -(Math.exp(-40) / (1 + Math.exp(-40)))).toBeCloseTo(1, 14);
        expect(d[1]).toBe(0); // x = 0
      }
      const g0 = networkGraph(Network.fromWeights([[[40, 0]]]), [0], [0]);
      expect(g0.J.data).toBe(40); // log(1 + e^40) = 40 + log1p(e^−40) = 40 in double
      for (const d of grads(g0)) expect(d[0]).toBe(1);
    });

    it('softmax at z = [1000, 0], y = [0, 1]: J = 1000, gradient [1, 0, −1, 0]', () => {
      const g = networkGraph(Network.fromWeights([[[1000, 0], [0, 0]]], { output: 'softmax' }), [0], [0, 1]);
      expect(g.J.data).toBe(1000);
      for (const d of grads(g)) expect(d).toEqual([1, 0, -1, 0]);
      expect(g.h.map((v) => v.data)).toEqual([1, 0]);
    });

    it('softmax at z = [−1000, −1000], y = [1, 0]: J = ln 2, gradient [−½, 0, ½, 0]', () => {
      const g = networkGraph(Network.fromWeights([[[-1000, 0], [-1000, 0]]], { output: 'softmax' }), [0], [1, 0]);
      expect(g.J.data).toBeCloseTo(Math.LN2, 15);
      for (const d of grads(g)) d.forEach((v, k) => expect(v).toBeCloseTo([-0.5, 0, 0.5, 0][k], 15));
    });

    it('softmax at z = [0, −800], y = [1, 0]: J = log(1 + e^−800) = 0, gradient 0', () => {
      const g = networkGraph(Network.fromWeights([[[0, 0], [-800, 0]]], { output: 'softmax' }), [0], [1, 0]);
      expect(g.J.data).toBe(0);
      for (const d of grads(g)) d.forEach((v) => expect(Math.abs(v)).toBe(0));
    });

    it('a saturated hidden sigmoid passes σ′(40) back (F07 in the graph)', () => {
      const net = Network.fromWeights([[[40, 0]], [[0, 1]]], { output: 'linear' });
      const g = networkGraph(net, [0], [0]);
      // J = ½(h − y)² with h = σ(40) ≈ 1: ∂J/∂Θ(1)₁₀ = (h − y)·1·σ′(40)
      for (const d of grads(g)) expect(d[0]).toBe(4.248354255291589e-18);
    });
  });
});
