import { Network, backprop, forward } from 'backprop';
import { compare } from './kit';
import { checkNetworks } from './fixtures';
import type { ExerciseDef } from './types';

/** Lesson 4: the hidden-layer error δ(l) = (Θ(l))ᵀδ(l+1) ⊙ g'(z(l)). */
export const exercise: ExerciseDef = {
  id: 'delta-hidden',
  lesson: '04-deriving-backprop',
  title: 'The hidden error δ(l)',
  task: `Implement \`deltaHidden(Theta, deltaNext, a)\`: the error of a sigmoid hidden layer,
$\\dl{l} = \\left((\\Th{l})^T \\dl{l+1}\\right) \\odot g'(\\zl{l})$.

\`Theta\` is $\\Th{l}$ (its column 0 multiplies the bias unit), \`deltaNext\` is $\\dl{l+1}$, and \`a\` is $\\al{l}$ *with* the bias unit $a_0 = 1$ first. Return $\\dl{l}$ without a bias entry (the bias unit has no error to pass back).`,
  entry: 'deltaHidden',
  starter: `/** δ(l) = (Θ(l))ᵀ δ(l+1) ⊙ g'(z(l)), sigmoid hidden layer. */
function deltaHidden(Theta: number[][], deltaNext: number[], a: number[]): number[] {
  // (Θᵀ δ)_j for every column j, including the bias column 0
  const back = Theta[0].map((_, j) => Theta.reduce((s, row, i) => s + row[j] * deltaNext[i], 0));
  // TODO: drop the bias entry and multiply by g'(z) = a(1 − a)
  return back;
}

console.log(deltaHidden([[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]], [0.138499, -0.0380983], [1, 0.593270, 0.596884]));`,
  solution: `/** δ(l) = (Θ(l))ᵀ δ(l+1) ⊙ g'(z(l)), sigmoid hidden layer. */
function deltaHidden(Theta: number[][], deltaNext: number[], a: number[]): number[] {
  const back = Theta[0].map((_, j) => Theta.reduce((s, row, i) => s + row[j] * deltaNext[i], 0));
  return back.slice(1).map((b, j) => b * a[j + 1] * (1 - a[j + 1]));
}

console.log(deltaHidden([[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]], [0.138499, -0.0380983], [1, 0.593270, 0.596884]));`,
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
