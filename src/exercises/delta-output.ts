import { Network, backprop, forward } from 'backprop';
import { compare } from './kit';
import { checkNetworks } from './fixtures';
import type { ExerciseDef } from './types';

/** Lesson 4: the output error δ(L) for the squared error and a sigmoid output. */
export const exercise: ExerciseDef = {
  id: 'delta-output',
  lesson: '04-deriving-backprop',
  title: 'The output error δ(L)',
  task: `For the squared-error cost $E = \\frac12\\sum_k (a^{(L)}_k - y_k)^2$ and a sigmoid output layer, implement \`deltaOutput(aL, y)\` returning
$\\delta^{(L)}_k = \\pd{E}{z^{(L)}_k}$ for every output unit $k$.

\`aL\` is the output $a^{(L)} = h_\\Theta(x)$ (no bias unit) and \`y\` the target.`,
  entry: 'deltaOutput',
  starter: `/** δ(L) for squared error with a sigmoid output. */
function deltaOutput(aL: number[], y: number[]): number[] {
  // TODO: this is ∂E/∂a, not yet ∂E/∂z
  return aL.map((a, k) => a - y[k]);
}

console.log(deltaOutput([0.75136507, 0.77292847], [0.01, 0.99])); // δ(3)_1 should be about 0.138499`,
  solution: `/** δ(L) for squared error with a sigmoid output. */
function deltaOutput(aL: number[], y: number[]): number[] {
  // ∂E/∂z = ∂E/∂a · ∂a/∂z = (a − y) · g'(z), and g'(z) = a(1 − a) for the sigmoid
  return aL.map((a, k) => (a - y[k]) * a * (1 - a));
}

console.log(deltaOutput([0.75136507, 0.77292847], [0.01, 0.99])); // [0.138499, -0.0380983]`,
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
