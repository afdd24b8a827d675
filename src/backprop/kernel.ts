/**
 * The hot loop: forward and backward passes over rows of a packed data set, into buffers
 * allocated once per kernel. One example and a batch take the same path (a batch of 1).
 */
import { activateInto, scaleByGradient } from './activations.ts';
import { type CostName, lossAndDelta } from './costs.ts';
import { BackpropError } from './errors.ts';
import { type PackedMatrix, shapeOf } from './matrix.ts';
import type { Network } from './network.ts';

/**
 * Reusable buffers for one network: `a[l-1]` is $a^{(l)}$ with the bias unit at index 0 (also for the
 * output, whose $h$ starts at index 1), `z[l-1]` is $z^{(l)}$, `d[l-1]` is $\delta^{(l)}$ and `grad[l-1]`
 * accumulates $\Delta^{(l)}$ / holds $D^{(l)}$. Internal: the public API copies out of it.
 */
export class Kernel {
  readonly net: Network;
  readonly a: Float64Array[];
  readonly z: Float64Array[];
  readonly d: Float64Array[];
  readonly grad: Float64Array[];

  constructor(net: Network) {
    this.net = net;
    this.a = net.sizes.map((s) => { const v = new Float64Array(s + 1); v[0] = 1; return v; });
    this.z = net.sizes.map((s) => new Float64Array(s));
    this.d = net.sizes.map((s) => new Float64Array(s));
    this.grad = net.params.map((P) => new Float64Array(P.length));
  }

  /** Check that X and Y fit the network: X is m×s(1), Y is m×s(L); `single` words it for one example x, y. */
  check(X: PackedMatrix, Y: PackedMatrix | null, single = false): void {
    const { sizes, L } = this.net;
    if (X.cols !== sizes[0]) {
      throw new BackpropError(single
        ? `x has ${X.cols} entries but the input layer has s(1) = ${sizes[0]} units`
        : `X is ${shapeOf(X.rows, X.cols)} but the input layer has s(1) = ${sizes[0]} units (expected ${X.rows}×${sizes[0]})`);
    }
    if (Y && single && Y.cols !== sizes[L - 1]) {
      throw new BackpropError(`y has ${Y.cols} entries but the output layer has s(${L}) = ${sizes[L - 1]} units`);
    }
    if (Y && (Y.rows !== X.rows || Y.cols !== sizes[L - 1])) {
      throw new BackpropError(`Y is ${shapeOf(Y.rows, Y.cols)} but X is ${shapeOf(X.rows, X.cols)} and the output layer has s(${L}) = ${sizes[L - 1]} units (expected ${X.rows}×${sizes[L - 1]})`);
    }
  }

  /** Forward pass of row `r` of X: $z^{(l+1)} = \Theta^{(l)} a^{(l)}$, $a^{(l+1)} = g(z^{(l+1)})$. */
  forwardRow(X: Float64Array, r: number): void {
    const { sizes, params, acts, L } = this.net;
    const a0 = this.a[0], n = sizes[0], xo = r * n;
    for (let j = 0; j < n; j++) a0[j + 1] = X[xo + j];
    for (let l = 0; l < L - 1; l++) {
      const T = params[l], aIn = this.a[l], zOut = this.z[l + 1];
      const rows = sizes[l + 1], cols = sizes[l] + 1;
      for (let i = 0, base = 0; i < rows; i++, base += cols) {
        let s = 0;
        for (let j = 0; j < cols; j++) s += T[base + j] * aIn[j];
        zOut[i] = s;
      }
      activateInto(acts[l + 1], zOut, 0, this.a[l + 1], 1, rows);
    }
  }

  /** After {@link forwardRow}: the example's loss, every $\delta^{(l)}$, and (if `accumulate`) $\Delta^{(l)} \mathrel{+}= \delta^{(l+1)} (a^{(l)})^T$. */
  backwardRow(cost: CostName, Y: Float64Array, r: number, accumulate: boolean): number {
    const { sizes, params, acts, L } = this.net;
    const K = sizes[L - 1];
    const loss = lossAndDelta(cost, acts[L - 1], this.z[L - 1], this.a[L - 1], 1, Y, r * K, this.d[L - 1], K);
    if (!accumulate) return loss;
    for (let l = L - 2; l >= 0; l--) {
      const T = params[l], G = this.grad[l], dOut = this.d[l + 1], aIn = this.a[l];
      const rows = sizes[l + 1], cols = sizes[l] + 1;
      for (let i = 0, base = 0; i < rows; i++, base += cols) {
        const di = dOut[i];
        if (di === 0) continue;
        for (let j = 0; j < cols; j++) G[base + j] += di * aIn[j];
      }
      if (l === 0) break; // δ(1) of the inputs is not needed
      // δ(l) = (Θ(l)ᵀ δ(l+1))[1:] ⊙ g'(z(l)), skipping the bias column
      const dIn = this.d[l];
      dIn.fill(0);
      for (let i = 0, base = 0; i < rows; i++, base += cols) {
        const di = dOut[i];
        if (di === 0) continue;
        for (let j = 1; j < cols; j++) dIn[j - 1] += T[base + j] * di;
      }
      scaleByGradient(acts[l], aIn, 1, dIn, sizes[l]);
    }
    return loss;
  }

  /**
   * $J$ over the examples `order[start..start+count)` (or rows start.. when `order` is null), averaged
   * over $m$ = count, plus $\frac{\lambda}{2m}\sum\Theta^2$ without the bias column. With `wantGrad`,
   * `grad` holds $D^{(l)} = \frac1m\Delta^{(l)} + \frac{\lambda}{m}\Theta^{(l)}$ (bias column unregularised).
   */
  evaluate(X: PackedMatrix, Y: PackedMatrix, cost: CostName, lambda: number, wantGrad: boolean,
    order: Int32Array | null = null, start = 0, count = X.rows): number {
    if (wantGrad) for (const G of this.grad) G.fill(0);
    let loss = 0;
    for (let t = start; t < start + count; t++) {
      const r = order ? order[t] : t;
      this.forwardRow(X.data, r);
      loss += this.backwardRow(cost, Y.data, r, wantGrad);
    }
    const m = count;
    if (wantGrad) for (const G of this.grad) for (let k = 0; k < G.length; k++) G[k] /= m;
    return loss / m + (lambda !== 0 ? this.regularise(lambda, m, wantGrad) : 0);
  }

  /** Add $\frac{\lambda}{m}\Theta$ (bias column exempt) to `grad` if asked; return $\frac{\lambda}{2m}\sum\Theta^2$. */
  regularise(lambda: number, m: number, toGrad: boolean): number {
    const { sizes, params } = this.net;
    let sq = 0;
    params.forEach((T, l) => {
      const G = this.grad[l], rows = sizes[l + 1], cols = sizes[l] + 1;
      for (let i = 0, base = 0; i < rows; i++, base += cols) {
        for (let j = 1; j < cols; j++) {
          const w = T[base + j];
          sq += w * w;
          if (toGrad) G[base + j] += (lambda / m) * w;
        }
      }
    });
    return (lambda / (2 * m)) * sq;
  }
}
