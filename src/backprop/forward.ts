/**
 * Forward propagation, exposing every $z^{(l)}$ and $a^{(l)}$ as the lessons write them.
 */
import { BackpropError, requireIndex } from './errors.ts';
import { blockSize, Kernel } from './kernel.ts';
import { type Matrix, type PackedMatrix, type Vector, pack, packVector, shapeOf } from './matrix.ts';
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

/** A copy of a kernel's a(l), z(l) after one example (slot 0). Internal; exposed through {@link ForwardPass}. */
export class Pass implements ForwardPass {
  readonly L: number;
  readonly h: Vector;
  readonly #a: Float64Array[];
  readonly #z: Float64Array[];

  constructor(k: Kernel) {
    this.L = k.L;
    this.#a = k.a.map((slots) => (slots.length ? slots[0].slice() : new Float64Array(0)));
    this.#z = k.z.map((slots) => (slots.length ? slots[0].slice() : new Float64Array(0)));
    this.h = Array.from(this.#a[this.L].subarray(1));
  }

  a(l: number): Vector {
    requireIndex(l, 1, this.L, 'a(l): l');
    return l === this.L ? this.h.slice() : Array.from(this.#a[l]);
  }

  z(l: number): Vector {
    requireIndex(l, 2, this.L, 'z(l): l');
    return Array.from(this.#z[l]);
  }
}

/** Throw unless X has s(1) columns; `single` words the message for one example x. Internal helper. */
export function checkInput(net: Network, X: PackedMatrix, single = false): void {
  const s1 = net.sizes[0];
  if (X.cols === s1) return;
  throw new BackpropError(single
    ? `x has ${X.cols} entries but the input layer has s(1) = ${s1} units`
    : `X is ${shapeOf(X.rows, X.cols)} but the input layer has s(1) = ${s1} units (expected ${X.rows}×${s1})`);
}

/** Row r alone, as the kernel's row list. */
const only = (r: number) => Int32Array.of(r);

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
  checkInput(net, X, true);
  const k = new Kernel(net);
  k.forward(X.data, only(0), 0, 1);
  return new Pass(k);
}

/**
 * Forward propagation of every row of `X` (m × s(1), nested arrays or packed), through the same kernel as
 * {@link forward}: one {@link ForwardPass} per example.
 * @example
 * ```ts
 * const passes = forwardBatch(net, [[0, 0], [0, 1]]);
 * passes[1].h; // output for the second example
 * ```
 */
export function forwardBatch(net: Network, X: Matrix | PackedMatrix): ForwardPass[] {
  const P = pack(X, 'X');
  checkInput(net, P);
  const k = new Kernel(net);
  const out: ForwardPass[] = [];
  for (let r = 0; r < P.rows; r++) {
    k.forward(P.data, only(r), 0, 1);
    out.push(new Pass(k));
  }
  return out;
}

/**
 * The outputs h_Θ(x) for every row of `X` (m × s(1), nested arrays or packed), as an m × s(L) matrix.
 * Faster than {@link forwardBatch}: no per-layer copies, and rows go through the kernel 4 at a time.
 * @example
 * ```ts
 * predict(net, [[0, 0], [1, 1]]); // [[h1], [h2]]
 * ```
 */
export function predict(net: Network, X: Matrix | PackedMatrix): Matrix {
  const P = pack(X, 'X');
  checkInput(net, P);
  const k = new Kernel(net);
  const out: Matrix = [];
  const rows = Int32Array.from({ length: P.rows }, (_, r) => r), h = k.a[net.L];
  for (let t = 0, n = 0; t < P.rows; t += n) {
    n = blockSize(P.rows - t);
    k.forward(P.data, rows, t, n);
    for (let b = 0; b < n; b++) out.push(Array.from(h[b].subarray(1)));
  }
  return out;
}
