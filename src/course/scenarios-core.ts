import type { Scenario } from './scenario.ts';

/** The running example: the classic 2-2-2 network, input (0.05, 0.10), target (0.01, 0.99). */
const CLASSIC = {
  weights: [
    [[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]],
    [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]],
  ],
  x: [0.05, 0.1],
  y: [0.01, 0.99],
};

/**
 * One sigmoid unit with two inputs: the classic network's first hidden unit with the classic input and the first
 * target, x = (0.05, 0.10), y = 0.01, squared error. Lesson 7 draws its cost as a computational graph (the
 * ComputationGraph widget's "seed-cost" default) and quotes its numbers (scenarios-b.ts, `unit_…`).
 */
export const ONE_UNIT_EXAMPLE: Pick<Scenario, 'weights' | 'x' | 'y' | 'cost'> = {
  weights: [[CLASSIC.weights[0]![0]!]],
  x: CLASSIC.x,
  y: [CLASSIC.y[0]!],
  cost: 'squared-error',
};

/** Scenarios of lesson 1 and the shared running example. */
export const CORE_SCENARIOS = {
  /** The classic 2-2-2 example (sigmoid everywhere, squared error, one example). */
  classic: {
    ...CLASSIC,
    cost: 'squared-error',
    note: 'Lessons 1, 4 and 5: the 2-2-2 network with inputs 0.05 and 0.10.',
  },
  /** The same network and example with the cross-entropy cost, where δ(3) = a(3) − y exactly. */
  classicCE: {
    ...CLASSIC,
    cost: 'cross-entropy',
    note: 'Lesson 4: sigmoid outputs with cross-entropy.',
  },
} satisfies Record<string, Scenario>;

