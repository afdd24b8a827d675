import { describe, expect, it } from 'vitest';
import type { Activation } from './activations.ts';
import { gradients } from './backprop.ts';
import type { CostName } from './costs.ts';
import { gradientCheck, numericalGradient, relativeDifference } from './gradient-check.ts';
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
});
