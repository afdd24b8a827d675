import { Network, cost, predict, xor } from 'backprop';
import { expectThat, show } from '../kit';
import { cellText } from '../source';
import type { ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';
import demo from './demo.ts?raw';

/** Lesson 8: gradient descent with your own update loop learns XOR. */
export const exercise: ExerciseDef = {
  id: 'train-xor',
  lesson: '08-training',
  title: 'Train a network on XOR',
  task: `Implement \`trainXor(seed)\`: create \`Network.random([2, 4, 1], { seed })\` and train it by gradient descent on \`xor()\` until it classifies all four points, then return it.

One step is $\\Th{l} := \\Th{l} - \\alpha \\Dl{l}$ for every $l$, with $\\Dl{l}$ from \`gradients(net, X, Y).D\`. Write the loop yourself (no \`fit\` or \`train\`): about 2000 steps with $\\alpha = 2$ is plenty. The checks use seeds 1, 2 and 3 and need a cost below 0.1.`,
  entry: 'trainXor',
  timeout: 20000,
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  hints: [
    '`gradients(net, X, Y).D[l - 1]` is $\\Dl{l}$; its entry `[i - 1][j]` belongs to weight $\\Th{l}_{ij}$.',
    '`net.setWeight(l, i, j, net.weight(l, i, j) - alpha * d)` updates one weight in place (rows $i$ start at 1, columns $j$ at 0).',
  ],
  check(trainXor) {
    const { X, Y } = xor();
    return [1, 2, 3].flatMap((seed) => {
      let net: unknown;
      try { net = trainXor(seed as never); } catch (e) {
        return [expectThat(`seed ${seed}`, false, `threw ${show(e)} for input seed = ${seed}`)];
      }
      if (!(net instanceof Network) || net.sizes.join() !== '2,4,1') {
        return [expectThat(`seed ${seed}`, false, `expected a 2-4-1 Network, got ${show(net)} for input seed = ${seed}`)];
      }
      const J = cost(net, X, Y);
      const guesses = predict(net, X).map((h) => (h[0] > 0.5 ? 1 : 0));
      return [
        expectThat(`cost after training, seed ${seed}`, J < 0.1, `expected J < 0.1, got ${show(J)} for input seed = ${seed}`, `J = ${show(J)}`),
        expectThat(`XOR classified, seed ${seed}`, guesses.join() === '0,1,1,0', `expected outputs rounding to [0, 1, 1, 0], got [${guesses.join(', ')}] for input seed = ${seed}`, 'all four points right'),
      ];
    });
  },
};
