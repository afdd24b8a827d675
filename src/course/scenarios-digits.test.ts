import { describe, expect, it } from 'vitest';
import { scenarioValues } from './scenarios';

/** Lesson 11's batch example, checked against arithmetic done by hand (independently of the module). */
describe('the digits scenario (classic network, batch of 2, cross-entropy)', () => {
  const v = scenarioValues('digits');
  const sig = (z: number) => 1 / (1 + Math.exp(-z));
  it('row 2 of Z(2) = [1 A(1)] Θ(1)ᵀ', () => {
    expect(v.bz2_2_1).toBeCloseTo(0.35 + 0.15 * 0.3 + 0.2 * 0.8, 12); // 0.555
    expect(v.bz2_2_2).toBeCloseTo(0.35 + 0.25 * 0.3 + 0.3 * 0.8, 12); // 0.665
    expect(v.bz2_1_1).toBeCloseTo(0.3775, 12);
  });
  it('δ(3) = A(3) − Y row by row, δ(2) through Θ(2) without its bias column', () => {
    const a2 = [sig(0.555), sig(0.665)];
    const h1 = sig(0.6 + 0.4 * a2[0] + 0.45 * a2[1]);
    const h2 = sig(0.6 + 0.5 * a2[0] + 0.55 * a2[1]);
    expect(v.bdelta3_2_1).toBeCloseTo(h1 - 1, 12);
    expect(v.bdelta3_2_2).toBeCloseTo(h2 - 0, 12);
    expect(v.bdelta2_2_1).toBeCloseTo((0.4 * (h1 - 1) + 0.5 * h2) * a2[0] * (1 - a2[0]), 12);
  });
  it('D(2) averages the two examples; bias column sums δ(3)', () => {
    expect(v.bD2_1_0).toBeCloseTo((v.bdelta3_1_1 + v.bdelta3_2_1) / 2, 12);
    expect(v.bD2_1_1).toBeCloseTo((v.bdelta3_1_1 * v.ba2_1_1 + v.bdelta3_2_1 * v.ba2_2_1) / 2, 12);
  });
  it("ex4's 400-25-10 network has 25·401 + 10·26 = 10 285 weights", () => {
    expect([v.ex4_theta1, v.ex4_theta2, v.ex4_params]).toEqual([10025, 260, 10285]);
  });
});
