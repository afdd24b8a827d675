import { Network, forward } from 'backprop';
import { call, threw } from '../kit';
import { diagnose, vector } from '../diagnose';
import { forbid } from '../references';
import { layerSym, plainLayer } from '../../notation/layer';
import { S } from '../strings';
import { checkNetworks } from '../fixtures';
import { cellText } from '../source';
import type { ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';
import demo from './demo.ts?raw';

/** Lesson 1: forward propagation in matrix form. */
export const exercise: ExerciseDef = {
  id: 'forward-pass',
  lesson: '01-notation',
  title: 'The forward pass',
  task: `Implement \`forwardPass(Theta, x)\`: return the output $h_\\Theta(x) = a^{(L)}$ of a network whose every layer uses the sigmoid.

\`Theta[l - 1]\` is $\\Th{l}$, a matrix with one row per unit of layer $l+1$ and a first column for the bias unit. Start from $x$: $\\al{1} = [1;\\, x]$ is $x$ with the bias unit $a_0 = 1$ in front. Then $\\zl{l+1} = \\Th{l}\\al{l}$, and $g(\\zl{l+1})$ gives the units of layer $l+1$; put the bias unit in front of them again for the next layer (the output $a^{(L)}$ has none).`,
  entry: 'forwardPass',
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  forbidden: forbid('forward', 'predict'),
  hints: [
    'Inside the loop: `const withBias = [1, ...a];` puts $a_0 = 1$ in front.',
    'Row $i$ of $\\Th{l}$ times the vector gives $z_i$: `T.map((row) => row.reduce((s, w, j) => s + w * withBias[j], 0))`.',
    'Then replace `a` with the sigmoid of every $z_i$.',
  ],
  check(forwardPass) {
    return checkNetworks().map(({ name, Theta, x }) => {
      const what = S.names.forNetwork('h', name), L = Theta.length + 1;
      const r = call(forwardPass, [Theta, x]);
      if ('error' in r) return threw(what, r.error);
      return diagnose(what, r.value, forward(Network.fromWeights(Theta), x).h, vector(plainLayer(layerSym.a(L))));
    });
  },
};
