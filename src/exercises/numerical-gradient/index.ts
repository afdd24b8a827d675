import { Network, cost, gradients, numericalGradient, relativeDifference, type Matrix } from 'backprop';
import { expectThat, forInput, show, threw } from '../kit';
import { diagnose, matrix, type Mistake } from '../diagnose';
import { forbid } from '../references';
import { layerSym, plainLayer } from '../../notation/layer';
import { S } from '../strings';
import { batch, CLASSIC } from '../fixtures';
import { cellText } from '../source';
import type { CheckResult, ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';

/** Lesson 6: the central-difference gradient used for gradient checking. */
export const exercise: ExerciseDef = {
  id: 'numerical-gradient',
  lesson: '06-gradient-checking',
  title: 'The numerical gradient',
  task: `Implement \`numGrad(J, Theta, epsilon)\`: for every weight, the central difference
$\\pd{J}{\\Th{l}_{ij}} \\approx \\frac{J(\\Theta + \\varepsilon e_{ij}) - J(\\Theta - \\varepsilon e_{ij})}{2\\varepsilon}$,
returned in the shape of \`Theta\`.

\`J\` takes the whole list of matrices. Leave \`Theta\` as you found it. The checks compare with the module's \`numericalGradient\` and run a gradient check against backpropagation.`,
  entry: 'numGrad',
  timeout: 15000,
  starter: cellText(starter),
  solution: cellText(solution),
  forbidden: forbid('numericalGradient', 'gradientCheck'),
  hints: [
    'Make two copies of `Theta`: one with $+\\varepsilon$, one with $-\\varepsilon$ on the same weight.',
    'The error of the central difference is $O(\\varepsilon^2)$ instead of $O(\\varepsilon)$: that is what gradient checking needs.',
  ],
  check(numGrad) {
    const cases = [
      { name: S.net.classic, Theta: CLASSIC, lambda: 0, ...batch(2, 2) },
      { name: S.net.random('3-4-2'), Theta: Network.random([3, 4, 2], { seed: 3 }).weights(), lambda: 1, ...batch(3, 2) },
    ];
    return cases.flatMap(({ name, Theta, X, Y, lambda }) => {
      const net = Network.fromWeights(Theta);
      const J = (T: Matrix[]) => cost(Network.fromWeights(T), X, Y, { lambda });
      const epsilon = 1e-4;
      // The names say the network and λ; ε, an argument they do not state, ends the failure messages.
      const data = S.list(name, `λ = ${lambda}`), input = `ε = ${epsilon}`;
      const what = S.names.numericalGradient(data);
      const copy = structuredClone(Theta);
      let mine: unknown;
      try { mine = numGrad(J as never, copy as never, epsilon as never); } catch (e) {
        return [threw(what, e, input)];
      }
      const expected = numericalGradient(net, X, Y, { lambda, epsilon });
      let first: CheckResult = { name: what, pass: true, message: S.correct };
      if (!Array.isArray(mine) || mine.length !== expected.length) {
        first = expectThat(what, false, `${S.sizeDiffers('∂J/∂Θ', S.matrices(expected.length), Array.isArray(mine) ? S.matrices(mine.length) : show(mine))}${forInput(input)}`);
      } else {
        // Entry by entry in the order the loops visit them: Θ(1) first.
        for (let l = 1; l <= expected.length && first.pass; l++) {
          first = diagnose(what, mine[l - 1], expected[l - 1]!, matrix(`∂J/∂${plainLayer(layerSym.Theta(l))}`), input, mistakes(J, Theta, l, epsilon), 1e-9);
        }
      }
      let diff = Infinity;
      try { diff = relativeDifference(mine as Matrix[], gradients(net, X, Y, { lambda }).D); } catch { diff = Infinity; }
      return [
        first,
        expectThat(S.names.gradientCheckBackprop(data), diff < 1e-8, `${S.gcBackprop('1e-8', show(diff))}${forInput(input)}`, S.gcBackpropPass(show(diff))),
        expectThat(S.names.thetaUnchanged(data), JSON.stringify(copy) === JSON.stringify(Theta), `${S.thetaChanged}${forInput(input)}`),
      ];
    });
  },
};

/** Typical wrong differences for layer l, computed here with J directly, each with what to tell the reader. */
function mistakes(J: (T: Matrix[]) => number, Theta: Matrix[], l: number, epsilon: number): Mistake[] {
  const W = S.why.numericalGradient;
  const at = (i: number, j: number, h: number) => {
    const T = structuredClone(Theta);
    T[l - 1]![i]![j]! += h;
    return J(T);
  };
  const each = (f: (i: number, j: number) => number) => Theta[l - 1]!.map((row, i) => row.map((_, j) => f(i, j)));
  const base = J(Theta);
  return [
    { value: each((i, j) => (at(i, j, epsilon) - base) / epsilon), why: W.oneSided },
    { value: each((i, j) => (base - at(i, j, -epsilon)) / epsilon), why: W.oneSided },
    { value: each((i, j) => (at(i, j, epsilon) - at(i, j, -epsilon)) / epsilon), why: W.notTwoEpsilon },
  ];
}
