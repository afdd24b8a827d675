import {
  backprop, backpropBatch, cost, forward, gradients, Network, numericalGradient, relativeDifference, softmax, Value,
  type Matrix,
} from '../backprop/index.ts';
import type { Scenario } from './scenario.ts';
import { CORE_SCENARIOS } from './scenarios-core.ts';
import { key, sym } from '../notation/symbol.ts';

/*
 * Worked examples of lessons 9 (softmax and cross-entropy) and 10 (the matrix form). As in scenarios-a.ts
 * and scenarios-b.ts, every number a lesson quotes is computed here with the module; nothing is typed in.
 */

const { classic } = CORE_SCENARIOS;

/** Θ(2) of lesson 9: the classic hidden layer feeding three softmax outputs (the third row is new). */
const THETA2_SOFTMAX = [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55], [0.2, -0.3, 0.1]];
const SOFTMAX: Readonly<Omit<Scenario, 'note' | 'extras'>> = {
  weights: [classic.weights[0]!, THETA2_SOFTMAX],
  x: classic.x,
  y: [0, 1, 0],
  cost: 'softmax-cross-entropy',
  options: { output: 'softmax' },
};

/** A network with one input fixed at 0 whose output inputs z(2) are just the biases: J as a function of z. */
function costOfZ(z: number[], y: number[]): number {
  const net = Network.fromWeights([z.map((b) => [b, 0])], { output: 'softmax' });
  return cost(net, [[0]], [y], { cost: 'softmax-cross-entropy' });
}

/** Lesson 9: the softmax Jacobian, δ as a vector–Jacobian product, a gradient check, and overflow. */
function softmaxExtras(v: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  const K = 3, h = [1, 2, 3].map((k) => v[key(sym.h(k))]!), y = SOFTMAX.y;
  out.sum_h = h[0]! + h[1]! + h[2]!;
  for (let k = 1; k <= K; k++) {
    out[`dJdh_${k}`] = y[k - 1]! === 0 ? 0 : -y[k - 1]! / h[k - 1]!;
    for (let j = 1; j <= K; j++) out[`jac_${k}_${j}`] = h[k - 1]! * ((k === j ? 1 : 0) - h[j - 1]!);
  }
  // δ_j = Σ_k ∂J/∂h_k · ∂h_k/∂z_j: the row vector ∂J/∂h times the Jacobian
  for (let j = 1; j <= K; j++) out[`vjp_${j}`] = [1, 2, 3].reduce((s, k) => s + out[`dJdh_${k}`]! * out[`jac_${k}_${j}`]!, 0);
  // The same classic network with two independent sigmoid outputs: their sum is not 1.
  const sig = forward(Network.fromWeights(classic.weights), classic.x).h;
  out.sig_sum = sig[0]! + sig[1]!;
  // Gradient check of the whole softmax network.
  const net = Network.fromWeights(SOFTMAX.weights.map((T) => T.map((r) => [...r])), SOFTMAX.options);
  const opts = { cost: SOFTMAX.cost };
  out.gc_rel = relativeDifference(numericalGradient(net, [SOFTMAX.x], [SOFTMAX.y], { ...opts, epsilon: 1e-5 }),
    gradients(net, [SOFTMAX.x], [SOFTMAX.y], opts).D);
  // Overflow: e^z is finite only up to ln(largest double); the module subtracts max z and uses log-sum-exp.
  out.ln_max = Math.log(Number.MAX_VALUE);
  const big = softmax([1000, 999, 998]);
  big.forEach((p, k) => (out[`big_h_${k + 1}`] = p));
  out.big_J = costOfZ([1000, 999, 998], [1, 0, 0]);
  out.under_J = costOfZ([-800, 0, 0], [1, 0, 0]);
  out.under_h_1 = softmax([-800, 0, 0])[0]!;
  return out;
}

/** The batch of lesson 10: three examples for the classic network (sigmoid outputs, cross-entropy). */
export const BATCH = {
  X: [[0.05, 0.1], [0.5, -0.2], [-0.3, 0.8]],
  Y: [[0.01, 0.99], [0.9, 0.1], [0.2, 0.6]],
};

/** E(l) of a batch as a matrix: row r is δ(l) of example r (l = 2..L). */
export function errorMatrix(net: Network, X: Matrix, Y: Matrix, l: number): Matrix {
  return backpropBatch(net, X, Y, { cost: 'cross-entropy' }).map((t) => t.delta(l));
}

/** Lesson 10: the batch gradient in matrix form, its W, b reading, a gate example and initialisation. */
function matrixExtras(): Record<string, number> {
  const out: Record<string, number> = { m: BATCH.X.length };
  const net = Network.fromWeights(classic.weights);
  const { D } = gradients(net, BATCH.X, BATCH.Y, { cost: 'cross-entropy' });
  D.forEach((Dl, l) => Dl.forEach((row, i) => row.forEach((d, j) => (out[`bD${l + 1}_${i + 1}_${j}`] = d))));
  for (const l of [2, 3]) {
    errorMatrix(net, BATCH.X, BATCH.Y, l).forEach((row, r) => row.forEach((e, k) => (out[`E${l}_${r + 1}_${k + 1}`] = e)));
  }
  backpropBatch(net, BATCH.X, BATCH.Y, { cost: 'cross-entropy' }).forEach((t, r) =>
    t.a(1).forEach((a, j) => (out[`A1_${r + 1}_${j}`] = a)));
  Object.assign(out, gateExample(), initExtras());
  return out;
}

/** CS231n's gate example f = 2(xy + max(z, w)) at x = 3, y = −4, z = 2, w = −1, reverse mode on `Value`. */
function gateExample(): Record<string, number> {
  const x = new Value(3, 'x'), y = new Value(-4, 'y'), z = new Value(2, 'z'), w = new Value(-1, 'w');
  // max(z, w) = w + relu(z − w): relu's local derivative (1 or 0) is exactly the router of a max gate.
  const f = x.mul(y).add(w.add(z.sub(w).relu())).mul(2);
  f.backward();
  return { gate_f: f.data, gate_dx: x.grad, gate_dy: y.grad, gate_dz: z.grad, gate_dw: w.grad };
}

/** Width and number of hidden layers of lesson 10's initialisation experiment. */
export const INIT = { width: 50, hidden: 10, seed: 3 } as const;

/** Half-widths ε of the uniform initialisations compared in lesson 10, for n units in and n out. */
export function initEpsilons(n: number): Record<'glorot' | 'he' | 'big', number> {
  return { glorot: Math.sqrt(6 / (n + n)), he: Math.sqrt(6 / n), big: 2 * Math.sqrt(6 / n) };
}

/** The deep ReLU network of the experiment, with weights uniform in [−ε, ε]. */
export function initNetwork(epsilon: number): Network {
  const sizes = [INIT.width, ...Array<number>(INIT.hidden).fill(INIT.width), INIT.width];
  return Network.random(sizes, { hidden: 'relu', output: 'linear', seed: INIT.seed, epsilonInit: epsilon });
}

/** The example pushed through it: x_j = sin(j), target 0, so δ(L) = h. */
export const INIT_X = Array.from({ length: INIT.width }, (_, j) => Math.sin(j + 1));

/** ‖δ(l)‖ at the output and at layer 2, and the mean factor per layer, for each initialisation. */
function initExtras(): Record<string, number> {
  const out: Record<string, number> = { init_width: INIT.width, init_hidden: INIT.hidden };
  const y = Array<number>(INIT.width).fill(0);
  for (const [name, eps] of Object.entries(initEpsilons(INIT.width))) {
    const net = initNetwork(eps);
    const t = backprop(net, INIT_X, y, { cost: 'squared-error' });
    const top = Math.hypot(...t.delta(net.L)), bottom = Math.hypot(...t.delta(2));
    out[`${name}_eps`] = eps;
    out[`${name}_top`] = top;
    out[`${name}_bottom`] = bottom;
    out[`${name}_factor`] = (bottom / top) ** (1 / (net.L - 2));
  }
  return out;
}

/** Scenarios of lessons 9 and 10. */
export const SCENARIOS_C = {
  /** The classic hidden layer with three softmax outputs, target class 2. */
  softmax: {
    weights: SOFTMAX.weights.map((T) => T.map((r) => [...r])),
    x: [...SOFTMAX.x],
    y: [...SOFTMAX.y],
    cost: SOFTMAX.cost,
    options: { ...SOFTMAX.options },
    note: 'Lesson 9: a 2-2-3 network with a softmax output and the softmax cross-entropy cost.',
    extras: softmaxExtras,
  },
  /** The classic network on a batch of three examples with cross-entropy. */
  matrixForm: {
    ...classic,
    y: BATCH.Y[0]!,
    x: BATCH.X[0]!,
    cost: 'cross-entropy',
    note: 'Lesson 10: the batch gradient (1/m) E(l+1)ᵀ A(l), a gate example and initialisation by variance.',
    extras: matrixExtras,
  },
} satisfies Record<string, Scenario>;
