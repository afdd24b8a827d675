/**
 * Forward propagation, exposing every $z^{(l)}$ and $a^{(l)}$ as the lessons write them.
 */
import { requireIndex } from './errors.ts';
import { Kernel } from './kernel.ts';
import { type Matrix, type Vector, pack, packVector } from './matrix.ts';
import type { Network } from './network.ts';

/**
 * The result of a forward pass for one example.
 * @example
 * ```ts
 * const p: ForwardPass = forward(net, [0.05, 0.10]);
 * p.a(2); // [1, 0.59326999, 0.59688438]
 * ```
 */
export interface ForwardPass {
  /** $a^{(l)}$, l = 1..L: with the bias unit $a_0 = 1$ first for $l < L$, without it for $l = L$. */
  a(l: number): Vector;
  /** $z^{(l)} = \Theta^{(l-1)} a^{(l-1)}$, l = 2..L. */
  z(l: number): Vector;
  /** The output $h_\Theta(x) = a^{(L)}$. */
  readonly h: Vector;
}

/** A snapshot of a kernel's a/z buffers after one example. Internal; exposed through {@link ForwardPass}. */
export class Pass implements ForwardPass {
  readonly L: number;
  readonly h: Vector;
  protected readonly as: Float64Array[];
  protected readonly zs: Float64Array[];

  constructor(k: Kernel) {
    this.L = k.net.L;
    this.as = k.a.map((v) => v.slice());
    this.zs = k.z.map((v) => v.slice());
    this.h = Array.from(this.as[this.L - 1].subarray(1));
  }

  a(l: number): Vector {
    requireIndex(l, 1, this.L, 'a(l): l');
    return l === this.L ? this.h.slice() : Array.from(this.as[l - 1]);
  }

  z(l: number): Vector {
    requireIndex(l, 2, this.L, 'z(l): l');
    return Array.from(this.zs[l - 1]);
  }
}

/**
 * Forward propagation of one example: $a^{(1)} = x$, $z^{(l+1)} = \Theta^{(l)} a^{(l)}$, $a^{(l+1)} = g(z^{(l+1)})$.
 * @example
 * ```ts
 * const net = Network.fromWeights([[[0.35, 0.15, 0.20], [0.35, 0.25, 0.30]],
 *                                  [[0.60, 0.40, 0.45], [0.60, 0.50, 0.55]]]);
 * const p = forward(net, [0.05, 0.10]);
 * p.z(2); // [0.3775, 0.3925]
 * p.h;    // [0.75136507, 0.77292847]
 * ```
 */
export function forward(net: Network, x: Vector): ForwardPass {
  const X = packVector(x, 'x');
  const k = new Kernel(net);
  k.check(X, null, true);
  k.forwardRow(X.data, 0);
  return new Pass(k);
}

/**
 * Forward propagation of every row of `X` (m × s(1)), through the same kernel as {@link forward}.
 * @example
 * ```ts
 * const passes = forwardBatch(net, [[0, 0], [0, 1]]);
 * passes[1].h; // output for the second example
 * ```
 */
export function forwardBatch(net: Network, X: Matrix): ForwardPass[] {
  const P = pack(X, 'X');
  const k = new Kernel(net);
  k.check(P, null);
  const out: ForwardPass[] = [];
  for (let r = 0; r < P.rows; r++) {
    k.forwardRow(P.data, r);
    out.push(new Pass(k));
  }
  return out;
}

/**
 * The outputs $h_\Theta(x)$ for every row of `X`, as an m × s(L) matrix (no per-layer snapshots).
 * @example
 * ```ts
 * predict(net, [[0, 0], [1, 1]]); // [[h1], [h2]]
 * ```
 */
export function predict(net: Network, X: Matrix): Matrix {
  const P = pack(X, 'X');
  const k = new Kernel(net);
  k.check(P, null);
  const out: Matrix = [];
  const K = net.sizes[net.L - 1], aL = k.a[net.L - 1];
  for (let r = 0; r < P.rows; r++) {
    k.forwardRow(P.data, r);
    out.push(Array.from(aL.subarray(1, K + 1)));
  }
  return out;
}
