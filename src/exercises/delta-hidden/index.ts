import { Network, backprop, forward } from 'backprop';
import { compare } from '../kit';
import { checkNetworks } from '../fixtures';
import { cellText } from '../source';
import type { ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';
import demo from './demo.ts?raw';

/** Lesson 4: the hidden-layer error δ(l) = (Θ(l))ᵀδ(l+1) ⊙ g'(z(l)). */
export const exercise: ExerciseDef = {
  id: 'delta-hidden',
  lesson: '04-deriving-backprop',
  title: 'The hidden error δ(l)',
  task: `Implement \`deltaHidden(Theta, deltaNext, a)\`: the error of a sigmoid hidden layer,
$\\dl{l} = \\left((\\Th{l})^T \\dl{l+1}\\right) \\odot g'(\\zl{l})$.

\`Theta\` is $\\Th{l}$ (its column 0 multiplies the bias unit), \`deltaNext\` is $\\dl{l+1}$, and \`a\` is $\\al{l}$ *with* the bias unit $a_0 = 1$ first. Return $\\dl{l}$ without a bias entry (the bias unit has no error to pass back).`,
  entry: 'deltaHidden',
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  hints: [
    '`back[0]` belongs to the bias unit: `back.slice(1)` keeps units $1..s_l$.',
    'Unit $j$ of the result uses $a_j$, which is `a[j + 1]` once the bias is dropped from `back` but not from `a`.',
  ],
  check(deltaHidden) {
    return checkNetworks().flatMap(({ name, Theta, x, y }) => {
      const net = Network.fromWeights(Theta);
      const trace = backprop(net, x, y);
      const pass = forward(net, x);
      const out = [];
      for (let l = net.L - 1; l >= 2; l--) {
        out.push(compare(`δ(${l}) for ${name}`, deltaHidden, [Theta[l - 1], trace.delta(l + 1), pass.a(l)], trace.delta(l), `Θ(${l}), δ(${l + 1}) and a(${l}) of ${name}`));
      }
      return out;
    });
  },
};
