import { describe, expect, it } from 'vitest';
import { Network, gradients, backprop } from './index.ts';

/**
 * Field log F07: g′ of a saturated hidden unit keeps its digits in the batch kernel (gradients) and in the
 * per-example trace (backprop), not only in the scalar helpers. One hidden unit with bias weight z0 and input
 * 0, a linear output Θ(2) = [0, 1] and the squared error against y = 0:
 * h = g(z0), δ(3) = h, δ(2) = Θ(2)_11 δ(3) g′(z0) = g(z0)·g′(z0), and D(1)_10 = δ(2)·1.
 * The right values come from closed forms evaluated here with Math.exp / Math.cosh, not from the module.
 */
const cases = [
  { hidden: 'sigmoid' as const, z0: 40, expected: (1 / (1 + Math.exp(-40))) * (Math.exp(-40) / (1 + Math.exp(-40)) ** 2) },
  { hidden: 'sigmoid' as const, z0: 37, expected: (1 / (1 + Math.exp(-37))) * (Math.exp(-37) / (1 + Math.exp(-37)) ** 2) },
  { hidden: 'tanh' as const, z0: 20, expected: Math.tanh(20) / Math.cosh(20) ** 2 },
  { hidden: 'tanh' as const, z0: -20, expected: Math.tanh(-20) / Math.cosh(-20) ** 2 },
];

describe('saturated hidden units keep g′ in the gradient (F07)', () => {
  for (const { hidden, z0, expected } of cases) {
    it(`${hidden} at z = ${z0}: D(1)_10 = g(z)·g′(z) = ${expected.toExponential(6)}`, () => {
      const net = Network.fromWeights([[[z0, 0]], [[0, 1]]], { hidden, output: 'linear' });
      const D = gradients(net, [[0]], [[0]], { cost: 'squared-error' }).D;
      expect(expected).not.toBe(0);
      expect(Math.abs(D[0]![0]![0]! - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
      const trace = backprop(net, [0], [0], { cost: 'squared-error' });
      expect(Math.abs(trace.D(1)[0]![0]! - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
    });
  }
  it('an unsaturated unit is unchanged: sigmoid at z = 0.3 gives σ(0.3)·σ(0.3)(1 − σ(0.3))', () => {
    const s = 1 / (1 + Math.exp(-0.3));
    const net = Network.fromWeights([[[0.3, 0]], [[0, 1]]], { hidden: 'sigmoid', output: 'linear' });
    expect(gradients(net, [[0]], [[0]], { cost: 'squared-error' }).D[0]![0]![0]!).toBeCloseTo(s * s * (1 - s), 15);
  });
});
