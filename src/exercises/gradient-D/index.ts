import { Network, gradients, numericalGradient, relativeDifference, type Matrix } from 'backprop';
import { compare, expectThat, show } from '../kit';
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
  hints: [
    'Every entry of $\\Acc{l}$ is divided by the number of examples $m$.',
    'Only columns $j \\ge 1$ get $\\frac{\\lambda}{m}\\Th{l}_{ij}$: in a `map((v, c) => …)` test `c > 0`.',
  ],
  check(gradientD) {
    const cases = [
      { name: '2-2-2 network', Theta: CLASSIC, ...batch(2, 2) },
      { name: 'random 3-4-4-2 network', Theta: Network.random([3, 4, 4, 2], { seed: 11 }).weights(), ...batch(3, 2) },
    ];
    return cases.flatMap(({ name, Theta, X, Y }) => [0, 1.5].flatMap((lambda) => {
      const net = Network.fromWeights(Theta);
      const input = `${name}, m = ${X.length}, λ = ${lambda}`;
      const exact = compare(`D, ${name}, λ = ${lambda}`, gradientD, [Theta, X, Y, lambda], gradients(net, X, Y, { lambda }).D, input);
      let mine: Matrix[] | undefined;
      try { mine = gradientD(structuredClone(Theta) as never, structuredClone(X) as never, structuredClone(Y) as never, lambda as never) as Matrix[]; } catch { mine = undefined; }
      let diff = Infinity;
      try { if (mine) diff = relativeDifference(mine, numericalGradient(net, X, Y, { lambda, epsilon: 1e-5 })); } catch { diff = Infinity; }
      const gc = expectThat(`gradient check, ${name}, λ = ${lambda}`, diff < 1e-7,
        `expected a relative difference to the numerical gradient below 1e-7, got ${show(diff)} for input ${input}`,
        `relative difference to the numerical gradient ${show(diff)}`);
      return [exact, gc];
    }));
  },
};
