import { Network, backprop, cost, softmax } from 'backprop';
import { call, expectThat, forInput, show, threw } from '../kit';
import { diagnose, firstDifference, vector, type Mistake } from '../diagnose';
import { forbid, GRADIENT_FUNCTIONS } from '../references';
import { S } from '../strings';
import { cellText } from '../source';
import type { CheckResult, ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';

/** J(z) = −Σ y_k log softmax(z)_k, computed by the module (log-sum-exp) on a network whose z(2) is its bias. */
function moduleCost(z: number[], y: number[]): number {
  return cost(Network.fromWeights([z.map((b) => [b, 0])], { output: 'softmax' }), [[0]], [y], { cost: 'softmax-cross-entropy' });
}

/** δ(2) = ∂J/∂z from the module's backprop on the same one-layer network. */
function moduleDelta(z: number[], y: number[]): number[] {
  return backprop(Network.fromWeights([z.map((b) => [b, 0])], { output: 'softmax' }), [0], y, { cost: 'softmax-cross-entropy' }).delta(2);
}

/** The inputs the checks use: lesson 9's output layer, four classes, soft targets, and z far beyond e^709. */
const cases = (): { name: string; z: number[]; y: number[] }[] => [
  { name: S.softmaxCases.lesson9, z: [1.1059059671, 1.2249214041, 0.0817074402], y: [0, 1, 0] },
  { name: S.softmaxCases.fourClasses, z: [2, -1, 0.5, 0], y: [0, 0, 0, 1] },
  { name: S.softmaxCases.softTargets, z: [0.3, 0.1, -0.2], y: [0.2, 0.5, 0.3] },
  { name: S.softmaxCases.hugeZ, z: [1000, 0, -1000], y: [0, 1, 0] },
];

/** Lesson 9: the output error of a softmax layer with the cross-entropy cost, δ(L) = h − y, computed stably. */
export const exercise: ExerciseDef = {
  id: 'softmax-delta',
  lesson: '09-softmax',
  title: 'The softmax layer’s δ',
  task: `Implement \`softmaxDelta(z, y)\`: the output error $\\delta_j = \\pd{J}{z_j}$ of a softmax output layer with the cost $J = -\\sum_k y_k \\log h_k$, where $h = \\operatorname{softmax}(z)$ and the targets $y_k \\ge 0$ add up to $1$.

It must also work for inputs like $z = (1000, 0, -1000)$, where $e^{z}$ overflows. Your answer is compared with the module's backpropagation and gradient-checked against central differences of the module's cost.`,
  entry: 'softmaxDelta',
  starter: cellText(starter),
  solution: cellText(solution),
  forbidden: forbid(...GRADIENT_FUNCTIONS, 'softmax'),
  hints: [
    'The Jacobian of the softmax is $\\pd{h_k}{z_j} = h_k(\\delta_{kj} - h_j)$, and $\\pd{J}{h_k} = -y_k/h_k$. Multiply and sum over $k$.',
    'The sum collapses to $h_j \\sum_k y_k - y_j = h_j - y_j$.',
    'For large $z$, subtract $\\max_k z_k$ from every $z_k$ before exponentiating: the softmax does not change, and no exponent exceeds $0$.',
  ],
  check(softmaxDelta) {
    const exact = cases().map(({ name, z, y }): CheckResult => {
      const input = S.list(`z = ${show(z)}`, `y = ${show(y)}`), what = S.names.forNetwork('δ', name);
      const r = call(softmaxDelta, [z, y]);
      if ('error' in r) return threw(what, r.error, input);
      const expected = moduleDelta(z, y), naming = vector('δ(L)');
      if (!hasNonFinite(r.value)) return diagnose(what, r.value, expected, naming, input, mistakes(z, y));
      const diff = firstDifference(r.value, expected, naming) ?? '';
      return { name: what, pass: false, message: `${diff}${S.likely(S.why.softmaxDelta.overflow)}${forInput(input)}` };
    });
    // Central differences of the module's cost, one z_j at a time, against the reader's δ.
    const { name, z, y } = cases()[1]!, eps = 1e-5;
    const input = S.list(`z = ${show(z)}`, `y = ${show(y)}`);
    const numeric = z.map((_, j) => {
      const up = z.map((v, i) => (i === j ? v + eps : v)), down = z.map((v, i) => (i === j ? v - eps : v));
      return (moduleCost(up, y) - moduleCost(down, y)) / (2 * eps);
    });
    let diff = Infinity;
    const r = call(softmaxDelta, [z, y]);
    if (Array.isArray(r.value) && r.value.length === z.length) {
      const mine = r.value as number[], norm = (v: number[]) => Math.hypot(...v);
      diff = norm(mine.map((d, j) => d - numeric[j]!)) / norm(mine.map((d, j) => d + numeric[j]!));
    }
    if (Number.isNaN(diff)) diff = Infinity;
    const gc = expectThat(S.names.gradientCheckOf(name), diff < 1e-7,
      `${S.gcCentral('1e-7', show(diff))}${forInput(input)}`, S.gcCentralPass(show(diff)));
    return [...exact, gc];
  },
};

/** True when a returned list holds NaN or ±Infinity (what an unshifted e^z gives). */
function hasNonFinite(v: unknown): boolean {
  return Array.isArray(v) && v.some((x) => typeof x === 'number' && !Number.isFinite(x));
}

/** Typical wrong δ for a softmax output and cross-entropy, each with what to tell the reader. */
function mistakes(z: number[], y: number[]): Mistake[] {
  const W = S.why.softmaxDelta, h = softmax(z);
  return [
    { value: h.map((hk, k) => -y[k]! / hk), why: W.dJdh },
    { value: h.map((hk, k) => -y[k]! * (1 - hk)), why: W.diagonalOnly },
    { value: h, why: W.noMinusY },
    { value: h.map((hk, k) => y[k]! - hk), why: W.sign },
  ];
}
