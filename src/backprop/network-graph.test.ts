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

  it('validates like the matrix code', () => {
    expect(() => networkGraph(Network.random([2, 1]), [1], [1])).toThrow(/x has 1 entries but the input layer has s\(1\) = 2 units/);
  });
});
