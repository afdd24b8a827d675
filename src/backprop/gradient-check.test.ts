import { describe, expect, it } from 'vitest';
import type { Activation } from './activations.ts';
import { gradients } from './backprop.ts';
import type { CostName } from './costs.ts';
import { absoluteTolerance, derivativeAgrees, gradientCheck, numericalGradient, relativeDifference } from './gradient-check.ts';
import { Network } from './network.ts';
import { createRng } from './rng.ts';

const hidden: Activation[] = ['sigmoid', 'tanh', 'relu', 'linear'];
const combos: [Activation, CostName][] = [
  ['sigmoid', 'cross-entropy'], ['sigmoid', 'squared-error'], ['tanh', 'squared-error'],
  ['linear', 'squared-error'], ['softmax', 'softmax-cross-entropy'], ['softmax', 'squared-error'],
];

describe('gradient check', () => {
  it('backprop matches central differences on 48 random networks (relative difference < 1e-7)', () => {
    const rng = createRng(2024);
    let worst = 0;
    for (let n = 0; n < 48; n++) {
      const L = 2 + (n % 4);
      const sizes = Array.from({ length: L }, () => 1 + Math.floor(rng() * 4));
      const [output, cost] = combos[n % combos.length];
      if (output === 'softmax' && sizes[L - 1] < 2) sizes[L - 1] = 3;
      const hid = Array.from({ length: L - 2 }, (_, i) => hidden[(n + i) % 4]);
      const net = Network.random(sizes, { hidden: hid, output, seed: n, epsilonInit: 1 });
      const m = 1 + (n % 5);
      const X = Array.from({ length: m }, () => Array.from({ length: sizes[0] }, () => 2 * rng() - 1));
      const Y = Array.from({ length: m }, () => {
        const y = Array.from({ length: sizes[L - 1] }, () => rng());
        if (output === 'softmax') { const s = y.reduce((a, b) => a + b); return y.map((v) => v / s); }
        return y;
      });
      const lambda = n % 3 === 0 ? 0 : n % 3;
      const r = gradientCheck(net, X, Y, { cost, lambda, epsilon: 1e-5 });
      expect(r.relativeDifference, `net ${n}: ${sizes.join('-')} ${hid.join(',')} → ${output}, ${cost}`).toBeLessThan(1e-7);
      worst = Math.max(worst, r.relativeDifference);
    }
    expect(worst).toBeGreaterThan(0); // the check compares real numbers, not a copy of itself
  });

  it('detects a wrong gradient', () => {
    const net = Network.random([2, 3, 1], { seed: 1 });
    const X = [[0.2, 0.4]], Y = [[1]];
    const D = gradients(net, X, Y).D;
    D[0][1][1] += 1e-3;
    expect(relativeDifference(numericalGradient(net, X, Y), D)).toBeGreaterThan(1e-4);
  });

  it('leaves the weights exactly as they were', () => {
    const net = Network.random([2, 2, 1], { seed: 3 });
    const before = net.weights();
    numericalGradient(net, [[1, 2]], [[0]]);
    expect(net.weights()).toEqual(before);
  });

  it('relative difference: known value, zero case and shape mismatch naming both shapes', () => {
    expect(relativeDifference([3, 4], [3, 4])).toBe(0);
    expect(relativeDifference([1, 0], [0, 1])).toBeCloseTo(1, 15);
    expect(relativeDifference([0], [0])).toBe(0);
    expect(() => relativeDifference([[1, 2]], [[1, 2, 3]])).toThrow(/a is 1×2 \(2 numbers\) but b is 1×3 \(3 numbers\)/);
    expect(() => relativeDifference([1, NaN], [1, 2])).toThrow(/a\[1\] is NaN/);
    expect(() => numericalGradient(Network.random([1, 1]), [[1]], [[1]], { epsilon: 0 })).toThrow(/epsilon = 0/);
  });

  describe('the verdict has an absolute floor (field log F09)', () => {
    it('agrees when |a − b| ≤ atol or |a − b|/|a + b| ≤ rtol, and says no otherwise', () => {
      expect(derivativeAgrees(0, 3.5e-15)).toBe(true); // relative difference 1, absolute 3.5e-15
      expect(derivativeAgrees(0, 0)).toBe(true);
      expect(derivativeAgrees(1, 1 + 1e-8)).toBe(true); // relative 5e-9
      expect(derivativeAgrees(1e-3, 1e-3 + 1e-8)).toBe(false); // relative 5e-6, absolute 1e-8 > 1e-9
      expect(derivativeAgrees(0, 3.5e-15, { atol: 1e-16 })).toBe(false);
      expect(derivativeAgrees(1, 1.001, { rtol: 1e-3 })).toBe(true);
      expect(absoluteTolerance(0.3)).toBe(1e-9);
      expect(absoluteTolerance(-50)).toBeCloseTo(5e-8, 22);
    });

    // An independent reference: complex-step derivatives Im J(θ + ih)/h, h = 1e-30, of a plain sigmoid network with
    // cross-entropy written here from scratch (no cancellation, so exact to round-off even for 1e-15 derivatives).
    type C = [number, number];
    const add = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
    const mul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
    const cexp = (a: C): C => { const e = Math.exp(a[0]); return [e * Math.cos(a[1]), e * Math.sin(a[1])]; };
    const inv = (a: C): C => { const d = a[0] * a[0] + a[1] * a[1]; return [a[0] / d, -a[1] / d]; };
    const clog = (a: C): C => [Math.log(Math.hypot(a[0], a[1])), Math.atan2(a[1], a[0])];
    const softplus = (a: C): C => (a[0] > 0 ? add(a, clog(add([1, 0], cexp([-a[0], -a[1]])))) : clog(add([1, 0], cexp(a))));
    function complexStep(W: number[][][], X: number[][], Y: number[][]): number[][][] {
      const J = (T: C[][][]): C => {
        let total: C = [0, 0];
        X.forEach((x, r) => {
          let a: C[] = x.map((v) => [v, 0]), z: C[] = [];
          T.forEach((Tl, l) => {
            z = Tl.map((row) => row.slice(1).reduce((s, w, j) => add(s, mul(w, a[j])), row[0]));
            if (l < T.length - 1) a = z.map((v) => inv(add([1, 0], cexp([-v[0], -v[1]]))));
          });
          z.forEach((v, k) => {
            const y = Y[r][k];
            total = add(total, add(mul([y, 0], softplus([-v[0], -v[1]])), mul([1 - y, 0], softplus(v))));
          });
        });
        return [total[0] / X.length, total[1] / X.length];
      };
      const h = 1e-30;
      return W.map((Tl, l) => Tl.map((row, i) => row.map((_, j) => {
        const T: C[][][] = W.map((M) => M.map((r) => r.map((w) => [w, 0] as C)));
        T[l][i][j] = [W[l][i][j], h];
        return J(T)[1] / h;
      })));
    }

    it('a deep net with tiny early-layer gradients: every weight passes, and backprop matches complex step', () => {
      const net = Network.random([2, 5, 5, 5, 5, 1], { seed: 1, epsilonInit: 0.05 });
      const X = [[0.05, 0.1], [0.3, -0.2]], Y = [[1], [0]];
      const r = gradientCheck(net, X, Y, { cost: 'cross-entropy' });
      const ref = complexStep(net.weights(), X, Y).flat(2), bp = r.analytic.flat(2), num = r.numerical.flat(2);
      expect(bp).toHaveLength(111);
      bp.forEach((v, k) => expect(Math.abs(v - ref[k]), `weight ${k}`).toBeLessThan(1e-15 + 1e-9 * Math.abs(ref[k])));
      expect(r.failures).toEqual([]);
      expect(r.ok).toBe(true);
      // without the floor, many correct rows would fail: relative difference of noise-level numbers
      const relOnly = num.filter((n, k) => !(Math.abs(n - bp[k]) / Math.abs(n + bp[k]) <= 1e-7)).length;
      expect(relOnly).toBeGreaterThan(10);
      // and a real bug is still caught, even on a weight whose true derivative is tiny
      const k = bp.findIndex((v) => Math.abs(v) < 1e-9);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(derivativeAgrees(num[k], bp[k] + 1e-6)).toBe(false);
      const last = r.analytic[4][0][1]; // an output-layer weight: a 1% error there is far above the floor
      expect(Math.abs(last)).toBeGreaterThan(1e-3);
      expect(derivativeAgrees(r.numerical[4][0][1], last * 1.01, { atol: r.atol })).toBe(false);
    });

    it('the classic net with a saturated first unit (bias 30): every weight passes; backprop D(1)₁₀ ≈ complex step', () => {
      const net = Network.fromWeights([[[30, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]]);
      const r = gradientCheck(net, [[0.05, 0.1]], [[0.01, 0.99]], { cost: 'squared-error' });
      expect(r.ok).toBe(true);
      expect(r.analytic[0][0][0] / 3.5049776519518904e-15).toBeCloseTo(1, 5); // complex step (field log F09)
      expect(r.maxAbsDifference).toBeLessThan(r.atol);
    });
  });
});
