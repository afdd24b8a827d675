import { describe, expect, it } from 'vitest';
import {
  activationGradient, relu, reluGradient, sigmoid, sigmoidGradient, softmax, tanh, tanhGradient,
} from './activations.ts';

const zs = [-30, -3.2, -1, -0.25, 0, 0.4, 1, 2.5, 30];
const central = (f: (z: number) => number, z: number, h = 1e-6) => (f(z + h) - f(z - h)) / (2 * h);

describe('activations', () => {
  it('sigmoid has known values and is stable for large |z|', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(2)).toBeCloseTo(0.8807970779778823, 15);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid([0, -2])[1]).toBeCloseTo(1 - 0.8807970779778823, 15);
  });

  it("g'(z) = g(z)(1 − g(z)) for the sigmoid, and matches a finite difference", () => {
    for (const z of zs) {
      expect(sigmoidGradient(z)).toBeCloseTo(sigmoid(z) * (1 - sigmoid(z)), 15);
      expect(sigmoidGradient(z)).toBeCloseTo(central(sigmoid, z), 9);
    }
  });

  it("tanh' = 1 − tanh², relu' is a step, and finite differences agree", () => {
    for (const z of zs) {
      expect(tanhGradient(z)).toBeCloseTo(1 - Math.tanh(z) ** 2, 15);
      expect(tanhGradient(z)).toBeCloseTo(central(tanh, z), 9);
      if (z !== 0) expect(reluGradient(z)).toBeCloseTo(central(relu, z), 8);
    }
    expect(relu([-1, 0, 2])).toEqual([0, 0, 2]);
    expect(reluGradient(0)).toBe(0);
    expect(activationGradient('linear', 5)).toBe(1);
    expect(activationGradient('tanh', 0)).toBe(1);
  });

  it('softmax sums to 1, is shift-invariant and stable', () => {
    const s = softmax([1, 2, 3]);
    expect(s.reduce((a, b) => a + b)).toBeCloseTo(1, 15);
    expect(s[2]).toBeCloseTo(Math.exp(3) / (Math.exp(1) + Math.exp(2) + Math.exp(3)), 15);
    const t = softmax([1001, 1002, 1003]);
    t.forEach((v, i) => expect(v).toBeCloseTo(s[i], 14));
  });

  it('rejects unknown names and the softmax derivative', () => {
    expect(() => activationGradient('swish' as never, 0)).toThrow(/unknown activation "swish"/);
    expect(() => activationGradient('softmax', 0)).toThrow(/no elementwise derivative/);
  });
});
