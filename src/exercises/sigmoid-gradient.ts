import { sigmoidGradient } from 'backprop';
import { compare } from './kit';
import type { ExerciseDef } from './types';

/** Lesson 1: the derivative of the sigmoid, $g'(z) = g(z)(1 - g(z))$. */
export const exercise: ExerciseDef = {
  id: 'sigmoid-gradient',
  lesson: '01-notation',
  title: 'The sigmoid gradient',
  task: `Implement \`gPrime(z)\`, the derivative of the sigmoid $g(z) = \\frac{1}{1 + e^{-z}}$.

Backpropagation multiplies by $g'(z^{(l)})$ at every layer, so this small function is used everywhere. You may use \`sigmoid\` from the module.`,
  entry: 'gPrime',
  starter: `import { sigmoid } from "backprop";

/** g'(z) for the sigmoid g(z) = 1 / (1 + e^(-z)). */
function gPrime(z: number): number {
  // TODO: express g'(z) with g(z) = sigmoid(z)
  return 0;
}

console.log("g'(0) =", gPrime(0)); // should be 0.25`,
  solution: `import { sigmoid } from "backprop";

/** g'(z) for the sigmoid g(z) = 1 / (1 + e^(-z)). */
function gPrime(z: number): number {
  const g = sigmoid(z);
  return g * (1 - g);
}

console.log("g'(0) =", gPrime(0)); // 0.25`,
  hints: [
    'Differentiate $g(z) = (1 + e^{-z})^{-1}$ with the chain rule: you get $\\frac{e^{-z}}{(1 + e^{-z})^2}$.',
    'Write $\\frac{e^{-z}}{(1+e^{-z})^2} = \\frac{1}{1+e^{-z}} \\cdot \\frac{e^{-z}}{1+e^{-z}}$ and notice the second factor is $1 - g(z)$.',
  ],
  check(gPrime) {
    return [0, 1, -2, 0.5, 5, -10].map((z) => compare(`g'(${z})`, gPrime, [z], sigmoidGradient(z), `z = ${z}`));
  },
};
