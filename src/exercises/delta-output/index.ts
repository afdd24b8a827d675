import { Network, backprop, forward, sigmoidGradient } from 'backprop';
import { call, threw } from '../kit';
import { diagnose, vector, type Mistake } from '../diagnose';
import { forbid, GRADIENT_FUNCTIONS } from '../references';
import { layerSym, plainLayer } from '../../notation/layer';
import { S } from '../strings';
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
  title: 'The output error δ(L) for squared error',
  task: `For the squared-error cost $E = \\frac12\\sum_k (a^{(L)}_k - y_k)^2$ and a sigmoid output layer, implement \`deltaOutput(aL, y)\` returning
$\\delta^{(L)}_k = \\pd{E}{z^{(L)}_k}$ for every output unit $k$.

\`aL\` is the output $a^{(L)} = h_\\Theta(x)$ (no bias unit) and \`y\` the target.`,
  entry: 'deltaOutput',
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  forbidden: forbid(...GRADIENT_FUNCTIONS),
  hints: [
    'Chain rule: $\\pd{E}{z^{(L)}_k} = \\pd{E}{a^{(L)}_k}\\cdot\\pd{a^{(L)}_k}{z^{(L)}_k}$.',
    'For the sigmoid, $g\'(z) = g(z)(1 - g(z)) = a(1 - a)$: no need for $z$ itself.',
  ],
  check(deltaOutput) {
    return checkNetworks().map(({ name, Theta, x, y }) => {
      const net = Network.fromWeights(Theta);
      const aL = forward(net, x).h;
      const expected = backprop(net, x, y, { cost: 'squared-error' }).delta(net.L);
      const input = S.list(`${plainLayer(layerSym.a(net.L))} = [${aL.map((v) => v.toFixed(4)).join(', ')}]`, `y = [${y.join(', ')}]`);
      const r = call(deltaOutput, [aL, y]);
      const delta = plainLayer(layerSym.delta(net.L));
      const what = S.names.forNetwork(delta, name);
      if ('error' in r) return threw(what, r.error, input);
      return diagnose(what, r.value, expected, vector(delta), input, mistakes(aL, y));
    });
  },
};

/** Typical wrong δ(L) for a sigmoid output and squared error, each with what to tell the reader. */
function mistakes(aL: number[], y: number[]): Mistake[] {
  const W = S.why.deltaOutput;
  return [
    { value: aL.map((a, k) => a - y[k]!), why: W.noGPrime },
    { value: aL.map((a, k) => (a - y[k]!) * sigmoidGradient(a)), why: W.gPrimeOfA },
    { value: aL.map((a, k) => (y[k]! - a) * a * (1 - a)), why: W.sign },
  ];
}
