import { Network, backprop, forward } from 'backprop';
import { compare } from '../kit';
import { checkNetworks } from '../fixtures';
import { cellText } from '../source';
import type { ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';
import demo from './demo.ts?raw';

/** Lesson 4: the output error δ(L) for the squared error and a sigmoid output. */
export const exercise: ExerciseDef = {
  id: 'delta-output',
  lesson: '04-deriving-backprop',
  title: 'The output error δ(L)',
  task: `For the squared-error cost $E = \\frac12\\sum_k (a^{(L)}_k - y_k)^2$ and a sigmoid output layer, implement \`deltaOutput(aL, y)\` returning
$\\delta^{(L)}_k = \\pd{E}{z^{(L)}_k}$ for every output unit $k$.

\`aL\` is the output $a^{(L)} = h_\\Theta(x)$ (no bias unit) and \`y\` the target.`,
  entry: 'deltaOutput',
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  hints: [
    'Chain rule: $\\pd{E}{z^{(L)}_k} = \\pd{E}{a^{(L)}_k}\\cdot\\pd{a^{(L)}_k}{z^{(L)}_k}$.',
    'For the sigmoid, $g\'(z) = g(z)(1 - g(z)) = a(1 - a)$: no need for $z$ itself.',
  ],
  check(deltaOutput) {
    return checkNetworks().map(({ name, Theta, x, y }) => {
      const net = Network.fromWeights(Theta);
      const aL = forward(net, x).h;
      const expected = backprop(net, x, y, { cost: 'squared-error' }).delta(net.L);
      return compare(`δ(${net.L}) for ${name}`, deltaOutput, [aL, y], expected, `a(${net.L}) = [${aL.map((v) => v.toFixed(4)).join(', ')}], y = [${y.join(', ')}]`);
    });
  },
};
