/** What a trained digits network does on held-out digits: accuracy, confusion matrix, its mistakes. Pure. */
import { predict, type Matrix, type Network, type PackedMatrix } from '../../src/backprop/advanced.ts';

/** One misclassified test digit: its row in the test set, the true digit and the network's guess. */
export interface Mistake { index: number; truth: number; guess: number }

/** Measurements of the current weights (costs unregularised, accuracy in [0, 1]). */
export interface Evaluation {
  trainLoss: number;
  testLoss: number;
  testAccuracy: number;
  /** `confusion[t][p]`: test digits with true label t that the network read as p. */
  confusion: number[][];
  /** The first misclassified test digits, in test-set order (at most {@link MAX_MISTAKES}). */
  mistakes: Mistake[];
}

export const MAX_MISTAKES = 30;

/** Index of the largest entry (the first one on ties). */
export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
  return best;
}

/**
 * The 10×10 confusion matrix and accuracy of `guesses` against `labels`.
 * @example
 * ```ts
 * confusion([1, 2], [1, 3]).accuracy; // 0.5
 * ```
 */
export function confusion(labels: ArrayLike<number>, guesses: ArrayLike<number>): { matrix: number[][]; accuracy: number } {
  const matrix = Array.from({ length: 10 }, () => new Array<number>(10).fill(0));
  let right = 0;
  for (let i = 0; i < labels.length; i++) {
    matrix[labels[i]][guesses[i]]++;
    if (labels[i] === guesses[i]) right++;
  }
  return { matrix, accuracy: labels.length ? right / labels.length : 0 };
}

type Split = { X: PackedMatrix; Y: PackedMatrix; labels: Uint8Array };

/** Evaluates `net` on both splits; `J` is the cost function (the module's `cost`). */
export function evaluate(net: Network, trainSet: Split, testSet: Split, J: (X: PackedMatrix, Y: PackedMatrix) => number): Evaluation {
  // predict() packs its input, and pack() passes a PackedMatrix through unchanged.
  const H = predict(net, testSet.X as unknown as Matrix);
  const guesses = H.map(argmax);
  const { matrix, accuracy } = confusion(testSet.labels, guesses);
  const mistakes: Mistake[] = [];
  for (let i = 0; i < guesses.length && mistakes.length < MAX_MISTAKES; i++) {
    if (guesses[i] !== testSet.labels[i]) mistakes.push({ index: i, truth: testSet.labels[i], guess: guesses[i] });
  }
  return { trainLoss: J(trainSet.X, trainSet.Y), testLoss: J(testSet.X, testSet.Y), testAccuracy: accuracy, confusion: matrix, mistakes };
}
