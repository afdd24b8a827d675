import { Network, backprop, cost } from 'backprop';
import { compare, expectThat, show } from './kit';
import type { ExerciseDef } from './types';

/** J(z) = −Σ y_k log softmax(z)_k, computed by the module (log-sum-exp) on a network whose z(2) is its bias. */
function moduleCost(z: number[], y: number[]): number {
  return cost(Network.fromWeights([z.map((b) => [b, 0])], { output: 'softmax' }), [[0]], [y], { cost: 'softmax-cross-entropy' });
}

/** δ(2) = ∂J/∂z from the module's backprop on the same one-layer network. */
function moduleDelta(z: number[], y: number[]): number[] {
  return backprop(Network.fromWeights([z.map((b) => [b, 0])], { output: 'softmax' }), [0], y, { cost: 'softmax-cross-entropy' }).delta(2);
}

/** The inputs the checks use: lesson 9's output layer, four classes, soft targets, and z far beyond e^709. */
const CASES: { name: string; z: number[]; y: number[] }[] = [
  { name: "lesson 9's z(3)", z: [1.1059059671, 1.2249214041, 0.0817074402], y: [0, 1, 0] },
  { name: 'four classes', z: [2, -1, 0.5, 0], y: [0, 0, 0, 1] },
  { name: 'soft targets', z: [0.3, 0.1, -0.2], y: [0.2, 0.5, 0.3] },
  { name: 'huge z', z: [1000, 0, -1000], y: [0, 1, 0] },
];

/** Lesson 9: the output error of a softmax layer with the cross-entropy cost, δ(L) = h − y, computed stably. */
export const exercise: ExerciseDef = {
  id: 'softmax-delta',
  lesson: '09-softmax',
  title: 'The softmax layer’s δ',
  task: `Implement \`softmaxDelta(z, y)\`: the output error $\\delta_j = \\pd{J}{z_j}$ of a softmax output layer with the cost $J = -\\sum_k y_k \\log h_k$, where $h = \\operatorname{softmax}(z)$ and the targets $y_k \\ge 0$ add up to $1$.

It must also work for inputs like $z = (1000, 0, -1000)$, where $e^{z}$ overflows. Your answer is compared with the module's backpropagation and gradient-checked against central differences of the module's cost.`,
  entry: 'softmaxDelta',
  starter: `/** δ = ∂J/∂z for a softmax output and J = −Σ y_k log h_k. */
function softmaxDelta(z: number[], y: number[]): number[] {
  const e = z.map(Math.exp);
  const sum = e.reduce((s, v) => s + v, 0);
  const h = e.map((v) => v / sum);
  // TODO: this is ∂J/∂h, not ∂J/∂z: multiply by the softmax Jacobian
  return h.map((hk, k) => -y[k] / hk);
}

console.log(softmaxDelta([1.1059, 1.2249, 0.0817], [0, 1, 0])); // δ_2 should be about −0.5468`,
  solution: `/** δ = ∂J/∂z for a softmax output and J = −Σ y_k log h_k. */
function softmaxDelta(z: number[], y: number[]): number[] {
  const max = Math.max(...z);                       // softmax(z) = softmax(z − max): no overflow
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  // δ_j = Σ_k (−y_k / h_k) · h_k(δ_kj − h_j) = h_j Σ_k y_k − y_j = h_j − y_j
  return e.map((v, j) => v / sum - y[j]);
}

console.log(softmaxDelta([1.1059, 1.2249, 0.0817], [0, 1, 0])); // [0.4023, −0.5468, 0.1445]`,
  hints: [
    'The Jacobian of the softmax is $\\pd{h_k}{z_j} = h_k(\\delta_{kj} - h_j)$, and $\\pd{J}{h_k} = -y_k/h_k$. Multiply and sum over $k$.',
    'The sum collapses to $h_j \\sum_k y_k - y_j = h_j - y_j$.',
    'For large $z$, subtract $\\max_k z_k$ from every $z_k$ before exponentiating: the softmax does not change, and no exponent exceeds $0$.',
  ],
  check(softmaxDelta) {
    const exact = CASES.map(({ name, z, y }) => compare(`δ for ${name}`, softmaxDelta, [z, y], moduleDelta(z, y),
      `z = ${show(z)}, y = ${show(y)}`));
    // Central differences of the module's cost, one z_j at a time, against the reader's δ.
    const { z, y } = CASES[1]!, eps = 1e-5;
    const numeric = z.map((_, j) => {
      const up = z.map((v, i) => (i === j ? v + eps : v)), down = z.map((v, i) => (i === j ? v - eps : v));
      return (moduleCost(up, y) - moduleCost(down, y)) / (2 * eps);
    });
    let diff = Infinity;
    try {
      const mine = softmaxDelta(structuredClone(z) as never, structuredClone(y) as never) as number[];
      const norm = (v: number[]) => Math.hypot(...v);
      diff = norm(mine.map((d, j) => d - numeric[j]!)) / norm(mine.map((d, j) => d + numeric[j]!));
    } catch { diff = Infinity; }
    const gc = expectThat('gradient check, four classes', diff < 1e-7,
      `expected a relative difference to central differences below 1e-7, got ${show(diff)} for input z = ${show(z)}, y = ${show(y)}`,
      `relative difference to central differences ${show(diff)}`);
    return [...exact, gc];
  },
};
