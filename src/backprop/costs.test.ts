import { describe, expect, it } from 'vitest';
import { checkCost, costGradient, defaultCost, lossAndDelta } from './costs.ts';

const f = (xs: number[]) => Float64Array.from(xs);

describe('costs', () => {
  it('picks the natural default and checks compatibility', () => {
    expect(defaultCost('sigmoid')).toBe('cross-entropy');
    expect(defaultCost('softmax')).toBe('softmax-cross-entropy');
    expect(defaultCost('linear')).toBe('squared-error');
    expect(checkCost(undefined, 'tanh')).toBe('squared-error');
    expect(() => checkCost('hinge', 'sigmoid')).toThrow(/unknown cost "hinge"/);
    expect(() => checkCost('cross-entropy', 'linear')).toThrow(/'cross-entropy' needs a sigmoid output layer, but the output is 'linear'/);
    expect(() => checkCost('softmax-cross-entropy', 'sigmoid')).toThrow(/needs a softmax output layer/);
  });

  it('cross-entropy from z is exact and finite at saturation', () => {
    const z = f([0, 2]), h = f([0, 0.5, 1 / (1 + Math.exp(-2))]), d = new Float64Array(2);
    const loss = lossAndDelta('cross-entropy', 'sigmoid', z, h, 1, f([1, 0]), 0, d, 2);
    expect(loss).toBeCloseTo(-Math.log(0.5) - Math.log(1 - h[2]), 14);
    expect(Array.from(d)).toEqual([0.5 - 1, h[2]]);
    const big = lossAndDelta('cross-entropy', 'sigmoid', f([-800]), f([0, 0]), 1, f([1]), 0, d, 1);
    expect(big).toBe(800);
  });

  it('squared error is ½Σ(h−y)² and softmax CE is −Σ y log h', () => {
    const d = new Float64Array(2);
    expect(lossAndDelta('squared-error', 'linear', f([3, 1]), f([0, 3, 1]), 1, f([1, 1]), 0, d, 2)).toBe(2);
    expect(Array.from(d)).toEqual([2, 0]);
    const z = f([1, 2]), e = Math.exp(1) + Math.exp(2), h = f([0, Math.exp(1) / e, Math.exp(2) / e]);
    const loss = lossAndDelta('softmax-cross-entropy', 'softmax', z, h, 1, f([0, 1]), 0, d, 2);
    expect(loss).toBeCloseTo(-Math.log(h[2]), 14);
    expect(d[0]).toBeCloseTo(h[1], 15);
    expect(d[1]).toBeCloseTo(h[2] - 1, 15);
  });

  it('∂J/∂h for each cost', () => {
    expect(costGradient('squared-error', 0.75, 0.01)).toBeCloseTo(0.74, 15);
    expect(costGradient('cross-entropy', 0.25, 1)).toBeCloseTo(-4, 15);
    expect(costGradient('softmax-cross-entropy', 0.5, 1)).toBe(-2);
  });

  it('∂J/∂h leaves out terms of weight 0, so a saturated right answer gives the limit (F03)', () => {
    expect(costGradient('cross-entropy', 1, 1)).toBe(-1); // −y/h with y = h = 1; (1−y)/(1−h) has weight 0
    expect(costGradient('cross-entropy', 0, 0)).toBe(1);
    expect(costGradient('softmax-cross-entropy', 0, 0)).toBe(0);
    expect(costGradient('cross-entropy', 1, 0)).toBe(Infinity); // the true value: J = −log(1 − h) → ∞
  });

  it('cross-entropy δ keeps −σ(−z) when the output saturates at the right label', () => {
    const d = new Float64Array(1);
    lossAndDelta('cross-entropy', 'sigmoid', f([40]), f([0, 1]), 1, f([1]), 0, d, 1);
    expect(d[0] / -(Math.exp(-40) / (1 + Math.exp(-40)))).toBeCloseTo(1, 14);
  });

  it("squared-error δ uses g'(z), which keeps its digits at z = 40", () => {
    const d = new Float64Array(1);
    lossAndDelta('squared-error', 'sigmoid', f([40]), f([0, 1]), 1, f([0]), 0, d, 1);
    expect(d[0]).toBe(4.248354255291589e-18); // (h − y)σ′(40) with h = 1, y = 0
  });

  it('softmax cross-entropy from z keeps its digits: ln 2 at z = [−1000, −1000], log1p(e^−40) at z = [40, 0]', () => {
    const d = new Float64Array(2);
    expect(lossAndDelta('softmax-cross-entropy', 'softmax', f([-1000, -1000]), f([0, 0.5, 0.5]), 1, f([1, 0]), 0, d, 2)).toBe(Math.LN2);
    expect(lossAndDelta('softmax-cross-entropy', 'softmax', f([40, 0]), f([0, 1, 0]), 1, f([1, 0]), 0, d, 2)).toBe(Math.log1p(Math.exp(-40)));
    expect(lossAndDelta('softmax-cross-entropy', 'softmax', f([1000, 0]), f([0, 1, 0]), 1, f([0, 1]), 0, d, 2)).toBe(1000);
  });
});
