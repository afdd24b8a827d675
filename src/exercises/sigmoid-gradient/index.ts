import { sigmoidGradient } from 'backprop';
import { compare } from '../kit';
import { forbid } from '../references';
import { cellText } from '../source';
import type { ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';
import demo from './demo.ts?raw';

/** Lesson 1: the derivative of the sigmoid, $g'(z) = g(z)(1 - g(z))$. */
export const exercise: ExerciseDef = {
  id: 'sigmoid-gradient',
  lesson: '01-notation',
  title: 'The sigmoid gradient',
  task: `Implement \`gPrime(z)\`, the derivative of the sigmoid $g(z) = \\frac{1}{1 + e^{-z}}$.

Backpropagation multiplies by $g'(z^{(l)})$ at every layer, so this small function is used everywhere. You may use \`sigmoid\` from the module.`,
  entry: 'gPrime',
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  forbidden: forbid('sigmoidGradient'),
  hints: [
    'Differentiate $g(z) = (1 + e^{-z})^{-1}$ with the chain rule: you get $\\frac{e^{-z}}{(1 + e^{-z})^2}$.',
    'Write $\\frac{e^{-z}}{(1+e^{-z})^2} = \\frac{1}{1+e^{-z}} \\cdot \\frac{e^{-z}}{1+e^{-z}}$ and notice the second factor is $1 - g(z)$.',
  ],
  check(gPrime) {
    return [0, 1, -2, 0.5, 5, -10].map((z) => compare(`g'(${z})`, gPrime, [z], sigmoidGradient(z)));
  },
};
