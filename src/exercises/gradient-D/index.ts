import { Network, backprop, gradients, numericalGradient, relativeDifference, type Matrix } from 'backprop';
import { call, expectThat, show, threw } from '../kit';
import { diagnose, matrix, type Mistake } from '../diagnose';
import { forbid } from '../references';
import { layerSym, plainLayer } from '../../notation/layer';
import { S } from '../strings';
import { batch, CLASSIC } from '../fixtures';
import { cellText } from '../source';
import type { ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';

/** Lesson 5: accumulate Δ(l) over the examples and form D(l) = Δ(l)/m + (λ/m)Θ(l) (bias column not regularised). */
export const exercise: ExerciseDef = {
  id: 'gradient-D',
  lesson: '05-algorithm',
  title: 'The gradient D(l)',
  task: `Implement \`gradientD(Theta, X, Y, lambda)\`: the gradient $\\Dl{l} = \\pd{J}{\\Th{l}}$ of the regularised cross-entropy cost of a sigmoid network.

For each example, \`backprop(net, x, y)\` gives that example's $\\dl{l+1}(\\al{l})^T$ as \`.D(l)\`. Add them up into $\\Acc{l}$, then $\\Dl{l}_{ij} = \\frac1m\\Acc{l}_{ij} + \\frac{\\lambda}{m}\\Th{l}_{ij}$ for $j \\ge 1$, and without the $\\lambda$ term for $j = 0$. Your result is also gradient-checked against finite differences.`,
  entry: 'gradientD',
  timeout: 15000,
  starter: cellText(starter),
  solution: cellText(solution),
  forbidden: forbid('gradients', 'numericalGradient', 'gradientCheck', 'networkGraph'),
  hints: [
    'Every entry of $\\Acc{l}$ is divided by the number of examples $m$.',
    'Only columns $j \\ge 1$ get $\\frac{\\lambda}{m}\\Th{l}_{ij}$: in a `map((v, c) => …)` test `c > 0`.',
  ],
  check(gradientD) {
    const cases = [
      { name: S.net.classic, Theta: CLASSIC, ...batch(2, 2) },
      { name: S.net.random('3-4-4-2'), Theta: Network.random([3, 4, 4, 2], { seed: 11 }).weights(), ...batch(3, 2) },
    ];
    return cases.flatMap(({ name, Theta, X, Y }) => [0, 1.5].flatMap((lambda) => {
      const net = Network.fromWeights(Theta);
      // The checks' names say the whole input: the network, the number of examples and λ.
      const data = S.list(name, `m = ${X.length}`);
      const what = S.names.withLambda('D', data, lambda), gcName = S.names.gradientCheck(data, lambda);
      const r = call(gradientD, [Theta, X, Y, lambda]);
      if ('error' in r) return [threw(what, r.error)];
      const mine = r.value;
      const expected = gradients(net, X, Y, { lambda }).D;
      const parts = reference(Theta, X, Y);
      let exact = null;
      if (!Array.isArray(mine) || mine.length !== expected.length) {
        exact = expectThat(what, false, S.sizeDiffers('D', S.matrices(expected.length), Array.isArray(mine) ? S.matrices(mine.length) : show(mine)));
      } else {
        // Layer by layer, in the order backpropagation produces them: D(L−1) first.
        for (let l = expected.length; l >= 1 && !exact; l--) {
          const d = diagnose(what, mine[l - 1], expected[l - 1]!, matrix(plainLayer(layerSym.D(l))), '', mistakes(l, Theta[l - 1]!, parts.Delta[l - 1]!, X.length, lambda));
          if (!d.pass) exact = d;
        }
        exact ??= { name: what, pass: true, message: S.correct };
      }
      let diff = Infinity;
      try { diff = relativeDifference(mine as Matrix[], numericalGradient(net, X, Y, { lambda, epsilon: 1e-5 })); } catch { diff = Infinity; }
      const gc = expectThat(gcName, diff < 1e-7, S.gcNumerical('1e-7', show(diff)), S.gcNumericalPass(show(diff)));
      return [exact, gc];
    }));
  },
};

/**
 * Δ(l) = Σ_i δ(l+1)(a(l))ᵀ over the examples, by a plain loop over the module's per-example forward pass and
 * δ (independent of `gradients`, which the expected D comes from).
 */
function reference(Theta: Matrix[], X: Matrix, Y: Matrix): { Delta: Matrix[] } {
  const net = Network.fromWeights(Theta);
  const Delta = Theta.map((T) => T.map((row) => row.map(() => 0)));
  X.forEach((x, n) => {
    const t = backprop(net, x, Y[n]!);
    Delta.forEach((A, i) => {
      const a = t.a(i + 1), d = t.delta(i + 2);
      A.forEach((row, r) => row.forEach((_, c) => { row[c]! += d[r]! * a[c]!; }));
    });
  });
  return { Delta };
}

/** Typical wrong D(l), each with what to tell the reader. */
function mistakes(l: number, T: Matrix, Delta: Matrix, m: number, lambda: number): Mistake[] {
  const W = S.why.gradientD;
  const D = (scale: number, reg: number, bias: boolean) =>
    Delta.map((row, r) => row.map((v, c) => v * scale + (bias || c > 0 ? reg * T[r]![c]! : 0)));
  const list: Mistake[] = [
    { value: D(1, lambda / m, false), why: W.notDivided(l) },
    { value: D(1, 0, false), why: W.notDivided(l) },
    { value: D(1 / m, lambda / m, false).map((row) => row.slice(1)), why: W.noBiasColumn(l) },
  ];
  if (lambda > 0) {
    list.push(
      { value: D(1 / m, lambda / m, true), why: W.biasRegularised(l) },
      { value: D(1 / m, 0, false), why: W.noRegularisation(l) },
      { value: D(1 / m, lambda / (2 * m), false), why: W.halfLambda },
      { value: D(1 / m, lambda, false), why: W.lambdaNotDivided },
    );
  }
  return list;
}
