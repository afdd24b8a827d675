import { Network, cost, predict, xor, type Matrix } from 'backprop';
import { expectThat, show, threw } from '../kit';
import { diagnose, matrix, type Mistake } from '../diagnose';
import { forbid } from '../references';
import { S } from '../strings';
import { cellText } from '../source';
import type { CheckResult, ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';
import demo from './demo.ts?raw';

/** Lesson 8: gradient descent with your own update loop learns XOR. */
export const exercise: ExerciseDef = {
  id: 'train-xor',
  lesson: '08-training',
  title: 'Train a network on XOR',
  task: `Implement \`trainXor(seed)\`: create \`Network.random([2, 4, 1], { seed })\` and train it by gradient descent on \`xor()\` until it classifies all four points, then return it.

One step is $\\Th{l} := \\Th{l} - \\alpha \\Dl{l}$ for every $l$, with $\\Dl{l}$ from \`gradients(net, X, Y).D\`. Write the loop yourself (no \`fit\` or \`train\`): about 2000 steps with $\\alpha = 2$ is plenty. The checks use seeds 1, 2 and 3 and need a cost below 0.1.`,
  entry: 'trainXor',
  timeout: 20000,
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  forbidden: forbid('fit', 'train'),
  hints: [
    '`gradients(net, X, Y).D[l - 1]` is $\\Dl{l}$; its entry `[i - 1][j]` belongs to weight $\\Th{l}_{ij}$.',
    '`net.setWeight(l, i, j, net.weight(l, i, j) - alpha * d)` updates one weight in place (rows $i$ start at 1, columns $j$ at 0).',
  ],
  observe: {
    // Each call of gradients: the weights it saw and the D it returned, to check the reader's step.
    gradients: (args, result) => ({
      before: args[0] instanceof Network ? args[0].weights() : null,
      D: (result as { D: Matrix[] }).D,
    }),
  },
  check(trainXor, seen) {
    const { X, Y } = xor();
    return [1, 2, 3].flatMap((seed) => {
      // Every check's name says the seed, the one argument: no message repeats it.
      seen.take('gradients');
      let net: unknown;
      try { net = trainXor(seed as never); } catch (e) {
        return [threw(S.names.seed(seed), e)];
      }
      if (!(net instanceof Network) || net.sizes.join() !== '2,4,1') {
        return [expectThat(S.names.seed(seed), false, S.expectedNetwork('2-4-1', show(net)))];
      }
      const start = Network.random([2, 4, 1], { seed }).weights();
      const J = cost(net, X, Y);
      const guesses = predict(net, X).map((h) => (h[0]! > 0.5 ? 1 : 0));
      return [
        ...stepCheck(seed, seen.take('gradients') as Call[]),
        biasCheck(seed, start, net.weights()),
        expectThat(S.names.costAfter(seed), J < 0.1, S.costAbove('0.1', show(J)), S.costIs(show(J))),
        expectThat(S.names.xorClassified(seed), guesses.join() === '0,1,1,0', S.xorWrong(guesses.join(', ')), S.xorRight),
      ];
    });
  },
};

type Call = { before: Matrix[] | null; D: Matrix[] };

/** Every bias weight Θ(l)_i0 must have moved from its random start. */
function biasCheck(seed: number, start: Matrix[], end: Matrix[]): CheckResult {
  const moved = (bias: boolean) => start.some((T, l) => T.some((row, i) => row.some((w, j) => (j === 0) === bias && w !== end[l]![i]![j])));
  const W = S.why.trainXor, name = S.names.biasTrained(seed);
  if (!moved(false) && !moved(true)) return expectThat(name, false, W.nothingMoved);
  return expectThat(name, moved(true), W.biasNeverMoved);
}

/**
 * The reader's first gradient step, seen between two calls of `gradients`: Θ(l) must have become
 * Θ(l) − αD(l) for every weight, with one α > 0. α is read off the moved weight with the largest |D|. Reports the
 * first weight that moved otherwise, naming the recognised mistake. No check when `gradients` was not used.
 */
function stepCheck(seed: number, calls: Call[]): CheckResult[] {
  const name = S.names.oneStep(seed);
  const W = S.why.trainXor;
  const k = calls.findIndex((c, n) => n + 1 < calls.length && c.before && calls[n + 1]!.before
    && JSON.stringify(c.before) !== JSON.stringify(calls[n + 1]!.before));
  if (k < 0) return calls.length > 1 ? [expectThat(name, false, W.neverStepped)] : [];
  const { before, D } = calls[k]!, after = calls[k + 1]!.before!;
  let best = { l: 0, r: 0, c: 0, d: 0 };
  D.forEach((M, l) => M.forEach((row, r) => row.forEach((d, c) => {
    const moved = after[l]![r]![c]! !== before![l]![r]![c]!;
    if (moved && Math.abs(d) > Math.abs(best.d)) best = { l, r, c, d };
  })));
  const alpha = -(after[best.l]![best.r]![best.c]! - before![best.l]![best.r]![best.c]!) / best.d;
  const expected = before!.map((T, l) => T.map((row, r) => row.map((t, c) => t - alpha * D[l]![r]![c]!)));
  for (let l = 1; l <= D.length; l++) {
    const mistakes: Mistake[] = [
      { value: expected[l - 1]!.map((row, r) => row.map((v, c) => (c === 0 ? before![l - 1]![r]![c]! : v))), why: W.biasNotUpdated(l) },
    ];
    const d = diagnose(name, after[l - 1], expected[l - 1]!, matrix(S.names.stepResult(l, k + 1)), '', mistakes, 1e-9);
    // The expected weights use the reader's own α: say which.
    if (!d.pass) return [{ ...d, message: `${d.message}${S.yourAlpha(show(alpha))}` }];
  }
  return [expectThat(name, alpha > 0, W.uphill(show(alpha)), S.stepAlpha(show(alpha)))];
}
