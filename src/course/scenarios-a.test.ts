import { describe, expect, it } from 'vitest';
import { scenarioValues } from './scenarios';

/*
 * Lessons 2–5 quote these numbers. Each expected value was worked independently of the module (by hand with
 * a calculator, or a ten-line Python script of the same formulas), so a slip in either shows up here.
 */

describe('lesson 2: a confidently wrong sigmoid unit (y = 1)', () => {
  const v = scenarioValues('sigmoidUnit');
  it('δ under squared error carries g′(z) and vanishes; under cross-entropy it is h − y', () => {
    // z = 0: h = 1/2, SE δ = (h−1)h(1−h) = −0.125, CE δ = h − 1 = −0.5
    expect(v.se_z0).toBeCloseTo(-0.125, 12);
    expect(v.ce_z0).toBeCloseTo(-0.5, 12);
    // z = −4: h = 1/(1+e⁴) = 0.0179862100
    expect(v.h_zm4).toBeCloseTo(0.01798621, 8);
    expect(v.se_zm4).toBeCloseTo(-0.017345021, 8);
    expect(v.ce_zm4).toBeCloseTo(-0.98201379, 8);
    expect(v.se_zm8).toBeCloseTo(-0.000335125, 8);
    expect(v.ratio_zm4).toBeCloseTo(56.6167, 3);
  });
  it('ten steps of α = 1 from z = −4: squared error barely moves, cross-entropy gets there', () => {
    expect(v.se_after10).toBeCloseTo(0.026857, 5);
    expect(v.ce_after10).toBeCloseTo(0.941970, 5);
    expect(v.se_after50).toBeCloseTo(0.836861, 5);
    expect(v.ce_after50).toBeCloseTo(0.989714, 5);
  });
});

describe('lesson 2: the classic example’s cost', () => {
  const v = scenarioValues('classicCost');
  it('squared error term by term, cross-entropy, and the penalty', () => {
    expect(v.se_1).toBeCloseTo(0.274811084, 8); // ½(0.75136507 − 0.01)²
    expect(v.se_1! + v.se_2!).toBeCloseTo(0.298371109, 8);
    expect(v.J_ce).toBeCloseTo(1.650528532, 8);
    expect(v.ce_1! + v.ce_2!).toBeCloseTo(v.J_ce!, 12);
    // .15² + .20² + .25² + .30² + .40² + .45² + .50² + .55² = 1.13; biases .35² ·2 + .60² ·2 = 0.965
    expect(v.sumSq).toBeCloseTo(1.13, 12);
    expect(v.sumSqBias).toBeCloseTo(0.965, 12);
    expect(v.J_reg).toBeCloseTo(0.298371109 + 0.565, 8);
    // soft targets: the least cross-entropy is the targets' own entropy, 2·(−0.01 ln 0.01 − 0.99 ln 0.99)
    expect(v.ce_min).toBeCloseTo(2 * (-0.01 * Math.log(0.01) - 0.99 * Math.log(0.99)), 12);
    expect(v.ce_min).toBeCloseTo(0.1120031, 7);
    expect(v.logit99).toBeCloseTo(4.59512, 5);
  });
});

describe('lesson 3: the chain rule on e = (a+b)(b+1) and on the hidden unit', () => {
  const v = scenarioValues('chainGraph');
  it('the graph at a = 2, b = 1: c = 3, d = 2, e = 6, ∂e/∂b = 2·1 + 3·1 = 5', () => {
    expect([v.gc, v.gd, v.ge, v.g_dedb, v.g_deda]).toEqual([3, 2, 6, 5, 2]);
    expect(v.g_e2).toBeCloseTo(6.0501, 12); // 3.01 · 2.01
    expect(v.g_de).toBeCloseTo(0.0501, 12);
    expect(v.g_lin).toBeCloseTo(0.05, 12);
    expect(v.g_cross).toBeCloseTo(0.0001, 12);
    expect(v.g_fd1).toBeCloseTo(5.01, 9);
    expect(v.g_fd2).toBeCloseTo(5.001, 9);
    expect(v.g_fdc).toBeCloseTo(5, 8);
  });
  it('one path: ∂a(2)_1/∂Θ(1)_11 = g′(z)·x₁, confirmed by a difference', () => {
    expect(v.dadtheta).toBeCloseTo(0.012065035, 8);
    expect(v.fd_dadtheta).toBeCloseTo(0.012065035, 8);
  });
  it('two paths: nudging a(2)_1 by 0.01 changes J by the sum of the two first-order changes', () => {
    expect(v.n_dJ).toBeCloseTo(0.000363868, 8);
    expect(v.n_lin).toBeCloseTo(0.000363503, 8);
    expect(v.n_lin_1! + v.n_lin_2!).toBeCloseTo(v.n_lin!, 14);
    expect(v.fd_dJda21).toBeCloseTo(0.036350306, 8);
    expect(v.fd_D1_1_1).toBeCloseTo(0.000438568, 8);
  });
});

describe('lesson 4: cross-entropy on the classic network', () => {
  const v = scenarioValues('deriving');
  it('①·② cancels to a − y, and the gradients match finite differences', () => {
    expect(v.f1_2_1_1).toBeCloseTo(3.968432306, 8); // −y/h + (1−y)/(1−h)
    expect(v.f2_2_1_1).toBeCloseTo(0.186815602, 8);
    expect(v.delta3_1).toBeCloseTo(0.74136507, 8);
    expect(v.delta3_2).toBeCloseTo(-0.217071535, 8);
    expect(v.delta2_1).toBeCloseTo(0.045367009, 8);
    expect(v.delta2_2).toBeCloseTo(0.051545394, 8);
    expect(v.D2_1_1).toBeCloseTo(0.439829649, 8);
    expect(v.D1_1_1).toBeCloseTo(0.002268350, 8);
    expect(v.fd_D2_1_1).toBeCloseTo(v.D2_1_1!, 8);
    expect(v.fd_D1_1_1).toBeCloseTo(v.D1_1_1!, 9);
    expect(v.fd_D1_2_0).toBeCloseTo(v.delta2_2!, 9);
    expect(v.gprime_fd).toBeCloseTo(v.gprime_formula!, 9);
  });
});

describe('lesson 5: the complete worked example', () => {
  const before = scenarioValues('classic');
  const v = scenarioValues('classicStep');
  it('backward pass of the classic example', () => {
    expect(before.delta3_1).toBeCloseTo(0.138498562, 8);
    expect(before.delta3_2).toBeCloseTo(-0.038098237, 8);
    expect(before.delta2_1).toBeCloseTo(0.008771355, 8);
    expect(before.delta2_2).toBeCloseTo(0.009954255, 8);
    expect(before.D2_2_2).toBeCloseTo(-0.022740242, 8);
    expect(before.D1_2_2).toBeCloseTo(0.000995425, 8);
  });
  it('one step of α = 0.5 gives the textbook updated weights and lowers J', () => {
    expect(v.Theta2_1_1).toBeCloseTo(0.35891648, 8); // w5⁺ in the classic tutorial
    expect(v.Theta2_1_2).toBeCloseTo(0.408666186, 8);
    expect(v.Theta2_2_1).toBeCloseTo(0.51130127, 8);
    expect(v.Theta2_2_2).toBeCloseTo(0.561370121, 8);
    expect(v.Theta1_1_1).toBeCloseTo(0.149780716, 8);
    expect(v.Theta1_2_2).toBeCloseTo(0.299502287, 8);
    expect(v.Theta2_1_0).toBeCloseTo(0.530750719, 8);
    expect(v.Theta1_1_0).toBeCloseTo(0.345614323, 8);
    expect(v.J).toBeCloseTo(0.280471447, 8);
    expect(v.dJ).toBeCloseTo(-0.017899662, 8);
    expect(v.dJ_pred).toBeCloseTo(-0.017712452, 8);
    expect(v.W_digits).toBe(10285);
    expect(v.A_digits).toBe(437);
  });
  it('a batch of m = 2 with λ = 1: Δ sums, D averages and regularises all but the bias column', () => {
    const b = scenarioValues('classicBatch');
    expect(b.ex2_D2_1_1).toBeCloseTo(-0.026438907, 8);
    expect(b.Delta2_1_1).toBeCloseTo(0.055728133, 8);
    expect(b.Dplain2_1_1).toBeCloseTo(0.027864067, 8);
    expect(b.Dreg2_1_1).toBeCloseTo(0.227864067, 8);
    expect(b.Dreg2_1_0).toBeCloseTo(0.046944239, 8);
    expect(b.Jplain).toBeCloseTo(0.308906233, 8);
    expect(b.Jreg).toBeCloseTo(0.591406233, 8);
  });
});

it('lesson 5: the bookkeeping of the step and of the cost in time', () => {
  const v = scenarioValues('classicStep');
  expect(v.T0_2_1_1).toBe(0.4);
  expect(v.G0_2_1_1).toBeCloseTo(0.082167041, 8);
  expect(v.T0_2_1_1! - v.alpha! * v.G0_2_1_1!).toBeCloseTo(v.Theta2_1_1!, 14);
  // 400-25-10: 25·401 + 10·26 = 10285 weights; backprop ≈ 3W, central differences 2W²
  expect(v.ops_bp).toBe(30855);
  expect(v.ops_fd).toBe(211562450);
});
