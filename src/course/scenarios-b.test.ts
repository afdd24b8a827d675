import { describe, expect, it } from 'vitest';
import { curve1d, Network, train, xor } from '../backprop/index.ts';
import { scenarioValues } from './scenarios';

/*
 * Lessons 6–8 quote these numbers. The expected values are worked independently of the module: by hand
 * (the arithmetic is in the comments), or by the thirty-line reference implementation below, which shares
 * no code with src/backprop (plain arrays, the textbook formulas written out once more).
 */

type Act = 'sigmoid' | 'relu' | 'linear';
const act = (f: Act, z: number) => (f === 'sigmoid' ? 1 / (1 + Math.exp(-z)) : f === 'relu' ? Math.max(0, z) : z);
const slope = (f: Act, z: number) => (f === 'sigmoid' ? act(f, z) * (1 - act(f, z)) : f === 'relu' ? (z > 0 ? 1 : 0) : 1);

/** Reference backprop for one example: returns J, δ per layer (2..L) and D per weight matrix. */
function reference(W: number[][][], acts: Act[], x: number[], y: number[], costName: 'se' | 'ce', buggy = false) {
  const as: number[][] = [x], zs: number[][] = [[]];
  for (let l = 0; l < W.length; l++) {
    const inp = [1, ...as[l]!];
    const z = W[l]!.map((row) => row.reduce((s, w, j) => s + w * inp[j]!, 0));
    zs.push(z);
    as.push(z.map((v) => act(acts[l]!, v)));
  }
  const h = as[W.length]!;
  const J = costName === 'se'
    ? h.reduce((s, v, k) => s + 0.5 * (v - y[k]!) ** 2, 0)
    : h.reduce((s, v, k) => s - y[k]! * Math.log(v) - (1 - y[k]!) * Math.log(1 - v), 0);
  const last = acts[W.length - 1]!;
  let d = h.map((v, k) => (costName === 'ce' ? v - y[k]! : (v - y[k]!) * slope(last, zs[W.length]![k]!)));
  const deltas: number[][] = [d], D: number[][][] = [];
  for (let l = W.length - 1; l >= 0; l--) {
    const inp = [1, ...as[l]!];
    D.unshift(d.map((di) => inp.map((a) => di * a)));
    if (l === 0) break;
    const back = as[l]!.map((_, j) => d.reduce((s, di, i) => s + W[l]![i]![j + 1]! * di, 0));
    // The planted bug of lesson 6: g′ evaluated at a instead of z.
    d = back.map((b, j) => b * (buggy ? slope(acts[l - 1]!, as[l]![j]!) : slope(acts[l - 1]!, zs[l]![j]!)));
    deltas.unshift(d);
  }
  return { J, deltas, D };
}

const CLASSIC = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];
const norm = (v: number[]) => Math.hypot(...v);
const rel = (a: number[], b: number[]) => norm(a.map((v, i) => v - b[i]!)) / norm(a.map((v, i) => v + b[i]!));

describe('lesson 6: checking gradients', () => {
  const v = scenarioValues('gradCheck');
  const ref = reference(CLASSIC, ['sigmoid', 'sigmoid'], [0.05, 0.1], [0.01, 0.99], 'se');
  const Jof = (t: number) => {
    const W = structuredClone(CLASSIC);
    W[0]![0]![1] = t;
    return reference(W, ['sigmoid', 'sigmoid'], [0.05, 0.1], [0.01, 0.99], 'se').J;
  };
  it('the exact derivative is the textbook one and Taylor predicts both errors', () => {
    expect(ref.D[0]![0]![1]).toBeCloseTo(0.000438568, 9);
    // J″ and J‴ of the reference implementation, by wide differences (h = 0.05)
    const h = 0.05, t = 0.15;
    const J2 = (Jof(t + h) - 2 * Jof(t) + Jof(t - h)) / h ** 2;
    const J3 = (Jof(t + 2 * h) - 2 * Jof(t + h) + 2 * Jof(t - h) - Jof(t - 2 * h)) / (2 * h ** 3);
    expect(v.fwd_e2! / (0.005 * Math.abs(J2))).toBeCloseTo(1, 2); // one-sided: ε/2·|J″|
    expect(v.cen_e2! / ((1e-4 / 6) * Math.abs(J3))).toBeCloseTo(1, 1); // central: ε²/6·|J‴|
    expect(v.fwd_e1! / v.fwd_e2!).toBeCloseTo(10, 0); // O(ε)
    expect(v.cen_e1! / v.cen_e2!).toBeCloseTo(100, -1); // O(ε²)
  });
  it('the ε sweep: truncation wins for large ε, round-off for tiny ε, a sweet spot between', () => {
    expect(v.rel_e4!).toBeLessThan(1e-9);
    expect(v.best_k).toBeGreaterThanOrEqual(4);
    expect(v.best_k).toBeLessThanOrEqual(7);
    expect(v.rel_e1!).toBeGreaterThan(1e-4);
    expect(v.rel_e12!).toBeGreaterThan(1e-5);
  });
  it('the planted bug: g′(a) instead of g′(z) spoils D(1) only', () => {
    // δ(2)_1 carries 0.40·0.138498562 + 0.50·(−0.038098237) = 0.036350306, then σ′(0.593269992) instead of σ′(0.3775)
    const s = 1 / (1 + Math.exp(-0.593269992));
    expect(v.bug_D1_1_1).toBeCloseTo(0.036350306 * s * (1 - s) * 0.05, 9);
    const bug = reference(CLASSIC, ['sigmoid', 'sigmoid'], [0.05, 0.1], [0.01, 0.99], 'se', true);
    expect(v.bug_rel).toBeCloseTo(rel(ref.D.flat(2), bug.D.flat(2)), 6);
    expect(v.bug_rel_D1).toBeCloseTo(rel(ref.D[0]!.flat(), bug.D[0]!.flat()), 6);
    expect(v.bug_rel_D2!).toBeLessThan(1e-8);
    expect(v.ok_rel!).toBeLessThan(1e-9);
  });
  it('λ on one side only: the analytic side gains Θ (bias column excluded)', () => {
    const D = ref.D.flat(2), withReg = ref.D.map((M, l) => M.map((row, i) => row.map((d, j) => d + (j ? CLASSIC[l]![i]![j]! : 0)))).flat(2);
    expect(v.reg_rel).toBeCloseTo(rel(D, withReg), 8);
  });
  it('a ReLU kink 3·10⁻⁵ away: by hand, the difference averages slopes 1 and 0, weighted 0.65 : 0.35 by the step', () => {
    // z = 1e-5 + 2e-5 = 3e-5; ∂J/∂Θ10 = h − 1 = −0.99997; the step ±1e-4 lands on both sides of 0:
    // (½(1 − 1.3e-4)² − ½)/2e-4 = −0.65 + 4.225e-5
    expect(v.kink_z).toBeCloseTo(3e-5, 15);
    expect(v.kink_bp).toBeCloseTo(-0.99997, 12);
    expect(v.kink_num).toBeCloseTo(-0.65 + 4.225e-5, 9);
    expect(v.kink_rel_small!).toBeLessThan(1e-8);
  });
  it('the cost of checking: 25·401 + 10·26 = 10285 weights, two evaluations each', () => {
    expect([v.W_big, v.evals_big, v.ops_big]).toEqual([10285, 20570, 2 * 10285 * 10285]);
  });
});

describe('lesson 7: forward and reverse mode', () => {
  const v = scenarioValues('graphs');
  it('e = (a+b)(b+1) at a = 2, b = 1: by hand', () => {
    expect([v.gc, v.gd, v.ge, v.fm_deda, v.fm_dedb, v.rm_deda, v.rm_dedb, v.rm_dedc, v.rm_dedd]).toEqual([3, 2, 6, 2, 5, 2, 5, 2, 3]);
    // 3 operation nodes, 6 edges; forward mode: 2 passes × (3 + 6); reverse: 3 evaluations + 6 edges
    expect([v.fm_passes, v.fm_ops, v.rm_passes, v.rm_ops]).toEqual([2, 18, 2, 9]);
  });
  /** Operation nodes N and edges E of a sigmoid net's squared-error graph, counted by hand per unit. */
  const nodesEdges = (s: number[]) => {
    let N = 0, E = 0;
    for (let l = 1; l < s.length; l++) { N += s[l]! * (2 * s[l - 1]! + 1); E += s[l]! * (4 * s[l - 1]! + 1); }
    const k = s.at(-1)!; // per output: neg, add, pow, mul (6 edges); k − 1 adds to sum them
    return { N: N + 4 * k + (k - 1), E: E + 6 * k + 2 * (k - 1) };
  };
  it('counts: forward mode W·(N + E), reverse mode N + E, so the ratio is W', () => {
    for (const [tag, s] of [['classic', [2, 2, 2]], ['small', [4, 8, 1]], ['mid', [16, 16, 1]]] as const) {
      const { N, E } = nodesEdges([...s]);
      const W = s.slice(1).reduce((t, n, l) => t + n * (s[l]! + 1), 0);
      expect([v[`W_${tag}`], v[`fm_ops_${tag}`], v[`rm_ops_${tag}`], v[`rm_passes_${tag}`]]).toEqual([W, W * (N + E), N + E, 2]);
      expect(v[`ratio_${tag}`]).toBe(W);
    }
    expect(v.graph_nodes).toBe(29);
  });
  it('the widget\'s one-unit cost graph, by hand', () => {
    // z = 0.35 + 0.15·0.05 + 0.2·0.1 = 0.3775, h = σ(z) = 0.593269992, J = ½(h − 0.01)² = 0.170101942
    expect(v.unit_z).toBeCloseTo(0.3775, 14);
    expect(v.unit_J).toBeCloseTo(0.5 * 0.583269992 ** 2, 8);
    // ∂J/∂Θ_j = (h − y)·h(1 − h)·a_j with a = (1, 0.05, 0.1)
    const d = 0.583269992 * 0.593269992 * (1 - 0.593269992);
    expect([v.unit_D0, v.unit_D1! / 0.05, v.unit_D2! / 0.1].map((x) => x!.toFixed(8))).toEqual(Array(3).fill(d.toFixed(8)));
    // 9 operations (2 mul + 2 add, σ, neg, add, pow, mul) and 15 edges: forward 3 × (9 + 15), reverse 9 + 15
    expect([v.unit_nodes, v.unit_fm_ops, v.unit_rm_ops, v.unit_fm_passes]).toEqual([9, 72, 24, 3]);
    // The two modes agree to round-off (they add the same products in different orders).
    expect(v.unit_maxdiff).toBeLessThan(1e-15);
  });
  it('the classic cost as a graph gives the classic numbers', () => {
    expect(v.graph_J).toBeCloseTo(0.298371109, 8);
    expect(v.graph_D1_1_1).toBeCloseTo(0.000438568, 9);
    expect(v.graph_D2_1_1).toBeCloseTo(0.082167041, 8);
    expect(v.graph_maxdiff!).toBeLessThan(1e-15);
  });
});

/** Full-batch gradient descent on XOR with the reference implementation; returns the weights and J after it. */
function referenceXor(W0: number[][][], alpha: number, epochs: number) {
  const X = [[0, 0], [0, 1], [1, 0], [1, 1]], Y = [[0], [1], [1], [0]];
  const W = structuredClone(W0);
  const J = () => X.reduce((s, x, i) => s + reference(W, ['sigmoid', 'sigmoid'], x, Y[i]!, 'ce').J, 0) / 4;
  for (let e = 0; e < epochs; e++) {
    const D = X.map((x, i) => reference(W, ['sigmoid', 'sigmoid'], x, Y[i]!, 'ce').D);
    W.forEach((M, l) => M.forEach((row, i) => row.forEach((_, j) => {
      row[j] -= alpha * D.reduce((s, d) => s + d[l]![i]![j]!, 0) / 4;
    })));
  }
  const z2 = X.map((x) => W[0]!.map((row) => row[0]! + row[1]! * x[0]! + row[2]! * x[1]!));
  return { W, J: J(), z2 };
}

describe('lesson 8: training', () => {
  const v = scenarioValues('training');
  const start = Network.random([2, 3, 1], { seed: 2 }).weights();
  it('learning rates: too small crawls on the ln 2 plateau, good converges, too large ends worse than it began', () => {
    expect(Math.abs(v.lr01_final! - Math.log(2))).toBeLessThan(0.01);
    expect(v.lr5_final!).toBeLessThan(0.01);
    expect(v.lr5_e100!).toBeLessThan(v.lr1_e100!);
    expect(v.lr100_final!).toBeGreaterThan(v.lr_start!);
    expect(v.div_l2!).toBeGreaterThan(v.div_l1!);
    expect(v.div_l4! / v.div_l3!).toBeGreaterThan(10);
    // Lesson 8: "after the first step, by a nearly constant factor" — the first ratio is not, the next two agree.
    expect(v.div_l2! / v.div_l1!).toBeLessThan(0.5 * (v.div_l3! / v.div_l2!));
    expect(Math.abs((v.div_l4! / v.div_l3!) / (v.div_l3! / v.div_l2!) - 1)).toBeLessThan(0.1);
    expect(v.div_steps!).toBeLessThan(2000);
  });
  it('the table is J after 100, 500 and 2000 updates, as a separate gradient descent computes it (D9)', () => {
    expect(v.lr_start).toBeCloseTo(referenceXor(start, 1, 0).J, 12);
    for (const [tag, alpha] of [['01', 0.1], ['1', 1], ['5', 5]] as const) {
      for (const e of [100, 500]) expect(v[`lr${tag}_e${e}`]).toBeCloseTo(referenceXor(start, alpha, e).J, 8);
      expect(v[`lr${tag}_final`]).toBeCloseTo(referenceXor(start, alpha, 2000).J, 7);
    }
    expect(v.lr01_plateau_epoch).toBeGreaterThan(0);
    expect(referenceXor(start, 0.1, v.lr01_plateau_epoch!).J).toBeLessThan(Math.log(2) + 0.01);
    expect(referenceXor(start, 0.1, v.lr01_plateau_epoch! - 1).J).toBeGreaterThan(Math.log(2) + 0.01);
  });
  it('α = 100: the hidden units die, the output bias jumps by α·½ = 50 between ±25 (E2)', () => {
    const r = referenceXor(start, 100, 2000), prev = referenceXor(start, 100, 1999);
    // every hidden pre-activation is far below 0 on all four inputs: g′ ≈ 0
    for (let i = 0; i < 3; i++) {
      const zmax = Math.max(...r.z2.map((z) => z[i]!));
      expect(zmax).toBeLessThan(-10);
      expect(v[`big_zmax${i + 1}_2000`]).toBeCloseTo(zmax, 6);
    }
    expect(v.big_bias_2000).toBeCloseTo(r.W[1]![0]![0]!, 6);
    expect(v.big_bias_1999).toBeCloseTo(prev.W[1]![0]![0]!, 6);
    expect(Math.abs(v.big_bias_2000! + 25)).toBeLessThan(0.1);
    expect(Math.abs(v.big_bias_1999! - 25)).toBeLessThan(0.1);
    // with dead hidden units h ≈ σ(b); two targets 0 and two 1: ∂J/∂b = σ(b) − ½ → ±½, J ≈ ½·25 = 12.5
    expect(Math.abs(v.big_grad_2000!)).toBeCloseTo(0.5, 6);
    expect(v.big_jump).toBeCloseTo(50, 4);
    // (the reference takes log h naively; at h ≈ σ(±25) it loses about six digits to the module's softplus)
    expect(v.big_J_2000).toBeCloseTo(r.J, 4);
    expect(v.big_J_1999).toBeCloseTo(prev.J, 4);
    expect(Math.abs(v.big_J_2000! - 12.5)).toBeLessThan(0.01);
  });
  it('mini-batches at a fixed α hover above the least-squares minimum; smaller α or larger b lowers the floor (E6)', () => {
    // J* of the straight line through curve1d's 50 points, by the normal equations
    const { X, Y } = curve1d(), xs = X.map((r) => r[0]!), ys = Y.map((r) => r[0]!), m = xs.length;
    const mx = xs.reduce((a, b) => a + b) / m, my = ys.reduce((a, b) => a + b) / m;
    const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    const Jstar = xs.reduce((s, x, i) => s + 0.5 * (my + slope * (x - mx) - ys[i]!) ** 2, 0) / m;
    expect(v.nf_Jstar).toBeCloseTo(Jstar, 12);
    expect(Math.abs(v.nf_full_last!)).toBeLessThan(1e-12);
    expect(v.nf_a05_b1!).toBeGreaterThan(v.nf_a05_b5!);
    expect(v.nf_a05_b5!).toBeGreaterThan(v.nf_a05_b25!);
    expect(v.nf_a05_b25!).toBeGreaterThan(1e-6);
    expect(v.nf_a0125_b5!).toBeLessThan(v.nf_a05_b5! / 4);
  });
  it('all-zero weights: both hidden rows equal, each proportional to (1, x₁, x₂); XOR never moves from ln 2', () => {
    expect([v.sym_rowgap, v.sym_colgap]).toEqual([0, 0]);
    expect(v.sym_T1_1_1! / v.sym_T1_1_0!).toBeCloseTo(0.05, 12);
    expect(v.sym_T1_1_2! / v.sym_T1_1_0!).toBeCloseTo(0.1, 12);
    expect(v.zero_xor_loss).toBeCloseTo(Math.log(2), 14); // h = ½ on every example
    expect(v.zero_xor_maxw).toBe(0);
    expect(v.rand_xor_loss!).toBeLessThan(0.05);
  });
  it('momentum and mini-batches need fewer epochs', () => {
    expect(v.sp_fullmom_epochs!).toBeLessThan(v.sp_full_epochs!);
    expect(v.sp_mb_epochs!).toBeLessThan(v.sp_full_epochs!);
    expect(v.sp_mbmom_epochs!).toBeLessThanOrEqual(v.sp_mb_epochs!);
    expect(v.sp_mb_steps!).toBeLessThanOrEqual(v.sp_mb_epochs! * 20);
  });
  it('the speed table counts updates until J on ALL 200 points is below 0.1, not one mini-batch\'s cost', () => {
    // J of the 2-8-1 tanh network with a sigmoid output and cross-entropy, written out again (not the module's cost)
    const data = xor({ n: 200, seed: 2 });
    const J = (W: number[][][]) => data.X.reduce((s, x, r) => {
      const a = W[0]!.map((row) => Math.tanh(row[0]! + row[1]! * x[0]! + row[2]! * x[1]!));
      const h = 1 / (1 + Math.exp(-W[1]![0]!.reduce((t, w, j) => t + w * (j ? a[j - 1]! : 1), 0)));
      const y = data.Y[r]![0]!;
      return s - (y * Math.log(h) + (1 - y) * Math.log(1 - h)) / 200;
    }, 0);
    for (const [tag, batchSize, momentum] of [['full', 200, 0], ['fullmom', 200, 0.9], ['mb', 10, 0], ['mbmom', 10, 0.9]] as const) {
      const net = Network.random([2, 8, 1], { hidden: 'tanh', seed: 3 });
      const steps = v[`sp_${tag}_steps`]!, costs: number[] = [J(net.weights())];
      for (const s of train(net, data, { learningRate: 0.5, batchSize, momentum, epochs: 3000, cost: 'cross-entropy' })) {
        costs.push(J(net.weights())); // J after update s.step
        if (s.step === steps) break;
      }
      expect(costs[steps], `${tag}: J after ${steps} updates`).toBeLessThan(0.1);
      expect(costs.slice(0, steps).every((c) => c >= 0.1), `${tag}: J below 0.1 before update ${steps}`).toBe(true);
      expect(v[`sp_${tag}_epochs`], tag).toBe(Math.ceil(steps / (200 / batchSize)));
    }
    // the lesson: mini-batches alone take somewhat more updates than full batch, each a twentieth of the work
    expect(v.sp_mb_steps!).toBeGreaterThan(v.sp_full_steps!);
    expect(v.sp_mb_steps!).toBeLessThan(1.5 * v.sp_full_steps!);
  });
  it('eight sigmoid layers shrink δ by about g′ ≤ ¼ per layer, ReLU far less, ReLU with He scale less still', () => {
    expect(v.gmax).toBe(0.25);
    const sizes = [2, ...Array<number>(8).fill(10), 1];
    const he = (W: number[][][]) => W.map((T, l) => T.map((row) => row.map((w) => w * Math.sqrt((sizes[l]! + sizes[l + 1]!) / sizes[l]!))));
    const deltas = (a: Act, seed: number, scale: boolean) => {
      const W = Network.random(sizes, { hidden: a, seed }).weights();
      return reference(scale ? he(W) : W, [...Array<Act>(8).fill(a), 'sigmoid'], [0.5, -0.3], [1], 'ce').deltas;
    };
    for (const [tag, a, scale] of [['sigmoid', 'sigmoid', false], ['relu', 'relu', false], ['he', 'relu', true]] as const) {
      deltas(a, 1, scale).forEach((d, i) => expect(v[`${tag}_d${i + 2}`]).toBeCloseTo(norm(d), 12));
    }
    expect(v.sigmoid_ratio!).toBeLessThan(1e-4);
    expect(v.relu_ratio!).toBeGreaterThan(100 * v.sigmoid_ratio!);
    expect(v.sigmoid_perlayer!).toBeLessThan(0.3);
    expect(v.he_gain).toBeCloseTo(Math.sqrt(2), 15);
    // geometric mean over seeds 1–20 of the per-layer factor (‖δ(2)‖/‖δ(L)‖)^(1/8)
    const avg = (scale: boolean) => Math.exp(Array.from({ length: 20 }, (_, k) => {
      const d = deltas('relu', k + 1, scale);
      return Math.log(norm(d[0]!) / norm(d.at(-1)!)) / 8;
    }).reduce((a, b) => a + b) / 20);
    expect(v.relu_perlayer_avg).toBeCloseTo(avg(false), 10);
    expect(v.he_perlayer_avg).toBeCloseTo(avg(true), 10);
    expect(v.he_perlayer_avg!).toBeGreaterThan(v.relu_perlayer_avg!);
  });
});
