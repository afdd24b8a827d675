import { describe, expect, it } from 'vitest';
import { scenarioValues } from './scenarios';
import { BATCH, INIT, INIT_X, initEpsilons, initNetwork } from './scenarios-c';

/*
 * Lessons 9 and 10 quote these numbers. The expected values are worked independently of the module: by
 * hand (arithmetic in the comments), by closed forms, or by the small reference below written with plain
 * arrays and the textbook formulas, sharing no code with src/backprop.
 */

const sig = (z: number) => 1 / (1 + Math.exp(-z));
type Act = 'sigmoid' | 'relu' | 'linear' | 'softmax';

/** Forward pass for one example: z and a (without bias) of every layer 2..L. */
function forwardRef(W: number[][][], acts: Act[], x: number[]) {
  const as: number[][] = [x], zs: number[][] = [[]];
  W.forEach((T, l) => {
    const inp = [1, ...as[l]!];
    const z = T.map((row) => row.reduce((s, w, j) => s + w * inp[j]!, 0));
    const f = acts[l]!;
    const a = f === 'softmax'
      ? z.map((v) => Math.exp(v)).map((e, _, all) => e / all.reduce((s, u) => s + u, 0))
      : z.map((v) => (f === 'sigmoid' ? sig(v) : f === 'relu' ? Math.max(0, v) : v));
    zs.push(z);
    as.push(a);
  });
  return { as, zs };
}

/** Backward pass given δ(L): returns δ(l) for l = 2..L (index l) and D(l) = δ(l+1) a(l)ᵀ (index l − 1). */
function backwardRef(W: number[][][], acts: Act[], as: number[][], zs: number[][], dL: number[]) {
  const deltas: number[][] = [];
  const D: number[][][] = [];
  let d = dL;
  deltas[W.length + 1] = d;
  for (let l = W.length - 1; l >= 0; l--) {
    D[l] = d.map((di) => [1, ...as[l]!].map((a) => di * a));
    if (l === 0) break;
    const f = acts[l - 1]!;
    d = as[l]!.map((a, j) => d.reduce((s, di, i) => s + W[l]![i]![j + 1]! * di, 0)
      * (f === 'sigmoid' ? a * (1 - a) : f === 'relu' ? (zs[l]![j]! > 0 ? 1 : 0) : 1));
    deltas[l + 1] = d;
  }
  return { deltas, D };
}

const CLASSIC = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];
const SOFT = [CLASSIC[0]!, [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55], [0.2, -0.3, 0.1]]];

describe('lesson 9: softmax and cross-entropy', () => {
  const v = scenarioValues('softmax');
  const { as, zs } = forwardRef(SOFT, ['sigmoid', 'softmax'], [0.05, 0.1]);
  const h = as[2]!, y = [0, 1, 0];

  it('the forward pass: z(3)_3 by hand, softmax outputs sum to 1', () => {
    // z(3)_3 = 0.2 − 0.3·0.593269992 + 0.1·0.596884378 = 0.081707440
    expect(v.z3_3).toBeCloseTo(0.08170744, 8);
    h.forEach((p, k) => expect(v[`h_${k + 1}`]).toBeCloseTo(p, 12));
    expect(v.sum_h).toBeCloseTo(1, 15);
    expect(v.J).toBeCloseTo(-Math.log(h[1]!), 12);
  });
  it('the Jacobian is diag(h) − h hᵀ and δ = h − y, both directly and as ∂J/∂h times the Jacobian', () => {
    for (let k = 1; k <= 3; k++) {
      for (let j = 1; j <= 3; j++) expect(v[`jac_${k}_${j}`]).toBeCloseTo((k === j ? h[k - 1]! : 0) - h[k - 1]! * h[j - 1]!, 14);
      expect(v[`delta3_${k}`]).toBeCloseTo(h[k - 1]! - y[k - 1]!, 14);
      expect(v[`vjp_${k}`]).toBeCloseTo(h[k - 1]! - y[k - 1]!, 14);
    }
    // the columns of the Jacobian sum to 0, since Σ_k h_k = 1 for every z
    for (let j = 1; j <= 3; j++) expect(v[`jac_1_${j}`]! + v[`jac_2_${j}`]! + v[`jac_3_${j}`]!).toBeCloseTo(0, 14);
  });
  it('the gradient agrees with the reference backprop and the gradient check passes', () => {
    const { D } = backwardRef(SOFT, ['sigmoid', 'softmax'], as, zs, h.map((p, k) => p - y[k]!));
    expect(v.D2_2_1).toBeCloseTo(D[1]![1]![1]!, 12);
    expect(v.D1_1_2).toBeCloseTo(D[0]![0]![2]!, 12);
    expect(v.gc_rel).toBeLessThan(1e-8);
  });
  it('two sigmoid outputs of the classic network do not sum to 1 (0.75136507 + 0.772928465)', () => {
    expect(v.sig_sum).toBeCloseTo(1.524293535, 8);
  });
  it('overflow: e^z overflows past ln(max double), the stable softmax and log-sum-exp do not', () => {
    expect(v.ln_max).toBeCloseTo(709.7827, 4);
    const naive = [1000, 999, 998].map(Math.exp);
    expect(naive[0]).toBe(Infinity);
    expect(naive[0]! / naive.reduce((s, e) => s + e, 0)).toBeNaN();
    // shift by the max: (1, e^-1, e^-2) / (1 + e^-1 + e^-2)
    const s = 1 + Math.exp(-1) + Math.exp(-2);
    expect(v.big_h_1).toBeCloseTo(1 / s, 14);
    expect(v.big_h_3).toBeCloseTo(Math.exp(-2) / s, 14);
    expect(v.big_J).toBeCloseTo(Math.log(s), 12);
    // z = (−800, 0, 0), class 1: h_1 underflows to 0, so −log h_1 = ∞; the true cost is 800 + ln 2
    expect(v.under_h_1).toBe(0);
    expect(-Math.log(v.under_h_1!)).toBe(Infinity);
    expect(v.under_J).toBeCloseTo(800 + Math.log(2), 10);
  });
});

describe('lesson 10: the matrix form', () => {
  const v = scenarioValues('matrixForm');
  const m = BATCH.X.length;
  const passes = BATCH.X.map((x, r) => {
    const { as, zs } = forwardRef(CLASSIC, ['sigmoid', 'sigmoid'], x);
    return { as, ...backwardRef(CLASSIC, ['sigmoid', 'sigmoid'], as, zs, as[2]!.map((p, k) => p - BATCH.Y[r]![k]!)) };
  });
  it('E(l) has δ(l) of example r in row r', () => {
    passes.forEach((p, r) => [2, 3].forEach((l) => p.deltas[l]!.forEach((d, k) =>
      expect(v[`E${l}_${r + 1}_${k + 1}`]).toBeCloseTo(d, 12))));
  });
  it('D(l) = (1/m) E(l+1)ᵀ A(l), entry by entry as a matrix product', () => {
    for (const l of [1, 2]) {
      for (let i = 0; i < 2; i++) {
        for (let j = 0; j < 3; j++) {
          const sum = passes.reduce((s, p) => s + p.deltas[l + 1]![i]! * [1, ...p.as[l - 1]!][j]!, 0);
          expect(v[`bD${l}_${i + 1}_${j}`]).toBeCloseTo(sum / m, 12);
        }
      }
    }
  });
  it('db is the column sum of dY: the bias column of D(1) is the mean of E(2)’s column', () => {
    expect(v.bD1_1_0).toBeCloseTo((v.E2_1_1! + v.E2_2_1! + v.E2_3_1!) / 3, 14);
    expect(v.bD2_2_0).toBeCloseTo((v.E3_1_2! + v.E3_2_2! + v.E3_3_2!) / 3, 14);
  });
  it('the gate example: f = 2(xy + max(z, w)) = −20 with ∂x = 2y, ∂y = 2x, ∂z = 2, ∂w = 0', () => {
    expect([v.gate_f, v.gate_dx, v.gate_dy, v.gate_dz, v.gate_dw]).toEqual([-20, -8, 6, 2, 0]);
  });
  it('initialisation: ‖δ‖ per layer shrinks like 1/√2 (Glorot on ReLU), holds (He), grows like 2 (twice He)', () => {
    const eps = initEpsilons(INIT.width);
    expect(eps.he).toBeCloseTo(Math.sqrt(2) * eps.glorot, 14);
    for (const [name, e] of Object.entries(eps)) {
      const net = initNetwork(e);
      const W = net.weights();
      // the weights are the module's (seeded); δ is recomputed here from scratch
      expect(Math.max(...W.flat(2).map(Math.abs))).toBeLessThanOrEqual(e);
      const acts: Act[] = [...Array<Act>(INIT.hidden).fill('relu'), 'linear'];
      const { as, zs } = forwardRef(W, acts, INIT_X);
      const { deltas } = backwardRef(W, acts, as, zs, as[W.length]!);
      const top = Math.hypot(...deltas[W.length + 1]!), bottom = Math.hypot(...deltas[2]!);
      expect(v[`${name}_top`]).toBeCloseTo(top, 8);
      expect(v[`${name}_bottom`]! / bottom).toBeCloseTo(1, 10);
      const factor = (bottom / top) ** (1 / (W.length - 1));
      expect(v[`${name}_factor`]).toBeCloseTo(factor, 10);
    }
    // the variance argument predicts √(n·Var w·½) per layer: 1/√2, 1, 2 (a random net only roughly)
    expect(v.glorot_factor).toBeGreaterThan(0.55);
    expect(v.glorot_factor).toBeLessThan(0.85);
    expect(v.he_factor).toBeGreaterThan(0.8);
    expect(v.he_factor).toBeLessThan(1.25);
    expect(v.big_factor).toBeGreaterThan(1.6);
    expect(v.big_factor).toBeLessThan(2.6);
  });
});
