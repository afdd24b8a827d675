import { Network, backprop, forward, sigmoidGradient, type Matrix } from 'backprop';
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

/** Lesson 4: the hidden-layer error δ(l) = (Θ(l))ᵀδ(l+1) ⊙ g'(z(l)). */
export const exercise: ExerciseDef = {
  id: 'delta-hidden',
  lesson: '04-deriving-backprop',
  title: 'The hidden error δ(l)',
  task: `Implement \`deltaHidden(Theta, deltaNext, a)\`: the error of a sigmoid hidden layer,
$\\dl{l} = \\left((\\Th{l})^T \\dl{l+1}\\right) \\odot g'(\\zl{l})$.

\`Theta\` is $\\Th{l}$ (its column 0 multiplies the bias unit), \`deltaNext\` is $\\dl{l+1}$, and \`a\` is $\\al{l}$ with the bias unit $a_0 = 1$ first. Return $\\dl{l}$ without a bias entry (the bias unit has no error to pass back).`,
  entry: 'deltaHidden',
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  forbidden: forbid(...GRADIENT_FUNCTIONS),
  hints: [
    '`back[0]` belongs to the bias unit: `back.slice(1)` keeps units $1..s_l$.',
    'Unit $j$ of the result uses $a_j$, which is `a[j + 1]` once the bias is dropped from `back` but not from `a`.',
  ],
  check(deltaHidden) {
    return checkNetworks().flatMap(({ name, Theta, x, y }) => {
      const net = Network.fromWeights(Theta);
      const trace = backprop(net, x, y, { cost: 'squared-error' });
      const pass = forward(net, x);
      const out = [];
      // In the order backpropagation computes them: δ(L−1) first.
      for (let l = net.L - 1; l >= 2; l--) {
        const args = [Theta[l - 1]!, trace.delta(l + 1), pass.a(l)] as const;
        const delta = plainLayer(layerSym.delta(l));
        const what = S.names.forNetwork(delta, name);
        const r = call(deltaHidden, [...args]);
        out.push('error' in r ? threw(what, r.error)
          : diagnose(what, r.value, trace.delta(l), vector(delta), '', mistakes(l, ...args)));
      }
      return out;
    });
  },
};

/** Typical wrong δ(l), computed independently of the reference module, each with what to tell the reader. */
function mistakes(l: number, Theta: Matrix, deltaNext: number[], a: number[]): Mistake[] {
  const W = S.why.deltaHidden;
  const cols = Theta[0]!.length;
  // (Θᵀ δ)_j for every column j = 0..s_l, bias column included
  const back = Array.from({ length: cols }, (_, j) => Theta.reduce((s, row, i) => s + row[j]! * deltaNext[i]!, 0));
  const gp = (v: number) => v * (1 - v);
  const unit = back.slice(1);
  return [
    { value: back, why: W.biasAndNoGPrime(l) },
    { value: back.map((b, j) => b * gp(a[j]!)), why: W.biasKept(l) },
    { value: unit, why: W.noGPrime(l) },
    { value: unit.map((b, j) => b * gp(a[j]!)), why: W.shiftedA },
    { value: back.slice(0, -1).map((b, j) => b * gp(a[j + 1]!)), why: W.shiftedColumn(l) },
    { value: unit.map((b, j) => b * sigmoidGradient(a[j + 1]!)), why: W.gPrimeOfA },
  ];
}
