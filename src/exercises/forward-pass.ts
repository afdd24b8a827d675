import { Network, forward } from 'backprop';
import { compare } from './kit';
import { checkNetworks } from './fixtures';
import type { ExerciseDef } from './types';

/** Lesson 1: forward propagation in matrix form. */
export const exercise: ExerciseDef = {
  id: 'forward-pass',
  lesson: '01-notation',
  title: 'The forward pass',
  task: `Implement \`forwardPass(Theta, x)\`: return the output $h_\\Theta(x) = a^{(L)}$ of a network whose every layer uses the sigmoid.

\`Theta[l - 1]\` is $\\Th{l}$, a matrix with one row per unit of layer $l+1$ and a first column for the bias unit. Start from $\\al{1} = x$; for each layer add the bias unit $a_0 = 1$, compute $\\zl{l+1} = \\Th{l}\\al{l}$ and $\\al{l+1} = g(\\zl{l+1})$.`,
  entry: 'forwardPass',
  starter: `import { sigmoid } from "backprop";

/** h_Θ(x): forward propagation, sigmoid on every layer. */
function forwardPass(Theta: number[][][], x: number[]): number[] {
  let a = x;
  for (const T of Theta) {
    // TODO: add the bias unit, compute z = T·a, then a = g(z)
  }
  return a;
}

const Theta = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];
console.log(forwardPass(Theta, [0.05, 0.1])); // should be about [0.751365, 0.772928]`,
  solution: `import { sigmoid } from "backprop";

/** h_Θ(x): forward propagation, sigmoid on every layer. */
function forwardPass(Theta: number[][][], x: number[]): number[] {
  let a = x;
  for (const T of Theta) {
    const withBias = [1, ...a];
    const z = T.map((row) => row.reduce((sum, w, j) => sum + w * withBias[j], 0));
    a = z.map((v) => sigmoid(v));
  }
  return a;
}

const Theta = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];
console.log(forwardPass(Theta, [0.05, 0.1])); // [0.751365, 0.772928]`,
  hints: [
    'Inside the loop: `const withBias = [1, ...a];` puts $a_0 = 1$ in front.',
    'Row $i$ of $\\Th{l}$ times the vector gives $z_i$: `T.map((row) => row.reduce((s, w, j) => s + w * withBias[j], 0))`.',
    'Then replace `a` with the sigmoid of every $z_i$.',
  ],
  check(forwardPass) {
    return checkNetworks().map(({ name, Theta, x }) =>
      compare(`h for ${name}`, forwardPass, [Theta, x], forward(Network.fromWeights(Theta), x).h, `${name}`));
  },
};
