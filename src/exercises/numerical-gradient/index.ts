import { Network, cost, gradients, numericalGradient, relativeDifference, type Matrix } from 'backprop';
import { expectThat, result, show } from '../kit';
import { batch, CLASSIC } from '../fixtures';
import { cellText } from '../source';
import type { ExerciseDef } from '../types';
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
  hints: [
    'Make two copies of `Theta`: one with $+\\varepsilon$, one with $-\\varepsilon$ on the same weight.',
    'The error of the central difference is $O(\\varepsilon^2)$ instead of $O(\\varepsilon)$: that is what gradient checking needs.',
  ],
  check(numGrad) {
    const cases = [
      { name: '2-2-2 network', Theta: CLASSIC, lambda: 0, ...batch(2, 2) },
      { name: 'random 3-4-2 network', Theta: Network.random([3, 4, 2], { seed: 3 }).weights(), lambda: 1, ...batch(3, 2) },
    ];
    return cases.flatMap(({ name, Theta, X, Y, lambda }) => {
      const net = Network.fromWeights(Theta);
      const J = (T: Matrix[]) => cost(Network.fromWeights(T), X, Y, { lambda });
      const epsilon = 1e-4;
      const input = `${name}, ε = ${epsilon}, λ = ${lambda}`;
      const copy = structuredClone(Theta);
      let mine: Matrix[];
      try { mine = numGrad(J as never, copy as never, epsilon as never) as Matrix[]; } catch (e) {
        return [expectThat(`numerical gradient, ${name}`, false, `threw ${show(e)} for input ${input}`)];
      }
      const reference = result(`numerical gradient, ${name}`, mine, numericalGradient(net, X, Y, { lambda, epsilon }), input, 1e-9);
      let diff = Infinity;
      try { diff = relativeDifference(mine, gradients(net, X, Y, { lambda }).D); } catch { diff = Infinity; }
      return [
        reference,
        expectThat(`gradient check against backprop, ${name}`, diff < 1e-8, `expected a relative difference below 1e-8, got ${show(diff)} for input ${input}`, `relative difference ${show(diff)}`),
        expectThat(`Theta unchanged, ${name}`, JSON.stringify(copy) === JSON.stringify(Theta), `expected Theta to be left as it was, got changed weights for input ${input}`),
      ];
    });
  },
};
