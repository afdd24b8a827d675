/**
 * The hot loop: forward and backward passes over rows of a packed data set, into buffers allocated
 * once per kernel. One example and a batch take the same path (a batch of 1).
 *
 * Every per-layer array is indexed by the math's layer number l (slot 0 is an unused empty array), so
 * the code reads like the equations: `Theta[l]` is Θ(l), `a[l][b]` is a(l) of the b-th example of the
 * current block, `gPrime[l][b]` is g′(z(l)), `delta[l][b]` is δ(l), `Delta[l]` is Δ(l), `D[l]` is D(l).
 *
 * Speed: examples go through in blocks of {@link BLOCK} = 4 rows, and the matrix loops take 2 units at a
 * time, so every weight read from memory serves 4 examples and every activation read serves 2 units
 * (register blocking). The tail of a mini-batch goes 2 rows at a time through loops of the same shape (T1's batches
 * of 10 are 4 + 4 + 2), and a last single row through the one-row loops. Each sum is added in the same order as
 * the one-row loop, so a batch gives bit-for-bit the same numbers as its examples one by one.
 *
 * When a gradient is wanted, the forward pass keeps g′(z(l)) next to a(l), both from one exp per unit
 * ({@link activateWithSlopeInto}), so the backward pass only multiplies, and g′ keeps its digits where a unit
 * saturates (F07) without a second exp.
 */
import { type Activation, activateInto, activateWithSlopeInto } from './activations.ts';
import { type CostName, lossAndDelta } from './costs.ts';
import { adjacent, type PackedMatrix, spanning } from './matrix.ts';
import { type Network, packedWeights } from './network.ts';

/** Examples per block of the batch loops. */
export const BLOCK = 4;

/** Rows in the next block when `left` rows remain: 4, else 2 (a mini-batch's tail of 2 or 3), else 1. */
export function blockSize(left: number): number {
  return left >= BLOCK ? BLOCK : left >= 2 ? 2 : 1;
}

/** What {@link Kernel.evaluate} computes. */
export interface EvaluateOptions {
  /** The per-example cost. */
  cost: CostName;
  /** Regularisation strength λ ≥ 0 (default 0); the bias column is never regularised. */
  lambda?: number;
  /** Also compute Δ(l) and D(l) (default false: J only). */
  grad?: boolean;
  /** The rows of X, Y to use, in this order (default all rows); m is their number. */
  rows?: Int32Array;
  /**
   * The m of the regularisation terms λ/(2m) ΣΘ² and (λ/m)Θ (default: the number of rows). A mini-batch
   * step passes the size of the whole training set, so each step estimates the full regularised gradient
   * (lesson 8, eq. 8.10) while the data terms stay averaged over the batch.
   */
  regularisedOver?: number;
}

/**
 * Reusable buffers for one network: a(l) with the bias unit a_0 = 1 at index 0 (also for the output,
 * whose h starts at index 1), z(l), δ(l) per example slot b = 0..3 of a block, and Δ(l), D(l) per layer.
 * Internal: the public API copies out of it.
 */
export class Kernel {
  readonly net: Network;
  /** Number of layers L. */
  readonly L: number;
  /** s(l), units of layer l without the bias (index 0 unused). */
  readonly s: number[];
  /** g of layer l (index 0 and 1 unused). */
  readonly g: Activation[];
  /** Θ(l), the network's own weights (not a copy), row-major s(l+1) × (s(l)+1). */
  readonly Theta: Float64Array[];
  readonly a: Float64Array[][];
  readonly z: Float64Array[][];
  /** g′(z(l)) per example slot, l ≥ 2, filled by a forward pass with `slopes` (softmax: unused). */
  readonly gPrime: Float64Array[][];
  readonly delta: Float64Array[][];
  /** Δ(l) = Σ over the examples of δ(l+1) a(l)ᵀ. */
  readonly Delta: Float64Array[];
  /** D(l) = Δ(l)/m + (λ/m) Θ(l) with the bias column j = 0 unregularised. */
  readonly D: Float64Array[];
  /** Θ(1), Θ(2), …, Θ(L−1) end to end (the network keeps them in one buffer): whole-network passes are one loop. */
  readonly allTheta: Float64Array;
  /** Δ(1), …, Δ(L−1) end to end, one buffer. */
  readonly allDelta: Float64Array;
  /** D(1), …, D(L−1) end to end, one buffer. */
  readonly allD: Float64Array;
  #all = new Int32Array(0);

  constructor(net: Network) {
    this.net = net;
    this.L = net.L;
    this.s = [0, ...net.sizes];
    this.g = ['linear', 'linear', ...net.options().hidden, net.options().output];
    this.Theta = [new Float64Array(0), ...packedWeights(net)];
    const slots = (n: number, first: number) => Array.from({ length: BLOCK }, () => {
      const v = new Float64Array(n);
      if (first) v[0] = first;
      return v;
    });
    this.a = this.s.map((n, l) => (l === 0 ? [] : slots(n + 1, 1)));
    this.z = this.s.map((n, l) => (l === 0 ? [] : slots(n, 0)));
    this.gPrime = this.s.map((n, l) => (l === 0 ? [] : slots(n, 0)));
    this.delta = this.s.map((n, l) => (l === 0 ? [] : slots(n, 0)));
    const allTheta = spanning(this.Theta.slice(1));
    if (!allTheta) throw new Error('internal: a network keeps its Θ(l) end to end in one buffer');
    this.allTheta = allTheta;
    const Delta = adjacent(this.Theta.map((T) => T.length)), D = adjacent(this.Theta.map((T) => T.length));
    this.Delta = Delta.parts;
    this.allDelta = Delta.all;
    this.D = D.parts;
    this.allD = D.all;
  }

  /**
   * Forward pass of `n` ≤ 4 examples, rows `rows[t..t+n)` of X, into slots 0..n−1:
   * a(1) = [1; x], then z(l+1) = Θ(l) a(l) and a(l+1) = [1; g(z(l+1))] for l = 1..L−1; with `slopes`, also
   * g′(z(l+1)) for the backward pass.
   */
  forward(X: Float64Array, rows: Int32Array, t: number, n: number, slopes = false): void {
    const s1 = this.s[1];
    for (let b = 0; b < n; b++) {
      const a1 = this.a[1][b], from = rows[t + b] * s1;
      for (let j = 0; j < s1; j++) a1[j + 1] = X[from + j];
    }
    for (let l = 1; l < this.L; l++) {
      const units = this.s[l + 1], cols = this.s[l] + 1;
      if (n === BLOCK) product4(this.Theta[l], this.a[l], this.z[l + 1], units, cols);
      else if (n === 2) product2(this.Theta[l], this.a[l], this.z[l + 1], units, cols);
      else for (let b = 0; b < n; b++) product1(this.Theta[l], this.a[l][b], this.z[l + 1][b], units, cols);
      const g = this.g[l + 1], z = this.z[l + 1], a = this.a[l + 1], gPrime = this.gPrime[l + 1];
      if (slopes) for (let b = 0; b < n; b++) activateWithSlopeInto(g, z[b], a[b], 1, gPrime[b], units);
      else for (let b = 0; b < n; b++) activateInto(g, z[b], 0, a[b], 1, units);
    }
  }

  /**
   * After {@link forward} of the same rows (with `slopes` if `grad`): the sum of their losses, δ(L) from the cost, and with `grad`
   * δ(l) = (Θ(l)ᵀ δ(l+1))[1:] ⊙ g′(z(l)) for l = L−1..2 and Δ(l) += δ(l+1) a(l)ᵀ for l = L−1..1.
   */
  backward(Y: Float64Array, rows: Int32Array, t: number, n: number, cost: CostName, grad: boolean): number {
    const { L } = this, K = this.s[L];
    let loss = 0;
    for (let b = 0; b < n; b++) {
      const slope = grad ? this.gPrime[L][b] : undefined;
      loss += lossAndDelta(cost, this.g[L], this.z[L][b], this.a[L][b], 1, Y, rows[t + b] * K, this.delta[L][b], K, slope);
    }
    if (!grad) return loss;
    for (let l = L - 1; l >= 2; l--) {
      // one pass over Θ(l) for both Δ(l) += δ(l+1) a(l)ᵀ and Θ(l)ᵀ δ(l+1), then ⊙ g′(z(l)) gives δ(l)
      const units = this.s[l + 1], cols = this.s[l] + 1, Theta = this.Theta[l], Delta = this.Delta[l];
      const delta = this.delta[l], a = this.a[l], gPrime = this.gPrime[l];
      if (n === BLOCK) outerAndBack4(Theta, Delta, this.delta[l + 1], a, delta, gPrime, units, cols);
      else if (n === 2) outerAndBack2(Theta, Delta, this.delta[l + 1], a, delta, gPrime, units, cols);
      else for (let b = 0; b < n; b++) outerAndBack1(Theta, Delta, this.delta[l + 1][b], a[b], delta[b], gPrime[b], units, cols);
    }
    // Δ(1) += δ(2) a(1)ᵀ; no δ(1): the inputs have no weights below them
    const units = this.s[2], cols = this.s[1] + 1;
    if (n === BLOCK) outer4(this.Delta[1], this.delta[2], this.a[1], units, cols);
    else if (n === 2) outer2(this.Delta[1], this.delta[2], this.a[1], units, cols);
    else for (let b = 0; b < n; b++) outer1(this.Delta[1], this.delta[2][b], this.a[1][b], units, cols);
    return loss;
  }

  /**
   * $J$ over the chosen rows (b of them): the mean loss plus $\frac{\lambda}{2m}\sum\Theta^2$ without the
   * bias column, where m = `regularisedOver` (default b). With `grad`, also fills `Delta` with Δ(l) and `D`
   * with D(l) = Δ(l)/b + (λ/m)Θ(l).
   */
  evaluate(X: PackedMatrix, Y: PackedMatrix, opts: EvaluateOptions): number {
    const { cost, lambda = 0, grad = false } = opts;
    const rows = opts.rows ?? this.#allRows(X.rows), b = rows.length, m = opts.regularisedOver ?? b;
    if (grad) this.allDelta.fill(0); // one call for the whole network (`zero` is for small arrays)
    let loss = 0;
    for (let t = 0, n = 0; t < b; t += n) {
      n = blockSize(b - t);
      this.forward(X.data, rows, t, n, grad);
      loss += this.backward(Y.data, rows, t, n, cost, grad);
    }
    if (grad) this.#gradient(b, lambda / m);
    return loss / b + (lambda === 0 ? 0 : (lambda / (2 * m)) * this.#squares());
  }

  /** D(l) = Δ(l)/b + decay·Θ(l), the bias column j = 0 unregularised. */
  #gradient(b: number, decay: number): void {
    if (decay === 0) {
      const { allD, allDelta } = this, mean = 1 / b;
      for (let p = 0; p < allD.length; p++) allD[p] = allDelta[p] * mean;
      return;
    }
    for (let l = 1; l < this.L; l++) {
      const T = this.Theta[l], Delta = this.Delta[l], D = this.D[l], units = this.s[l + 1], cols = this.s[l] + 1;
      const mean = 1 / b;
      for (let i = 0, p = 0; i < units; i++, p += cols) {
        D[p] = Delta[p] * mean;
        for (let j = 1; j < cols; j++) D[p + j] = Delta[p + j] * mean + decay * T[p + j];
      }
    }
  }

  /** Σ over l, i and j ≥ 1 of Θ(l)_ij², the weights regularisation sees. */
  #squares(): number {
    let sum = 0;
    for (let l = 1; l < this.L; l++) {
      const T = this.Theta[l], units = this.s[l + 1], cols = this.s[l] + 1;
      for (let i = 0, p = 0; i < units; i++, p += cols) for (let j = 1; j < cols; j++) sum += T[p + j] * T[p + j];
    }
    return sum;
  }

  /** 0, 1, …, m−1, kept for the next call. */
  #allRows(m: number): Int32Array {
    if (this.#all.length !== m) this.#all = Int32Array.from({ length: m }, (_, r) => r);
    return this.#all;
  }
}

/** v = 0, as a loop the compiler inlines (a `fill` call costs more than these few stores). */
function zero(v: Float64Array): void {
  for (let i = 0; i < v.length; i++) v[i] = 0;
}

/** z = T a for one example: `T` is units × cols, row-major. */
function product1(T: Float64Array, a: Float64Array, z: Float64Array, units: number, cols: number): void {
  for (let i = 0, p = 0; i < units; i++, p += cols) {
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += T[p + j] * a[j];
    z[i] = sum;
  }
}

/** z_b = T a_b for 4 examples b, 2 units per pass: each T entry is read once for 4 examples. */
function product4(T: Float64Array, a: Float64Array[], z: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
  const z0 = z[0], z1 = z[1], z2 = z[2], z3 = z[3];
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols;
    let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
    for (let j = 0; j < cols; j++) {
      const u = T[p + j], v = T[q + j], x0 = a0[j], x1 = a1[j], x2 = a2[j], x3 = a3[j];
      s00 += u * x0; s01 += u * x1; s02 += u * x2; s03 += u * x3;
      s10 += v * x0; s11 += v * x1; s12 += v * x2; s13 += v * x3;
    }
    z0[i] = s00; z1[i] = s01; z2[i] = s02; z3[i] = s03;
    z0[i + 1] = s10; z1[i + 1] = s11; z2[i + 1] = s12; z3[i + 1] = s13;
  }
  if (i < units) {
    const p = i * cols;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let j = 0; j < cols; j++) {
      const u = T[p + j];
      s0 += u * a0[j]; s1 += u * a1[j]; s2 += u * a2[j]; s3 += u * a3[j];
    }
    z0[i] = s0; z1[i] = s1; z2[i] = s2; z3[i] = s3;
  }
}

/** Δ += δ aᵀ for one example. */
function outer1(Delta: Float64Array, d: Float64Array, a: Float64Array, units: number, cols: number): void {
  for (let i = 0, p = 0; i < units; i++, p += cols) {
    const di = d[i];
    for (let j = 0; j < cols; j++) Delta[p + j] += di * a[j];
  }
}

/** Δ += Σ_b δ_b a_bᵀ for 4 examples, 2 units per pass: each Δ entry is loaded and stored once for 4 examples. */
function outer4(Delta: Float64Array, d: Float64Array[], a: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
  const d0 = d[0], d1 = d[1], d2 = d[2], d3 = d[3];
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols;
    const u0 = d0[i], u1 = d1[i], u2 = d2[i], u3 = d3[i];
    const v0 = d0[i + 1], v1 = d1[i + 1], v2 = d2[i + 1], v3 = d3[i + 1];
    for (let j = 0; j < cols; j++) {
      const x0 = a0[j], x1 = a1[j], x2 = a2[j], x3 = a3[j];
      Delta[p + j] = Delta[p + j] + u0 * x0 + u1 * x1 + u2 * x2 + u3 * x3;
      Delta[q + j] = Delta[q + j] + v0 * x0 + v1 * x1 + v2 * x2 + v3 * x3;
    }
  }
  if (i < units) {
    const p = i * cols, u0 = d0[i], u1 = d1[i], u2 = d2[i], u3 = d3[i];
    for (let j = 0; j < cols; j++) Delta[p + j] = Delta[p + j] + u0 * a0[j] + u1 * a1[j] + u2 * a2[j] + u3 * a3[j];
  }
}

/**
 * Δ += d aᵀ and e = (Tᵀ d)[1:] ⊙ g′ for one example, in one pass over T (the bias column of T is not sent back):
 * with d = δ(l+1), a = a(l) and g′ = g′(z(l)), e is δ(l).
 */
function outerAndBack1(T: Float64Array, Delta: Float64Array, d: Float64Array, a: Float64Array, e: Float64Array, gPrime: Float64Array, units: number, cols: number): void {
  zero(e);
  for (let i = 0, p = 0; i < units; i++, p += cols) {
    const di = d[i];
    Delta[p] += di * a[0];
    for (let j = 1; j < cols; j++) {
      Delta[p + j] += di * a[j];
      e[j - 1] += T[p + j] * di;
    }
  }
  for (let j = 0; j < cols - 1; j++) e[j] *= gPrime[j];
}

/** {@link outerAndBack1} for 4 examples, 2 units per pass: each T and Δ entry is touched once for 4 examples. */
function outerAndBack4(T: Float64Array, Delta: Float64Array, d: Float64Array[], a: Float64Array[], e: Float64Array[], gPrime: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
  const d0 = d[0], d1 = d[1], d2 = d[2], d3 = d[3];
  const e0 = e[0], e1 = e[1], e2 = e[2], e3 = e[3];
  for (let j = 0; j < cols - 1; j++) { e0[j] = 0; e1[j] = 0; e2[j] = 0; e3[j] = 0; }
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols;
    const u0 = d0[i], u1 = d1[i], u2 = d2[i], u3 = d3[i];
    const v0 = d0[i + 1], v1 = d1[i + 1], v2 = d2[i + 1], v3 = d3[i + 1];
    Delta[p] = Delta[p] + u0 * a0[0] + u1 * a1[0] + u2 * a2[0] + u3 * a3[0];
    Delta[q] = Delta[q] + v0 * a0[0] + v1 * a1[0] + v2 * a2[0] + v3 * a3[0];
    for (let j = 1; j < cols; j++) {
      const x0 = a0[j], x1 = a1[j], x2 = a2[j], x3 = a3[j], u = T[p + j], v = T[q + j];
      Delta[p + j] = Delta[p + j] + u0 * x0 + u1 * x1 + u2 * x2 + u3 * x3;
      Delta[q + j] = Delta[q + j] + v0 * x0 + v1 * x1 + v2 * x2 + v3 * x3;
      e0[j - 1] = e0[j - 1] + u * u0 + v * v0;
      e1[j - 1] = e1[j - 1] + u * u1 + v * v1;
      e2[j - 1] = e2[j - 1] + u * u2 + v * v2;
      e3[j - 1] = e3[j - 1] + u * u3 + v * v3;
    }
  }
  if (i < units) {
    const p = i * cols, u0 = d0[i], u1 = d1[i], u2 = d2[i], u3 = d3[i];
    Delta[p] = Delta[p] + u0 * a0[0] + u1 * a1[0] + u2 * a2[0] + u3 * a3[0];
    for (let j = 1; j < cols; j++) {
      const u = T[p + j];
      Delta[p + j] = Delta[p + j] + u0 * a0[j] + u1 * a1[j] + u2 * a2[j] + u3 * a3[j];
      e0[j - 1] += u * u0; e1[j - 1] += u * u1; e2[j - 1] += u * u2; e3[j - 1] += u * u3;
    }
  }
  const g0 = gPrime[0], g1 = gPrime[1], g2 = gPrime[2], g3 = gPrime[3];
  for (let j = 0; j < cols - 1; j++) { e0[j] *= g0[j]; e1[j] *= g1[j]; e2[j] *= g2[j]; e3[j] *= g3[j]; }
}

/** {@link product4} for 2 examples (the tail of a mini-batch). */
function product2(T: Float64Array, a: Float64Array[], z: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], z0 = z[0], z1 = z[1];
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols;
    let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
    for (let j = 0; j < cols; j++) {
      const u = T[p + j], v = T[q + j], x0 = a0[j], x1 = a1[j];
      s00 += u * x0; s01 += u * x1; s10 += v * x0; s11 += v * x1;
    }
    z0[i] = s00; z1[i] = s01; z0[i + 1] = s10; z1[i + 1] = s11;
  }
  if (i < units) {
    const p = i * cols;
    let s0 = 0, s1 = 0;
    for (let j = 0; j < cols; j++) { const u = T[p + j]; s0 += u * a0[j]; s1 += u * a1[j]; }
    z0[i] = s0; z1[i] = s1;
  }
}

/** {@link outer4} for 2 examples. */
function outer2(Delta: Float64Array, d: Float64Array[], a: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], d0 = d[0], d1 = d[1];
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols, u0 = d0[i], u1 = d1[i], v0 = d0[i + 1], v1 = d1[i + 1];
    for (let j = 0; j < cols; j++) {
      const x0 = a0[j], x1 = a1[j];
      Delta[p + j] = Delta[p + j] + u0 * x0 + u1 * x1;
      Delta[q + j] = Delta[q + j] + v0 * x0 + v1 * x1;
    }
  }
  if (i < units) {
    const p = i * cols, u0 = d0[i], u1 = d1[i];
    for (let j = 0; j < cols; j++) Delta[p + j] = Delta[p + j] + u0 * a0[j] + u1 * a1[j];
  }
}

/** {@link outerAndBack4} for 2 examples. */
function outerAndBack2(T: Float64Array, Delta: Float64Array, d: Float64Array[], a: Float64Array[], e: Float64Array[], gPrime: Float64Array[], units: number, cols: number): void {
  const a0 = a[0], a1 = a[1], d0 = d[0], d1 = d[1], e0 = e[0], e1 = e[1];
  for (let j = 0; j < cols - 1; j++) { e0[j] = 0; e1[j] = 0; }
  let i = 0;
  for (; i + 1 < units; i += 2) {
    const p = i * cols, q = p + cols, u0 = d0[i], u1 = d1[i], v0 = d0[i + 1], v1 = d1[i + 1];
    Delta[p] = Delta[p] + u0 * a0[0] + u1 * a1[0];
    Delta[q] = Delta[q] + v0 * a0[0] + v1 * a1[0];
    for (let j = 1; j < cols; j++) {
      const x0 = a0[j], x1 = a1[j], u = T[p + j], v = T[q + j];
      Delta[p + j] = Delta[p + j] + u0 * x0 + u1 * x1;
      Delta[q + j] = Delta[q + j] + v0 * x0 + v1 * x1;
      e0[j - 1] = e0[j - 1] + u * u0 + v * v0;
      e1[j - 1] = e1[j - 1] + u * u1 + v * v1;
    }
  }
  if (i < units) {
    const p = i * cols, u0 = d0[i], u1 = d1[i];
    Delta[p] = Delta[p] + u0 * a0[0] + u1 * a1[0];
    for (let j = 1; j < cols; j++) {
      const u = T[p + j];
      Delta[p + j] = Delta[p + j] + u0 * a0[j] + u1 * a1[j];
      e0[j - 1] += u * u0; e1[j - 1] += u * u1;
    }
  }
  const g0 = gPrime[0], g1 = gPrime[1];
  for (let j = 0; j < cols - 1; j++) { e0[j] *= g0[j]; e1[j] *= g1[j]; }
}
