import { backpropBatch, gradients, Network } from '../backprop/index.ts';
import type { Scenario } from './scenario.ts';
import { CORE_SCENARIOS } from './scenarios-core.ts';

/*
 * Lesson 11's worked example: the classic 2-2-2 network with cross-entropy on a batch of m = 2 examples, so
 * the matrix form Z(2) = [1 A(1)] Θ(1)ᵀ, δ and D can be quoted row by row. Computed with the module.
 */

const { classicCE } = CORE_SCENARIOS;

/** The batch: example 1 is the running example, example 2 a second input with the opposite target. */
export const DIGITS_BATCH = { X: [classicCE.x, [0.3, 0.8]], Y: [classicCE.y, [1, 0]] };

/** The 400-25-10 network's layer sizes (Coursera ex4). */
export const EX4_SIZES = [400, 25, 10];

function digitsExtras(): Record<string, number> {
  const net = Network.fromWeights(classicCE.weights);
  const { X, Y } = DIGITS_BATCH;
  const out: Record<string, number> = {};
  backpropBatch(net, X, Y).forEach((t, r) => {
    for (let c = 1; c <= 2; c++) {
      out[`bz2_${r + 1}_${c}`] = t.z(2)[c - 1];
      out[`ba2_${r + 1}_${c}`] = t.a(2)[c];
      out[`bh_${r + 1}_${c}`] = t.h[c - 1];
      out[`bdelta3_${r + 1}_${c}`] = t.delta(3)[c - 1];
      out[`bdelta2_${r + 1}_${c}`] = t.delta(2)[c - 1];
    }
  });
  gradients(net, X, Y).D.forEach((M, l) => M.forEach((row, i) => row.forEach((v, j) => { out[`bD${l + 1}_${i + 1}_${j}`] = v; })));
  out.ex4_theta1 = EX4_SIZES[1] * (EX4_SIZES[0] + 1);
  out.ex4_theta2 = EX4_SIZES[2] * (EX4_SIZES[1] + 1);
  out.ex4_params = out.ex4_theta1 + out.ex4_theta2;
  return out;
}

/** Lesson 11's scenarios. */
export const SCENARIOS_DIGITS: Record<string, Scenario> = {
  digits: { ...classicCE, extras: digitsExtras, note: 'Lesson 11: the batch (matrix) form of the passes, m = 2; ex4 parameter counts.' },
};
