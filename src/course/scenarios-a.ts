import {
  backprop, cost, forward, gradients, Network, sigmoidGradient, Value, type CostName, type Matrix,
} from '../backprop/index.ts';
import type { Scenario } from './scenario.ts';
import { CORE_SCENARIOS } from './scenarios-core.ts';

/*
 * Worked examples of lessons 2–5. Everything a lesson quotes beyond the standard values of a scenario is
 * an `extra`, computed here with the module, so no number in the text is typed by hand.
 */

const { classic } = CORE_SCENARIOS;
const classicNet = (): Network => Network.fromWeights(classic.weights);

/** A one-input sigmoid unit with $z = \Theta_{11}\cdot 1$, trained towards $y = 1$. */
function unit(z: number): Network {
  return Network.fromWeights([[[0, z]]]);
}

/** Output of the one-unit network after `steps` gradient-descent steps with α = 1 from $z = -4$ (lesson 2). */
function trainUnit(c: CostName, steps: number): number {
  const net = unit(-4);
  for (let s = 0; s < steps; s++) {
    const D = gradients(net, [[1]], [[1]], { cost: c }).D[0]!;
    net.setWeight(1, 1, 0, net.weight(1, 1, 0) - D[0]![0]!);
    net.setWeight(1, 1, 1, net.weight(1, 1, 1) - D[0]![1]!);
  }
  return forward(net, [1]).h[0]!;
}

/** δ = ∂J/∂z of the one-unit network at $z$ for target 1. */
const unitDelta = (z: number, c: CostName): number => backprop(unit(z), [1], [1], { cost: c }).delta(2)[0]!;

/** Lesson 2: a confidently wrong sigmoid unit under both costs (suffix m4 means z = −4). */
function costExtras(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [tag, z] of [['0', 0], ['m4', -4], ['m8', -8]] as const) {
    out[`h_z${tag}`] = forward(unit(z), [1]).h[0]!;
    out[`se_z${tag}`] = unitDelta(z, 'squared-error');
    out[`ce_z${tag}`] = unitDelta(z, 'cross-entropy');
  }
  out.ratio_zm4 = out.ce_zm4! / out.se_zm4!;
  for (const n of [10, 50]) {
    out[`se_after${n}`] = trainUnit('squared-error', n);
    out[`ce_after${n}`] = trainUnit('cross-entropy', n);
  }
  return out;
}

/** Sum of squares of Θ's entries, without (j ≥ 1) or only (j = 0) the bias column. */
function sumSquares(weights: Matrix[], bias: boolean): number {
  return weights.flat().reduce((s, row) => s + row.reduce((t, v, j) => t + ((j === 0) === bias ? v * v : 0), 0), 0);
}

/** Lesson 2: the classic example's cost term by term, under both costs, and regularised with λ = 1. */
function classicCostExtras(v: Readonly<Record<string, number>>): Record<string, number> {
  const net = classicNet(), X = [classic.x], Y = [classic.y];
  const ce = (h: number, y: number) => -(y * Math.log(h) + (1 - y) * Math.log(1 - h));
  return {
    se_1: 0.5 * (v.h_1! - v.y_1!) ** 2,
    se_2: 0.5 * (v.h_2! - v.y_2!) ** 2,
    omy_1: 1 - v.y_1!, omh_1: 1 - v.h_1!, omy_2: 1 - v.y_2!, omh_2: 1 - v.h_2!,
    ce_1: ce(v.h_1!, v.y_1!),
    ce_2: ce(v.h_2!, v.y_2!),
    J_ce: cost(net, X, Y, { cost: 'cross-entropy' }),
    lambda: 1,
    sumSq: sumSquares(classic.weights, false),
    sumSqBias: sumSquares(classic.weights, true),
    penalty: (1 / 2) * sumSquares(classic.weights, false),
    J_reg: cost(net, X, Y, { cost: 'squared-error', lambda: 1 }),
    logit99: Math.log(0.99 / 0.01),
    // The least cross-entropy soft targets allow, reached at h = y: the entropy Σ H(y_k), not 0.
    // A one-layer network with zero input weights whose biases are the logits of y outputs h = y exactly.
    ce_min: cost(Network.fromWeights([[[Math.log(v.y_1! / (1 - v.y_1!)), 0], [Math.log(v.y_2! / (1 - v.y_2!)), 0]]]), [[0]], Y, { cost: 'cross-entropy' }),
  };
}

/** $e = (a+b)(b+1)$ at $a, b$ with the module's scalar graph: values and reverse-mode gradient. */
function graphE(a0: number, b0: number) {
  const a = new Value(a0, 'a'), b = new Value(b0, 'b');
  const c = a.add(b), d = b.add(1), e = c.mul(d);
  e.backward();
  return { a, b, c, d, e };
}

/** Central difference of `f` at `x` with step `h`. */
const central = (f: (x: number) => number, x: number, h = 1e-5): number => (f(x + h) - f(x - h)) / (2 * h);

/** Lesson 3: the graph e = (a+b)(b+1) and the classic network's hidden unit, checked by differences. */
function chainExtras(v: Readonly<Record<string, number>>): Record<string, number> {
  const g = graphE(2, 1), step = 0.01, moved = graphE(2, 1 + step);
  const eOf = (b: number) => graphE(2, b).e.data;
  // J as a function of a(2)_1 alone: the output layer is a one-layer network fed (a(2)_1, a(2)_2).
  const top = Network.fromWeights([classic.weights[1]!]);
  const JofA = (a: number) => cost(top, [[a, v.a2_2!]], [classic.y], { cost: 'squared-error' });
  const withTheta = (t: number, f: (net: Network) => number) => {
    const net = classicNet();
    net.setWeight(1, 1, 1, t);
    return f(net);
  };
  const a21 = (t: number) => withTheta(t, (net) => forward(net, classic.x).a(2)[1]!);
  const J = (t: number) => withTheta(t, (net) => cost(net, [classic.x], [classic.y], { cost: 'squared-error' }));
  const nudge = 0.01;
  return {
    ga: g.a.data, gb: g.b.data, gc: g.c.data, gd: g.d.data, ge: g.e.data,
    g_dedc: g.d.data, g_dedd: g.c.data, g_prod: g.d.data * g.c.data, g_dedb: g.b.grad, g_deda: g.a.grad,
    g_step: step, g_c2: moved.c.data, g_d2: moved.d.data, g_e2: moved.e.data,
    g_de: moved.e.data - g.e.data,
    g_lin_c: g.d.data * step, g_lin_d: g.c.data * step, g_lin: (g.d.data + g.c.data) * step,
    g_cross: step * step,
    g_fd1: (eOf(1 + 0.01) - eOf(1)) / 0.01,
    g_fd2: (eOf(1 + 0.001) - eOf(1)) / 0.001,
    g_fdc: central(eOf, 1),
    dadtheta: sigmoidGradient(v.z2_1!) * v.x_1!,
    fd_dadtheta: central(a21, v.Theta1_1_1!),
    n_step: nudge,
    n_dz3_1: v.Theta2_1_1! * nudge,
    n_dz3_2: v.Theta2_2_1! * nudge,
    n_lin_1: v.path_1_1_1_1! * nudge,
    n_lin_2: v.path_1_1_1_2! * nudge,
    n_lin: v.f1_1_1_1! * nudge,
    n_dJ: JofA(v.a2_1! + nudge) - JofA(v.a2_1!),
    fd_dJda21: central(JofA, v.a2_1!),
    fd_D1_1_1: central(J, v.Theta1_1_1!),
  };
}

/** Lesson 4: finite-difference checks of g'(z) and of two gradients under cross-entropy. */
function derivingExtras(v: Readonly<Record<string, number>>): Record<string, number> {
  const J = (l: number, i: number, j: number) => (t: number) => {
    const net = Network.fromWeights(classic.weights);
    net.setWeight(l, i, j, t);
    return cost(net, [classic.x], [classic.y], { cost: 'cross-entropy' });
  };
  const sig = (z: number) => 1 / (1 + Math.exp(-z));
  return {
    // Row 0 of (Θ(2))ᵀδ(3): the bias unit's would-be error, computed and then dropped.
    biasRow: v.Theta2_1_0! * v.delta3_1! + v.Theta2_2_0! * v.delta3_2!,
    gprime_formula: v.a2_1! * (1 - v.a2_1!),
    gprime_fd: central(sig, v.z2_1!),
    fd_D2_1_1: central(J(2, 1, 1), v.Theta2_1_1!),
    fd_D1_1_1: central(J(1, 1, 1), v.Theta1_1_1!),
    fd_D1_2_0: central(J(1, 2, 0), v.Theta1_2_0!),
  };
}

/** The learning rate of lesson 5's step. */
const ALPHA = 0.5;

/** Θ − α·D for the classic example: the weights after one gradient-descent step (lesson 5). */
function classicStepWeights(): Matrix[] {
  const { D } = gradients(classicNet(), [classic.x], [classic.y], { cost: 'squared-error' });
  return classic.weights.map((W, l) => W.map((row, i) => row.map((t, j) => t - ALPHA * D[l]![i]![j]!)));
}

/** Lesson 5: the weights and gradient before the step (`T0_l_i_j`, `G0_l_i_j`), the step's effect, time and memory. */
function stepExtras(v: Readonly<Record<string, number>>): Record<string, number> {
  const before = gradients(classicNet(), [classic.x], [classic.y], { cost: 'squared-error' });
  const out: Record<string, number> = {};
  classic.weights.forEach((W, l) => W.forEach((row, i) => row.forEach((t, j) => {
    out[`T0_${l + 1}_${i + 1}_${j}`] = t;
    out[`G0_${l + 1}_${i + 1}_${j}`] = before.D[l]![i]![j]!;
  })));
  const sq = before.D.flat(2).reduce((s, d) => s + d * d, 0);
  // Multiply-adds per example: forward W, backward ≤ 2W (Θᵀδ and the outer product); a central
  // difference needs two forward passes per weight.
  const count = (sizes: number[]) => sizes.slice(1).reduce((s, n, l) => s + n * (sizes[l]! + 1), 0);
  const units = (sizes: number[]) => sizes.reduce((s, n, l) => s + n + (l < sizes.length - 1 ? 1 : 0), 0);
  const W = count([400, 25, 10]);
  return {
    ...out,
    alpha: ALPHA,
    J_before: before.J,
    dJ: v.J! - before.J,
    dJ_pred: -ALPHA * sq,
    W_classic: count([2, 2, 2]),
    W_digits: W,
    A_digits: units([400, 25, 10]),
    ops_bp: 3 * W,
    ops_fd: 2 * W * W,
    speedup: (2 * W * W) / (3 * W),
  };
}

/** A second example for lesson 5's batch of m = 2, and the regularised gradient with λ = 1. */
const SECOND = { x: [0.1, 0.05], y: [0.99, 0.01] };
function batchExtras(v: Readonly<Record<string, number>>): Record<string, number> {
  const net = classicNet(), X = [classic.x, SECOND.x], Y = [classic.y, SECOND.y];
  const two = backprop(net, SECOND.x, SECOND.y, { cost: 'squared-error' });
  const plain = gradients(net, X, Y, { cost: 'squared-error' });
  const reg = gradients(net, X, Y, { cost: 'squared-error', lambda: 1 });
  return {
    m: 2, lambda: 1,
    x2_1: SECOND.x[0]!, x2_2: SECOND.x[1]!, y2_1: SECOND.y[0]!, y2_2: SECOND.y[1]!,
    ex2_D2_1_1: two.D(2)[0]![1]!, ex2_D2_1_0: two.D(2)[0]![0]!,
    Delta2_1_1: plain.Delta[1]![0]![1]!, Delta2_1_0: plain.Delta[1]![0]![0]!,
    Dplain2_1_1: plain.D[1]![0]![1]!,
    Dreg_term: (1 / 2) * v.Theta2_1_1!,
    Dreg2_1_1: reg.D[1]![0]![1]!, Dreg2_1_0: reg.D[1]![0]![0]!,
    Jplain: plain.J, Jreg: reg.J,
  };
}

/** Scenarios quoted by lessons 2–5. */
export const SCENARIOS_A = {
  /** Lesson 2: one sigmoid unit, z = −4, target 1 — confidently wrong. */
  sigmoidUnit: {
    weights: [[[0, -4]]], x: [1], y: [1], cost: 'cross-entropy', extras: costExtras,
    note: 'Lesson 2: why squared error with a sigmoid output learns slowly when confidently wrong.',
  },
  /** Lesson 2: the classic example's cost, term by term and regularised. */
  classicCost: { ...classic, extras: classicCostExtras, note: 'Lesson 2: the cost of the classic example.' },
  /** Lesson 3: the graph e = (a+b)(b+1) and the classic hidden unit's two paths. */
  chainGraph: { ...classic, extras: chainExtras, note: 'Lesson 3: why the chain-rule terms add, with numbers.' },
  /** Lesson 4: the classic network with cross-entropy, plus finite-difference checks. */
  deriving: { ...CORE_SCENARIOS.classicCE, extras: derivingExtras, note: 'Lesson 4: δ(3) = a(3) − y and its checks.' },
  /** Lesson 5: the classic network after one gradient-descent step with α = 0.5. */
  classicStep: {
    ...classic, weights: classicStepWeights(), extras: stepExtras,
    note: 'Lesson 5: the updated weights and the new cost after one step.',
  },
  /** Lesson 5: the classic example plus a second one (m = 2), with λ = 1. */
  classicBatch: { ...classic, extras: batchExtras, note: 'Lesson 5: Δ and D over m = 2 examples.' },
} satisfies Record<string, Scenario>;
