import { describe, expect, it } from 'vitest';
import { cost, gradients, Network, numericalGradient } from 'backprop';
import { costAt, costCurve, FRAME, H, numericalSlope, backpropSlope, slopeVerdict, weightLabel, weightRefs } from './model.ts';
import { fmt, fmtShort, resolveExample, ticks } from '../shared/example.ts';

const ex = resolveExample({});
const w5 = { l: 2, i: 1, j: 1 };

describe('CostCurve model', () => {
  it('defaults to the classic 2-2-2 example and lists its 12 weights', () => {
    expect(ex.net.sizes).toEqual([2, 2, 2]);
    expect(ex.cost).toBe('squared-error');
    const refs = weightRefs(ex);
    expect(refs).toHaveLength(12);
    expect(refs[0]).toEqual({ l: 1, i: 1, j: 0 });
    expect(weightLabel(refs[11]!)).toBe('Θ(2)₂₂');
  });

  it('J and the backprop slope at the scenario weight are the classic numbers', () => {
    const v = costCurve(ex, w5, 0.4, [-4, 4]);
    expect(v.J).toBeCloseTo(0.298371109, 9);
    expect(v.slope).toBeCloseTo(0.082167041, 9);
    expect(v.J).toBe(cost(ex.net, ex.X, ex.Y, { cost: 'squared-error' }));
  });

  it('backprop slope equals the module gradient and a central difference at every weight and several values', () => {
    for (const ref of weightRefs(ex)) {
      for (const w of [-3, -0.5, 0.4, 2.5]) {
        const s = backpropSlope(ex, ref, w);
        const net = ex.net.clone();
        net.setWeight(ref.l, ref.i, ref.j, w);
        const num = numericalGradient(net, ex.X, ex.Y, { cost: ex.cost, epsilon: 1e-5 })[ref.l - 1]![ref.i - 1]![ref.j]!;
        expect(Math.abs(s - num)).toBeLessThan(1e-9);
        expect(Math.abs(numericalSlope(ex, ref, w) - s)).toBeLessThan(1e-9);
        expect(s).toBe(gradients(net, ex.X, ex.Y, { cost: ex.cost }).D[ref.l - 1]![ref.i - 1]![ref.j]);
      }
    }
  });

  it('does not change the example network', () => {
    costAt(ex, w5, 3);
    expect(ex.net.weight(2, 1, 1)).toBe(0.4);
  });

  it('places the point on the curve and the tangent through it with the backprop slope', () => {
    const v = costCurve(ex, w5, 1.5, [-4, 4]);
    expect(v.point.x).toBeGreaterThan(FRAME.left);
    expect(v.point.x).toBeLessThan(FRAME.right);
    const { x1, y1, x2, y2 } = v.tangent;
    // The point lies on the tangent segment, and the segment's slope (in data units) is the derivative.
    const t = (v.point.x - x1) / (x2 - x1);
    expect(y1 + t * (y2 - y1)).toBeCloseTo(v.point.y, 6);
    const pxPerW = (FRAME.right - FRAME.left) / (v.domain[1] - v.domain[0]);
    const pxPerJ = (FRAME.bottom - FRAME.top) / (v.jDomain[1] - v.jDomain[0]);
    expect((-(y2 - y1) / pxPerJ) / ((x2 - x1) / pxPerW)).toBeCloseTo(v.slope, 9);
    expect(v.path.split('L')).toHaveLength(121);
    // Tangent stays inside the plot.
    for (const y of [y1, y2]) { expect(y).toBeGreaterThanOrEqual(FRAME.top - 1e-9); expect(y).toBeLessThanOrEqual(FRAME.bottom + 1e-9); }
  });

  it('widens the domain to include a value outside the range, and works with λ and several examples', () => {
    expect(costCurve(ex, w5, 6, [-4, 4]).domain).toEqual([-4, 6]);
    const many = resolveExample({ x: [[0.05, 0.1], [0.5, -0.2]], y: [[0.01, 0.99], [1, 0]], lambda: 0.5 });
    const ref = { l: 1, i: 2, j: 1 };
    const s = backpropSlope(many, ref, 0.7);
    expect(Math.abs(s - numericalSlope(many, ref, 0.7))).toBeLessThan(1e-9);
    const net = Network.fromWeights(many.net.weights());
    net.setWeight(1, 2, 1, 0.7);
    expect(s).toBeCloseTo(gradients(net, many.X, many.Y, { cost: 'squared-error', lambda: 0.5 }).D[0]![1]![1]!, 14);
  });

  it('ticks and number formatting', () => {
    expect(ticks(-4, 4, 5)).toEqual([-4, -2, 0, 2, 4]);
    expect(ticks(0.28, 0.33, 4)).toEqual([0.28, 0.3, 0.32]);
    expect(fmt(-0.08216704, 4)).toBe('−0.08217');
    expect(fmt(3.2e-11, 2)).toBe('3.2e-11');
    expect([fmtShort(2, 4), fmtShort(0.0075, 3), fmtShort(-1.50e-7, 3), fmtShort(0.1234, 3), fmtShort(100, 4)]).toEqual(['2', '0.0075', '−1.5e-7', '0.123', '100']);
  });
});

describe('slopeVerdict (reader QA D13)', () => {
  it('agrees for close slopes, differs for a wrong one, and calls the finite difference unreliable where it breaks down', () => {
    expect(slopeVerdict(0.4, 0.082167, 0.082167 + 1e-9, 0.082167 + 1e-8)).toBe('agree');
    expect(slopeVerdict(0.4, 0.5, 0.082167, 0.082167)).toBe('differ');
    // 1e300 ± 1e-5 is 1e300: the step actually taken is 0.
    expect(1e300 + H).toBe(1e300);
    expect(slopeVerdict(1e300, 0.5873, 0, 0)).toBe('unreliable');
    // Steps h and 10h disagreeing: round-off, not backprop.
    expect(slopeVerdict(1e6, 0.5873372922, 0.5873385817, 0.5873362534)).toBe('unreliable');
  });

  it('on the real curve: at w = 0.4 the slopes agree; at w = 1e300 the finite difference is flagged, not backprop', () => {
    const ex = resolveExample({});
    expect(costCurve(ex, { l: 2, i: 1, j: 1 }, 0.4, [-4, 4]).verdict).toBe('agree');
    expect(costCurve(ex, { l: 2, i: 1, j: 1 }, 1e300, [-4, 4]).verdict).toBe('unreliable');
  });
});
