import { Network, backprop } from 'backprop';
import { show, threw } from '../kit';
import { diagnose, matrix } from '../diagnose';
import { layerSym, plainLayer } from '../../notation/layer';
import { S } from '../strings';
import { forbid, GRADIENT_FUNCTIONS } from '../references';
import { checkNetworks } from '../fixtures';
import { cellText } from '../source';
import type { ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';
import demo from './demo.ts?raw';

/**
 * Lesson 6 (extra): a complete L-layer backpropagation with one planted bug. The reader locates it with a
 * layer-by-layer gradient check and fixes it. The bug: the backward step reads column j of Θ(l) instead of
 * column j + 1, i.e. it does not skip the bias column, so every layer below the output gets wrong gradients.
 */
export const exercise: ExerciseDef = {
  id: 'find-the-bug',
  lesson: '06-gradient-checking',
  title: 'Find the planted bug',
  task: `\`backpropGradients(Theta, x, y)\` below is a complete backpropagation for one example — sigmoid units
everywhere and the cross-entropy cost, so $\\dl{L} = \\al{L} - y$ — returning $\\Dl{1}, \\dots, \\Dl{L-1}$. It runs, and
its numbers look reasonable. One line is wrong.

Press **Check**: the code at the bottom compares it with the module's \`numericalGradient\`, **layer by layer**, on a
2-3-3-1 network. Which layers disagree tells you where to look. Fix the bug (change as little as possible); the checks
then compare your gradients with the module's on three networks.`,
  entry: 'backpropGradients',
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  // Armed only while the checks run, so the demo's layer-by-layer gradient check still works.
  forbidden: forbid(...GRADIENT_FUNCTIONS),
  hints: [
    'The last layer $\\Dl{L-1}$ agrees and every layer below it does not. So $\\dl{L}$ and the formula for $\\Dl{l}$ are right; the error enters when $\\delta$ is passed back from layer $l+1$ to layer $l$.',
    '`a.slice(1)` drops the bias unit, so inside the map `j = 0` is unit 1 of layer $l$. Which column of $\\Th{l}$ holds the weights that leave unit 1?',
    'Column 0 of $\\Th{l}$ multiplies the bias unit. Unit $j+1$ of layer $l$ is column `j + 1`: read `T[i][j + 1]`.',
  ],
  check(backpropGradients) {
    return checkNetworks().flatMap(({ name, Theta, x, y }) => {
      const net = Network.fromWeights(Theta);
      const t = backprop(net, x, y, { cost: 'cross-entropy' });
      const expected = Theta.map((_, l) => t.D(l + 1));
      // The name gives the network and x; y is the one argument it does not state.
      const input = `y = ${show(y)}`;
      let got: unknown;
      try {
        got = (backpropGradients as unknown as (T: number[][][], x: number[], y: number[]) => unknown)(structuredClone(Theta), [...x], [...y]);
      } catch (e) {
        return [threw(S.names.of('D(1)…D(L−1)', name), e, input)];
      }
      const all = Array.isArray(got) ? got : [];
      return [
        ...expected.map((D, l) => {
          const Dl = plainLayer(layerSym.D(l + 1));
          return diagnose(S.names.of(Dl, name), all[l], D, matrix(Dl), input);
        }),
      ];
    });
  },
};
