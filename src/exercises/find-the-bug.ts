import { Network, backprop } from 'backprop';
import { expectThat, result, show } from './kit';
import { checkNetworks } from './fixtures';
import type { ExerciseDef } from './types';

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
  starter: `import { Network, forward, numericalGradient, relativeDifference } from "backprop";

/** ∂J/∂Θ(l) for one example: sigmoid units, cross-entropy, so δ(L) = a(L) − y. */
function backpropGradients(Theta: number[][][], x: number[], y: number[]): number[][][] {
  const p = forward(Network.fromWeights(Theta), x);
  const L = Theta.length + 1;
  const D: number[][][] = [];
  let delta = p.h.map((h, k) => h - y[k]);                  // δ(L)
  for (let l = L - 1; l >= 1; l--) {
    const a = p.a(l);                                        // a(l), bias unit 1 first
    D[l - 1] = delta.map((d) => a.map((aj) => d * aj));      // D(l) = δ(l+1) a(l)ᵀ
    if (l > 1) {
      const T = Theta[l - 1];                                // Θ(l)
      // δ(l) = (Θ(l)ᵀ δ(l+1)) without the bias row, ⊙ g'(z(l)) = a(1 − a)
      delta = a.slice(1).map((aj, j) => {
        const back = delta.reduce((s, d, i) => s + T[i][j] * d, 0);
        return back * aj * (1 - aj);
      });
    }
  }
  return D;
}

// Gradient check, layer by layer: which layers disagree?
const net = Network.random([2, 3, 3, 1], { seed: 5 });
const num = numericalGradient(net, [[-0.4, 0.9]], [[1]], { epsilon: 1e-5 });
const mine = backpropGradients(net.weights(), [-0.4, 0.9], [1]);
num.forEach((N, l) => console.log(\`D(\${l + 1}): r =\`, relativeDifference(N, mine[l])));`,
  solution: `import { Network, forward, numericalGradient, relativeDifference } from "backprop";

/** ∂J/∂Θ(l) for one example: sigmoid units, cross-entropy, so δ(L) = a(L) − y. */
function backpropGradients(Theta: number[][][], x: number[], y: number[]): number[][][] {
  const p = forward(Network.fromWeights(Theta), x);
  const L = Theta.length + 1;
  const D: number[][][] = [];
  let delta = p.h.map((h, k) => h - y[k]);                  // δ(L)
  for (let l = L - 1; l >= 1; l--) {
    const a = p.a(l);                                        // a(l), bias unit 1 first
    D[l - 1] = delta.map((d) => a.map((aj) => d * aj));      // D(l) = δ(l+1) a(l)ᵀ
    if (l > 1) {
      const T = Theta[l - 1];                                // Θ(l)
      // δ(l) = (Θ(l)ᵀ δ(l+1)) without the bias row, ⊙ g'(z(l)) = a(1 − a)
      delta = a.slice(1).map((aj, j) => {
        const back = delta.reduce((s, d, i) => s + T[i][j + 1] * d, 0);   // unit j + 1 is column j + 1
        return back * aj * (1 - aj);
      });
    }
  }
  return D;
}

// Gradient check, layer by layer: which layers disagree?
const net = Network.random([2, 3, 3, 1], { seed: 5 });
const num = numericalGradient(net, [[-0.4, 0.9]], [[1]], { epsilon: 1e-5 });
const mine = backpropGradients(net.weights(), [-0.4, 0.9], [1]);
num.forEach((N, l) => console.log(\`D(\${l + 1}): r =\`, relativeDifference(N, mine[l])));`,
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
      const input = `${name}, y = ${show(y)}`;
      let got: unknown;
      try {
        got = (backpropGradients as unknown as (T: number[][][], x: number[], y: number[]) => unknown)(structuredClone(Theta), [...x], [...y]);
      } catch (e) {
        return [expectThat(`gradients, ${name}`, false, `expected D(1)…D(L−1), but the code threw ${show(e)} for input ${input}`)];
      }
      const all = Array.isArray(got) ? got : [];
      return [
        ...expected.map((D, l) => result(`D(${l + 1}), ${name}`, all[l], D, input, 1e-9)),
      ];
    });
  },
};
