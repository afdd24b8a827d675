import {
  backprop, cost, fit, forward, forwardMode, gradients, Network, networkGraph, numericalGradient, relativeDifference,
  reverseMode, sigmoidGradient, train, Value, xor, curve1d, type Matrix,
} from '../backprop/index.ts';
import type { Scenario } from './scenario.ts';
import { CORE_SCENARIOS, ONE_UNIT_EXAMPLE } from './scenarios-core.ts';

/*
 * Worked examples of lessons 6–8. As in scenarios-a.ts, every number a lesson quotes beyond the standard
 * values is an `extra` computed here with the module; nothing is typed into the text.
 */

const { classic } = CORE_SCENARIOS;
const SE = { cost: 'squared-error' } as const;
const X = [classic.x], Y = [classic.y];

/** The exponents k of the steps ε = 10^−k that lesson 6 sweeps. */
export const EPSILON_EXPONENTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** J of the classic example as a function of Θ(1)_11 alone. */
function J111(t: number): number {
  const net = Network.fromWeights(classic.weights);
  net.setWeight(1, 1, 1, t);
  return cost(net, X, Y, SE);
}

/**
 * The planted bug of lesson 6: δ(2) multiplies by g′ of the *activation* a(2) instead of g′(z(2)), i.e.
 * `sigmoidGradient(a)` where `a·(1 − a)` was meant. Returns D(1), D(2). (The find-the-bug exercise plants a
 * different bug, a bias column that is not skipped.)
 */
export function buggyGradient(weights: Matrix[], x: number[], y: number[]): Matrix[] {
  const t = backprop(Network.fromWeights(weights), x, y, SE);
  const a1 = t.a(1), a2 = t.a(2), d3 = t.delta(3), T2 = weights[1]!;
  const d2 = a2.slice(1).map((a, i) => d3.reduce((s, d, k) => s + T2[k]![i + 1]! * d, 0) * sigmoidGradient(a));
  return [d2.map((d) => a1.map((a) => d * a)), t.D(2)];
}

/** Lesson 6: one-sided and central differences, the ε sweep, the planted bug, and the usual pitfalls. */
function checkExtras(v: Readonly<Record<string, number>>): Record<string, number> {
  const net = Network.fromWeights(classic.weights), t = v.Theta1_1_1!, exact = v.D1_1_1!;
  const D = gradients(net, X, Y, SE).D;
  const out: Record<string, number> = { theta: t };
  for (const k of EPSILON_EXPONENTS) {
    const e = 10 ** -k;
    out[`fwd_e${k}`] = Math.abs((J111(t + e) - J111(t)) / e - exact);
    out[`cen_e${k}`] = Math.abs((J111(t + e) - J111(t - e)) / (2 * e) - exact);
    out[`rel_e${k}`] = relativeDifference(numericalGradient(net, X, Y, { ...SE, epsilon: e }), D);
  }
  const best = EPSILON_EXPONENTS.reduce((b, k) => (out[`rel_e${k}`]! < out[`rel_e${b}`]! ? k : b));
  out.best_k = best;
  out.best_rel = out[`rel_e${best}`]!;
  // Taylor's prediction of the two errors: ε/2·|J″| and ε²/6·|J‴|, derivatives by wide differences.
  const h = 1e-2;
  out.J2 = (J111(t + h) - 2 * J111(t) + J111(t - h)) / (h * h);
  out.J3 = (J111(t + 2 * h) - 2 * J111(t + h) + 2 * J111(t - h) - J111(t - 2 * h)) / (2 * h ** 3);
  out.fwd_pred_e2 = (1e-2 / 2) * Math.abs(out.J2);
  out.cen_pred_e2 = (1e-4 / 6) * Math.abs(out.J3);
  // Round-off: doubles carry 53 bits, so each J is off by up to u·|J|; the best ε balances the two errors.
  out.u = 2 ** -53;
  out.cbrt_u = Math.cbrt(out.u);
  // The planted bug: D(2) is right, D(1) is not, and the check sees it.
  const bug = buggyGradient(classic.weights, classic.x, classic.y);
  const num = numericalGradient(net, X, Y, SE);
  out.bug_D1_1_1 = bug[0]![0]![1]!;
  out.num_D1_1_1 = num[0]![0]![1]!;
  out.bug_rel = relativeDifference(num, bug);
  out.bug_rel_D2 = relativeDifference(num[1]!, bug[1]!);
  out.bug_rel_D1 = relativeDifference(num[0]!, bug[0]!);
  out.ok_rel = relativeDifference(num, D);
  // Regularisation on one side only.
  out.reg_rel = relativeDifference(numericalGradient(net, X, Y, SE), gradients(net, X, Y, { ...SE, lambda: 1 }).D);
  // Cost of checking the 400-25-10 digit network: 2 evaluations of J per weight, each O(W).
  const W = 25 * 401 + 10 * 26;
  Object.assign(out, { W_big: W, evals_big: 2 * W, ops_big: 2 * W * W, W_classic: 12, evals_classic: 24 });
  Object.assign(out, reluKink());
  return out;
}

/** A ReLU unit whose input z sits 3·10⁻⁵ from the kink: with ε = 10⁻⁴ the difference straddles it. */
function reluKink(): Record<string, number> {
  const weights = [[[0.00001, 0.00002]], [[0, 1]]], x = [1], y = [1];
  const opts = { hidden: 'relu', output: 'linear' } as const;
  const net = Network.fromWeights(weights, opts);
  const bp = gradients(net, [x], [y], SE).D, num = numericalGradient(net, [x], [y], { ...SE, epsilon: 1e-4 });
  return {
    kink_z: forward(net, x).z(2)[0]!, kink_bp: bp[0]![0]![0]!, kink_num: num[0]![0]![0]!,
    kink_rel: relativeDifference(num, bp),
    kink_rel_small: relativeDifference(numericalGradient(net, [x], [y], { ...SE, epsilon: 1e-6 }), bp),
  };
}

/** $e = (a+b)(b+1)$ at a = 2, b = 1, built fresh (a graph is consumed by one backward pass). */
function graphE() {
  const a = new Value(2, 'a'), b = new Value(1, 'b');
  const c = a.add(b), d = b.add(1);
  return { a, b, c, d, e: c.mul(d) };
}

/** Weights of a seeded random network, for the operation counts of lesson 7. */
function counts(sizes: number[], tag: string): Record<string, number> {
  const net = Network.random(sizes, { seed: 7 });
  const x = Array.from({ length: sizes[0]! }, (_, i) => (i + 1) / 10), y = Array(sizes.at(-1)!).fill(1);
  const fg = networkGraph(net, x, y, SE), fm = forwardMode(fg.J, fg.weights);
  const rg = networkGraph(net, x, y, SE), rm = reverseMode(rg.J, rg.weights);
  return {
    [`W_${tag}`]: rg.weights.length, [`fm_passes_${tag}`]: fm.passes, [`fm_ops_${tag}`]: fm.operations,
    [`rm_passes_${tag}`]: rm.passes, [`rm_ops_${tag}`]: rm.operations, [`ratio_${tag}`]: fm.operations / rm.operations,
  };
}

/** Lesson 7: the graph article's example in both modes, and the seed's cost as a graph. */
function graphExtras(): Record<string, number> {
  const g = graphE(), fm = forwardMode(g.e, [g.a, g.b]);
  const r = graphE(), rm = reverseMode(r.e, [r.a, r.b]);
  const out: Record<string, number> = {
    ga: g.a.data, gb: g.b.data, gc: g.c.data, gd: g.d.data, ge: g.e.data,
    fm_deda: fm.gradient[0]!, fm_dedb: fm.gradient[1]!, fm_passes: fm.passes, fm_ops: fm.operations,
    rm_deda: rm.gradient[0]!, rm_dedb: rm.gradient[1]!, rm_passes: rm.passes, rm_ops: rm.operations,
    rm_dedc: r.c.grad, rm_dedd: r.d.grad,
  };
  // The classic network's cost as a graph: reverse mode on it is backpropagation.
  const net = Network.fromWeights(classic.weights), graph = networkGraph(net, classic.x, classic.y, SE);
  const rev = reverseMode(graph.J, graph.weights), D = gradients(net, X, Y, SE).D.flat(2);
  out.graph_J = graph.J.data;
  out.graph_D1_1_1 = graph.Theta[0]![0]![1]!.grad;
  out.graph_D2_1_1 = graph.Theta[1]![0]![1]!.grad;
  out.graph_maxdiff = Math.max(...rev.gradient.map((gr, i) => Math.abs(gr - D[i]!)));
  out.graph_nodes = graphSize(graph.J);
  return { ...out, ...unitExtras(), ...counts([2, 2, 2], 'classic'), ...counts([4, 8, 1], 'small'), ...counts([16, 16, 1], 'mid') };
}

/** The ComputationGraph widget's "seed-cost": {@link ONE_UNIT_EXAMPLE}, one sigmoid unit and one example. */
function unitExtras(): Record<string, number> {
  const { weights, x, y, cost } = ONE_UNIT_EXAMPLE, net = Network.fromWeights(weights);
  const g = networkGraph(net, x, y, { cost }), rm = reverseMode(g.J, g.weights);
  const f = networkGraph(net, x, y, { cost }), fm = forwardMode(f.J, f.weights);
  const D = gradients(net, [x], [y], { cost }).D[0]![0]!;
  const p = forward(net, x);
  return {
    unit_z: p.z(2)[0]!, unit_h: p.h[0]!, unit_J: g.J.data, unit_y: y[0]!,
    unit_D0: rm.gradient[0]!, unit_D1: rm.gradient[1]!, unit_D2: rm.gradient[2]!,
    unit_maxdiff: Math.max(...rm.gradient.map((v, j) => Math.abs(v - D[j]!))),
    unit_nodes: graphSize(g.J), unit_fm_ops: fm.operations, unit_rm_ops: rm.operations, unit_fm_passes: fm.passes,
  };
}

/** Number of operation nodes (not leaves) of a graph. */
function graphSize(out: Value): number {
  const seen = new Set<Value>(), stack = [out];
  let n = 0;
  while (stack.length) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    if (v.parents.length) n++;
    stack.push(...v.parents);
  }
  return n;
}

/** The learning rates of lesson 8's XOR runs, and the epochs at which the loss is quoted. */
export const RATES = [0.1, 1, 5, 20, 100] as const;
const rateTag = (r: number) => String(r).replace('.', '');

/**
 * Lesson 8: learning rates, symmetry, mini-batches and momentum, and vanishing gradients. `lr…_e100` is
 * J after 100 updates (`losses[100]` is recorded before update 101); `lr…_final` is J after the last of
 * 2000 updates, which the lesson's cell prints as `r.loss`.
 */
function trainingExtras(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of RATES) {
    const res = fit(Network.random([2, 3, 1], { seed: 2 }), xor(), { learningRate: r, epochs: 2000, cost: 'cross-entropy' });
    out.lr_start = res.losses[0]!;
    for (const e of [100, 500]) out[`lr${rateTag(r)}_e${e}`] = res.losses[e]!;
    out[`lr${rateTag(r)}_final`] = res.loss;
  }
  // α = 0.1 leaves the start slowly: the first epoch at which J is within 0.01 of ln 2.
  const slow = fit(Network.random([2, 3, 1], { seed: 2 }), xor(), { learningRate: 0.1, epochs: 2000, cost: 'cross-entropy' });
  out.lr01_plateau_epoch = slow.losses.findIndex((J) => J < Math.log(2) + 0.01);
  // A true divergence: linear regression on curve1d with α = 5 overflows.
  const lin = fit(Network.random([1, 1], { output: 'linear', seed: 1 }), curve1d(), { learningRate: 5, epochs: 2000 });
  Object.assign(out, { div_steps: lin.steps, div_l1: lin.losses[0]!, div_l2: lin.losses[1]!, div_l3: lin.losses[2]!, div_l4: lin.losses[3]! });
  Object.assign(out, tooLarge(), symmetry(), speed(), noiseFloor(), vanishing());
  return out;
}

/**
 * The α = 100 XOR run, dissected: after 1999 and after 2000 updates, the largest pre-activation of each
 * hidden unit over the four inputs, the output unit's bias, and J. The hidden units are dead (z ≪ 0 on
 * every input); the output bias flips sign every step.
 */
function tooLarge(): Record<string, number> {
  const out: Record<string, number> = { big_alpha: 100 };
  const data = xor();
  for (const epochs of [1999, 2000]) {
    const net = Network.random([2, 3, 1], { seed: 2 });
    const r = fit(net, data, { learningRate: 100, epochs, cost: 'cross-entropy' });
    const zs = data.X.map((x) => forward(net, x).z(2));
    for (let i = 0; i < 3; i++) out[`big_zmax${i + 1}_${epochs}`] = Math.max(...zs.map((z) => z[i]!));
    out[`big_bias_${epochs}`] = net.weight(2, 1, 0);
    out[`big_J_${epochs}`] = r.loss;
    out[`big_grad_${epochs}`] = gradients(net, data.X, data.Y, { cost: 'cross-entropy' }).D[1]![0]![0]!;
  }
  out.big_zmax = Math.max(out.big_zmax1_2000!, out.big_zmax2_2000!, out.big_zmax3_2000!);
  out.big_jump = 100 * Math.abs(out.big_grad_2000!);
  return out;
}

/** All-zero weights: the two hidden units of the classic network stay identical; XOR does not move at all. */
function symmetry(): Record<string, number> {
  const zeros = classic.weights.map((T) => T.map((row) => row.map(() => 0)));
  const net = Network.fromWeights(zeros);
  fit(net, { X, Y }, { learningRate: 0.5, epochs: 100, ...SE });
  const [T1, T2] = net.weights() as [Matrix, Matrix];
  const rowGap = Math.max(...T1[0]!.map((w, j) => Math.abs(w - T1[1]![j]!)));
  const colGap = Math.max(...T2.map((row) => Math.abs(row[1]! - row[2]!)));
  const x0 = new Network([2, 3, 1]);
  const stuck = fit(x0, xor(), { learningRate: 1, epochs: 2000, cost: 'cross-entropy' });
  const moved = Math.max(...x0.weights().flat(2).map(Math.abs));
  const rand = fit(Network.random([2, 3, 1], { seed: 2 }), xor(), { learningRate: 1, epochs: 2000, cost: 'cross-entropy' });
  return {
    sym_steps: 100, sym_alpha: 0.5,
    sym_T1_1_0: T1[0]![0]!, sym_T1_1_1: T1[0]![1]!, sym_T1_1_2: T1[0]![2]!,
    sym_T1_2_0: T1[1]![0]!, sym_T1_2_1: T1[1]![1]!, sym_T1_2_2: T1[1]![2]!,
    sym_T2_1_1: T2[0]![1]!, sym_T2_1_2: T2[0]![2]!, sym_rowgap: rowGap, sym_colgap: colGap,
    zero_xor_loss: stuck.loss, zero_xor_maxw: moved, ln2: Math.log(2), rand_xor_loss: rand.loss,
  };
}

/**
 * Epochs and updates until J on all 200 XOR points falls below 0.1, per batch size and momentum: J is measured
 * after every update on the whole data set (a step's own `loss` is its mini-batch's cost, measured before the
 * update: one lucky batch of 10 would stop the count while J is still far above 0.1).
 */
function speed(): Record<string, number> {
  const data = xor({ n: 200, seed: 2 });
  const CE = { cost: 'cross-entropy' } as const;
  const run = (batchSize: number, momentum: number) => {
    const net = Network.random([2, 8, 1], { hidden: 'tanh', seed: 3 });
    for (const s of train(net, data, { learningRate: 0.5, batchSize, momentum, epochs: 3000, ...CE })) {
      if (cost(net, data.X, data.Y, CE) < 0.1) return [s.epoch, s.step];
    }
    return [Infinity, Infinity];
  };
  const out: Record<string, number> = { sp_m: 200, sp_alpha: 0.5, sp_mu: 0.9, sp_batch: 10, sp_target: 0.1, sp_factor: 1 / (1 - 0.9) };
  for (const [tag, b, mu] of [['full', 200, 0], ['fullmom', 200, 0.9], ['mb', 10, 0], ['mbmom', 10, 0.9]] as const) {
    const [epochs, steps] = run(b, mu);
    out[`sp_${tag}_epochs`] = epochs!;
    out[`sp_${tag}_steps`] = steps!;
  }
  return out;
}

/**
 * Mini-batch noise on a convex problem: a straight line fitted by squared error to `curve1d` (50 points).
 * Full-batch descent converges to the least-squares minimum J*; mini-batches at a fixed α hover above it.
 * `nf_…` is the mean over the last 200 of 1000 epochs of J (all data, after each epoch) minus J*.
 */
function noiseFloor(): Record<string, number> {
  const data = curve1d(), m = data.X.length, epochs = 1000, tail = 200;
  const run = (alpha: number, batchSize: number) => {
    const net = Network.random([1, 1], { output: 'linear', seed: 1 });
    let sum = 0, epoch = 0;
    for (const s of train(net, data, { learningRate: alpha, batchSize, epochs, seed: 4 })) {
      if (s.step % Math.ceil(m / batchSize) !== 0) continue; // end of an epoch
      epoch++;
      if (epoch > epochs - tail) sum += cost(net, data.X, data.Y);
    }
    return { mean: sum / tail, net };
  };
  const full = run(0.5, m);
  const Jstar = full.mean; // converged: the same J on every one of the last epochs
  const out: Record<string, number> = { nf_m: m, nf_epochs: epochs, nf_tail: tail, nf_Jstar: Jstar };
  out.nf_full_last = cost(full.net, data.X, data.Y) - Jstar;
  for (const [tag, alpha, b] of [['a05_b5', 0.5, 5], ['a0125_b5', 0.125, 5], ['a05_b25', 0.5, 25], ['a05_b1', 0.5, 1]] as const) {
    out[`nf_${tag}`] = run(alpha, b).mean - Jstar;
  }
  return out;
}

/** The same network with every Θ(l) rescaled from Glorot's variance 2/(s_l + s_{l+1}) to He's 2/s_l. */
function heScaled(net: Network, sizes: number[]): Network {
  return Network.fromWeights(
    net.weights().map((T, l) => T.map((row) => row.map((w) => w * Math.sqrt((sizes[l]! + sizes[l + 1]!) / sizes[l]!)))),
    net.options(),
  );
}

/**
 * ‖δ(l)‖ through eight hidden layers of ten units, same seed and input: sigmoid and ReLU with the
 * Glorot scale (8.9), and ReLU with He's scale, variance 2/s_l, i.e. the Glorot weights times
 * √((s_l + s_{l+1})/s_l) — exactly √2 between two layers of ten.
 */
function vanishing(): Record<string, number> {
  const out: Record<string, number> = { gmax: sigmoidGradient(0), deep_hidden: 8, deep_width: 10 };
  const sizes = [2, ...Array<number>(8).fill(10), 1];
  const glorot = (act: 'sigmoid' | 'relu') => Network.random(sizes, { hidden: act, seed: 1 });
  const he = heScaled(glorot('relu'), sizes);
  for (const [tag, net] of [['sigmoid', glorot('sigmoid')], ['relu', glorot('relu')], ['he', he]] as const) {
    const t = backprop(net, [0.5, -0.3], [1], { cost: 'cross-entropy' });
    for (let l = 2; l <= net.L; l++) out[`${tag}_d${l}`] = Math.hypot(...t.delta(l));
    out[`${tag}_ratio`] = out[`${tag}_d2`]! / out[`${tag}_d${net.L}`]!;
    out[`${tag}_perlayer`] = out[`${tag}_ratio`]! ** (1 / (net.L - 2));
    out.deep_L = net.L;
  }
  out.he_gain = Math.SQRT2;
  // One seed is one draw; the per-layer factor averaged (geometrically) over seeds 1–20 shows the trend.
  const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
  const perLayer = (net: Network) => {
    const t = backprop(net, [0.5, -0.3], [1], { cost: 'cross-entropy' });
    return (Math.hypot(...t.delta(2)) / Math.hypot(...t.delta(net.L))) ** (1 / (net.L - 2));
  };
  const geo = (xs: number[]) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
  out.relu_perlayer_avg = geo(seeds.map((seed) => perLayer(Network.random(sizes, { hidden: 'relu', seed }))));
  out.he_perlayer_avg = geo(seeds.map((seed) => perLayer(heScaled(Network.random(sizes, { hidden: 'relu', seed }), sizes))));
  out.avg_seeds = seeds.length;
  return out;
}

/** Scenarios quoted by lessons 6–8 and the reference pages. */
export const SCENARIOS_B = {
  /** Lesson 6: gradient checking on the classic example. */
  gradCheck: { ...classic, extras: checkExtras, note: 'Lesson 6: central differences, ε, relative error, the planted bug.' },
  /** Lesson 7: e = (a+b)(b+1) and the classic cost as computational graphs. */
  graphs: { ...classic, extras: graphExtras, note: 'Lesson 7: forward vs reverse mode, with operation counts.' },
  /** Lesson 8: training XOR, symmetry, mini-batches, momentum, vanishing gradients. */
  training: { ...classic, extras: trainingExtras, note: 'Lesson 8: learning rates, zero weights, speed, deep sigmoid vs ReLU.' },
} satisfies Record<string, Scenario>;
