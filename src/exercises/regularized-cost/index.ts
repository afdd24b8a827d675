import { Network, cost } from 'backprop';
import { compare } from '../kit';
import { forbid } from '../references';
import { S } from '../strings';
import { batch, CLASSIC } from '../fixtures';
import { cellText } from '../source';
import type { ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';
import demo from './demo.ts?raw';

/** Lesson 2: the regularised cross-entropy cost. */
export const exercise: ExerciseDef = {
  id: 'regularized-cost',
  lesson: '02-cost',
  title: 'The regularised cost',
  task: `Complete \`regularizedCost(Theta, X, Y, lambda)\`: the cross-entropy cost of a sigmoid network over the $m$ rows of \`X\` and \`Y\`, plus the regularisation term
$\\frac{\\lambda}{2m}\\sum_l\\sum_i\\sum_{j \\ge 1} (\\Th{l}_{ij})^2$.

The bias column $j = 0$ is not regularised. The starter already computes the unregularised part.`,
  entry: 'regularizedCost',
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  forbidden: forbid('cost', 'gradients'),
  hints: [
    'Loop over every matrix, every row, and every column index $j$; skip $j = 0$.',
    'The term is $\\frac{\\lambda}{2m}$ times the sum of squares, with the same $m$ as the data term.',
  ],
  check(regularizedCost) {
    const cases = [
      { name: S.net.classic, Theta: CLASSIC, ...batch(2, 2) },
      { name: S.net.random('3-5-2'), Theta: Network.random([3, 5, 2], { seed: 7 }).weights(), ...batch(3, 2) },
    ];
    // The name says the whole input (the network, m and λ), so the message need not.
    return cases.flatMap(({ name, Theta, X, Y }) => [0, 1, 3].map((lambda) =>
      compare(S.names.withLambda('J', S.list(name, `m = ${X.length}`), lambda), regularizedCost, [Theta, X, Y, lambda], cost(Network.fromWeights(Theta), X, Y, { lambda }))));
  },
};
