import { Network, gradients, numericalGradient, relativeDifference, type Matrix } from 'backprop';
import { call, expectThat, show, threw } from '../kit';
import { diagnose, matrix, type Mistake } from '../diagnose';
import { forbid, GRADIENT_FUNCTIONS } from '../references';
import { layerSym, plainLayer } from '../../notation/layer';
import { S } from '../strings';
import { CLASSIC } from '../fixtures';
import { cellText } from '../source';
import type { CheckResult, ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';

/** m examples for a network with the given input and output sizes (targets in (0, 1) for cross-entropy). */
function batchOf(m: number, inputs: number, outputs: number): { X: Matrix; Y: Matrix } {
  const X = Array.from({ length: m }, (_, r) => Array.from({ length: inputs }, (_, j) => Math.sin(2 + 3 * r + j)));
  const Y = Array.from({ length: m }, (_, r) => Array.from({ length: outputs }, (_, k) => ((r + k) % 3 ? 0.2 : 0.9)));
  return { X, Y };
}

/** Lesson 10: the batch gradient in matrix form, D(l) = (1/m) E(l+1)ᵀ A(l), for any number of layers. */
export const exercise: ExerciseDef = {
  id: 'batch-gradient',
  lesson: '10-matrix-form',
  title: 'The batch gradient in matrix form',
  task: `Implement \`batchGradient(Theta, X, Y)\`: the gradient $\\Dl{l} = \\frac1m \\bigl(E^{(l+1)}\\bigr)\\T A^{(l)}$ of the (unregularised) cross-entropy cost of a sigmoid network with any number of layers, for a whole batch at once.

\`X\` is $m \\times s_1$ (one example per row) and \`Theta[l - 1]\` is $\\Th{l}$. The forward pass and $E^{(L)} = H - Y$ are written for you. Go backwards: each step forms $\\Dl{l}$ and then $E^{(l)} = \\bigl[E^{(l+1)}\\Th{l}\\bigr]_{\\text{columns } 1:s_l} \\odot A^{(l)}_{1:s_l} \\odot \\bigl(1 - A^{(l)}_{1:s_l}\\bigr)$. Do not call the module: the checks compare your matrices with its \`gradients\` and with central differences.`,
  entry: 'batchGradient',
  timeout: 15000,
  starter: cellText(starter),
  solution: cellText(solution),
  forbidden: forbid(...GRADIENT_FUNCTIONS),
  hints: [
    '$\\Dl{l}$ has the shape of $\\Th{l}$: $s_{l+1} \\times (s_l + 1)$. $E^{(l+1)}$ is $m \\times s_{l+1}$ and $A^{(l)}$ is $m \\times (s_l + 1)$, so only $\\bigl(E^{(l+1)}\\bigr)\\T A^{(l)}$ fits: `matmul(transpose(E), A[l])`, then divide by `m`.',
    '$E^{(l+1)}\\Th{l}$ is $m \\times (s_l + 1)$; drop its column 0 (the bias unit has no error) with `row.slice(1)`.',
    'In the code `A[l]` is $A^{(l+1)}$ and `Theta[l]` is $\\Th{l+1}$, so the hidden error one layer down is `matmul(E, Theta[l])` without column 0, times `A[l][r][j + 1] * (1 - A[l][r][j + 1])`.',
  ],
  check(batchGradient) {
    const cases = [
      { name: S.net.classic, Theta: CLASSIC, ...batchOf(3, 2, 2) },
      { name: S.net.randomAt('3-4-4-2', 11), Theta: Network.random([3, 4, 4, 2], { seed: 11 }).weights(), ...batchOf(5, 3, 2) },
      { name: S.net.randomAt('2-5-1', 4), Theta: Network.random([2, 5, 1], { seed: 4 }).weights(), ...batchOf(4, 2, 1) },
    ];
    return cases.flatMap(({ name, Theta, X, Y }) => {
      const net = Network.fromWeights(Theta);
      // The checks' names say the whole input: the network and the number of examples.
      const input = S.list(name, `m = ${X.length}`);
      const what = S.names.of('D', input);
      const r = call(batchGradient, [Theta, X, Y]);
      let diff = Infinity;
      if ('error' in r) return [threw(what, r.error), gradientCheck(input, diff)];
      const exact = firstWrongLayer(what, r.value, gradients(net, X, Y, { cost: 'cross-entropy' }).D, X.length);
      try { diff = relativeDifference(r.value as Matrix[], numericalGradient(net, X, Y, { cost: 'cross-entropy', epsilon: 1e-5 })); } catch { diff = Infinity; }
      return [exact, gradientCheck(input, diff)];
    });
  },
};

/** Passes when the relative difference to central differences is below 1e-7 (NaN fails). */
function gradientCheck(input: string, diff: number): CheckResult {
  return expectThat(S.names.gradientCheckOf(input), diff < 1e-7, S.gcNumerical('1e-7', show(diff)), S.gcNumericalPass(show(diff)));
}

/** The reader's D against the expected one, layer by layer from D(L−1) down (the order the backward pass makes them). */
function firstWrongLayer(what: string, mine: unknown, expected: Matrix[], m: number): CheckResult {
  if (!Array.isArray(mine) || mine.length !== expected.length) {
    return expectThat(what, false, S.sizeDiffers('D', S.matrices(expected.length), Array.isArray(mine) ? S.matrices(mine.length) : show(mine)));
  }
  for (let l = expected.length; l >= 1; l--) {
    const d = diagnose(what, mine[l - 1], expected[l - 1]!, matrix(plainLayer(layerSym.D(l))), '', mistakes(l, expected[l - 1]!, m));
    if (!d.pass) return d;
  }
  return { name: what, pass: true, message: S.correct };
}

/** Typical wrong D(l) in matrix form, from the right one: not divided by m, transposed, or both. */
function mistakes(l: number, D: Matrix, m: number): Mistake[] {
  const W = S.why.batchGradient;
  const times = (M: Matrix) => M.map((row) => row.map((v) => v * m));
  const T = D[0]!.map((_, c) => D.map((row) => row[c]!));
  return [
    { value: times(D), why: W.notDivided(l) },
    { value: T, why: W.transposed(l) },
    { value: times(T), why: S.both(W.transposed(l), W.notDivided(l)) },
  ];
}
