import { Network, cost } from 'backprop';
import { compare } from './kit';
import { batch, CLASSIC } from './fixtures';
import type { ExerciseDef } from './types';

/** Lesson 2: the regularised cross-entropy cost. */
export const exercise: ExerciseDef = {
  id: 'regularized-cost',
  lesson: '02-cost',
  title: 'The regularised cost',
  task: `Complete \`regularizedCost(Theta, X, Y, lambda)\`: the cross-entropy cost of a sigmoid network over the $m$ rows of \`X\` and \`Y\`, plus the regularisation term
$\\frac{\\lambda}{2m}\\sum_l\\sum_i\\sum_{j \\ge 1} (\\Th{l}_{ij})^2$.

The bias column $j = 0$ is not regularised. The starter already computes the unregularised part.`,
  entry: 'regularizedCost',
  starter: `import { Network, forward } from "backprop";

function regularizedCost(Theta: number[][][], X: number[][], Y: number[][], lambda: number): number {
  const net = Network.fromWeights(Theta);
  const m = X.length;
  let J = 0;
  X.forEach((x, i) => {
    const h = forward(net, x).h;
    h.forEach((hk, k) => { J -= Y[i][k] * Math.log(hk) + (1 - Y[i][k]) * Math.log(1 - hk); });
  });
  J /= m;
  // TODO: add λ/(2m) · (sum of the squares of every weight except the bias column)
  return J;
}

console.log(regularizedCost([[[0.5, 1, -1]]], [[1, 2]], [[1]], 1));`,
  solution: `import { Network, forward } from "backprop";

function regularizedCost(Theta: number[][][], X: number[][], Y: number[][], lambda: number): number {
  const net = Network.fromWeights(Theta);
  const m = X.length;
  let J = 0;
  X.forEach((x, i) => {
    const h = forward(net, x).h;
    h.forEach((hk, k) => { J -= Y[i][k] * Math.log(hk) + (1 - Y[i][k]) * Math.log(1 - hk); });
  });
  J /= m;
  let squares = 0;
  for (const T of Theta) for (const row of T) row.forEach((w, j) => { if (j > 0) squares += w * w; });
  return J + (lambda / (2 * m)) * squares;
}

console.log(regularizedCost([[[0.5, 1, -1]]], [[1, 2]], [[1]], 1));`,
  hints: [
    'Loop over every matrix, every row, and every column index $j$; skip $j = 0$.',
    'The term is $\\frac{\\lambda}{2m}$ times the sum of squares, with the same $m$ as the data term.',
  ],
  check(regularizedCost) {
    const cases = [
      { name: '2-2-2 network', Theta: CLASSIC, ...batch(2, 2) },
      { name: 'random 3-5-2 network', Theta: Network.random([3, 5, 2], { seed: 7 }).weights(), ...batch(3, 2) },
    ];
    return cases.flatMap(({ name, Theta, X, Y }) => [0, 1, 3].map((lambda) =>
      compare(`J, ${name}, λ = ${lambda}`, regularizedCost, [Theta, X, Y, lambda], cost(Network.fromWeights(Theta), X, Y, { lambda }), `${name}, m = ${X.length}, λ = ${lambda}`)));
  },
};
