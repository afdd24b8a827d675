/**
 * The hot loop: forward and backward passes over rows of a packed data set, into buffers allocated
 * once per kernel. One example and a batch take the same path (a batch of 1).
 *
 * Every per-layer array is indexed by the math's layer number l (slot 0 is an unused empty array), so
 * the code reads like the equations: `Theta[l]` is Θ(l), `a[l][b]` is a(l) of the b-th example of the
 * current block, `gPrime[l][b]` is g′(z(l)), `delta[l][b]` is δ(l), `Delta[l]` is Δ(l), `D[l]` is D(l).
 *
 * Speed: examples go through in blocks of {@link BLOCK} = 4 rows, and the matrix loops (`kernel-loops.ts`) take 2 units at a
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
import { outer1, outer2, outer4, outerAndBack1, outerAndBack2, outerAndBack4, product1, product2, product4 } from './kernel-loops.ts';
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
