import { describe, expect, it } from 'vitest';
import {
  ACTIVATION, activateInto, activateWithSlopeInto, activationGradient, relu, scaleByDerivative, scaleByGradient, reluGradient, sigmoid, sigmoidGradient, softmax, tanh, tanhGradient,
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

  it("g' keeps its digits in the saturated tails (field log F07, values from python3 math)", () => {
    // σ'(z) = e^{-z}/(1+e^{-z})², tanh'(z) = 1/cosh²z, evaluated in Python with math.exp/math.cosh.
    expect(sigmoidGradient(40)).toBe(4.248354255291589e-18);
    expect(sigmoidGradient(-40)).toBe(4.248354255291589e-18);
    expect(sigmoidGradient(37)).toBe(8.533047625744066e-17);
    expect(tanhGradient(20)).toBe(1.6993417021166355e-17);
    expect(tanhGradient(-20)).toBe(1.6993417021166355e-17);
    expect(activationGradient('sigmoid', 40)).toBe(4.248354255291589e-18);
    // far tails underflow to 0 without NaN; 4e^{-2·360} ≈ 1.7e-313 is still a (subnormal) number
    expect(sigmoidGradient([1000, -1000])).toEqual([0, 0]);
    expect(tanhGradient(360)).toBeCloseTo(4 * Math.exp(-720), 320);
    expect(tanhGradient(360)).toBeGreaterThan(0);
  });

  it('one record per activation: g, gPrime from z and gPrimeFromA agree where a has its digits', () => {
    const grid = [-12, -3.2, -1, -0.25, 0, 0.4, 1, 2.5, 12];
    for (const rec of Object.values(ACTIVATION)) {
      for (const z of grid) {
        const a = rec.g(z);
        expect(rec.gPrimeFromA(a), `${rec.name} at ${z}`).toBeCloseTo(rec.gPrime(z), 12);
        if (z !== 0) expect(rec.gPrime(z), `${rec.name}' at ${z}`).toBeCloseTo(central(rec.g, z), 8);
      }
    }
    expect(Object.keys(ACTIVATION).sort()).toEqual(['linear', 'relu', 'sigmoid', 'tanh']);
    expect(ACTIVATION.sigmoid.gPrimeFromA(sigmoid(40))).toBe(0); // the cancellation the z form avoids
  });

  it('the scalar helpers and the hot-loop kernels are views of the record', () => {
    const zs2 = [-40, -3, -0.5, 0, 0.7, 2, 19, 40];
    for (const rec of Object.values(ACTIVATION)) {
      const z = Float64Array.from(zs2), out = new Float64Array(zs2.length + 1);
      activateInto(rec.name, z, 0, out, 1, zs2.length);
      const dz = new Float64Array(zs2.length).fill(2), da = new Float64Array(zs2.length).fill(2);
      scaleByDerivative(rec.name, z, 0, dz, zs2.length);
      scaleByGradient(rec.name, out, 1, da, zs2.length);
      zs2.forEach((v, i) => {
        expect(out[i + 1]).toBe(rec.g(v));
        expect(dz[i]).toBe(2 * rec.gPrime(v));
        expect(da[i]).toBe(2 * rec.gPrimeFromA(rec.g(v)));
        expect(activationGradient(rec.name, v)).toBe(rec.gPrime(v));
      });
    }
    expect([sigmoid, tanh, relu].map((f) => f(0.3))).toEqual([ACTIVATION.sigmoid.g(0.3), ACTIVATION.tanh.g(0.3), ACTIVATION.relu.g(0.3)]);
    expect([sigmoidGradient, tanhGradient, reluGradient].map((f) => f(0.3))).toEqual(
      [ACTIVATION.sigmoid.gPrime(0.3), ACTIVATION.tanh.gPrime(0.3), ACTIVATION.relu.gPrime(0.3)]);
  });

  it('activateWithSlopeInto: the same a as activateInto bit for bit, and g′ as the record\'s gPrime to round-off, tails included', () => {
    const zs = [-400, -40, -19, -3.2, -1.0000001, -1, -0.99, -0.25, -1e-9, 0, 1e-9, 0.4, 0.99, 1, 1.5, 2.5, 12, 20, 22, 40, 400];
    for (const rec of Object.values(ACTIVATION)) {
      const z = Float64Array.from(zs), a = new Float64Array(zs.length + 1), slope = new Float64Array(zs.length), plain = new Float64Array(zs.length + 1);
      activateWithSlopeInto(rec.name, z, a, 1, slope, zs.length);
      activateInto(rec.name, z, 0, plain, 1, zs.length);
      zs.forEach((v, i) => {
        expect(a[i + 1], `${rec.name}(${v})`).toBe(plain[i + 1]);
        const exact = rec.gPrime(v);
        expect(Math.abs(slope[i] - exact), `${rec.name}'(${v}) = ${slope[i]} vs ${exact}`).toBeLessThanOrEqual(1e-15 * Math.abs(exact));
      });
    }
    // saturated units keep their digits where 1 − a² or a(1 − a) would give 0 (F07)
    const s = new Float64Array(1), out = new Float64Array(2);
    activateWithSlopeInto('sigmoid', Float64Array.of(40), out, 1, s, 1);
    expect(out[1]).toBe(1);
    expect(s[0]).toBeCloseTo(Math.exp(-40), 30);
    expect(s[0]).toBeGreaterThan(0);
    activateWithSlopeInto('tanh', Float64Array.of(-20), out, 1, s, 1);
    expect(out[1]).toBe(-1);
    expect(s[0] / (4 * Math.exp(-40))).toBeCloseTo(1, 12);
  });

  it('softmax subtracts the max: no overflow at z = [1000, 0], no 0/0 at z = [−1000, −1000]', () => {
    expect(softmax([1000, 0])).toEqual([1, 0]);
    expect(softmax([-1000, -1000])).toEqual([0.5, 0.5]);
    const s = softmax([0, -800]);
    expect(s).toEqual([1, 0]);
  });
});
