/**
 * Backpropagation: $\delta^{(l)}$ per example, the accumulators $\Delta^{(l)}$, the gradient
 * $D^{(l)} = \partial J/\partial\Theta^{(l)}$, and the cost $J$ itself.
 */
import { checkCost, type CostName } from './costs.ts';
import { BackpropError, requireFinite, requireIndex } from './errors.ts';
import { checkInput, type ForwardPass, Pass } from './forward.ts';
import { Kernel } from './kernel.ts';
import { type Matrix, type PackedMatrix, type Vector, pack, packVector, shapeOf, unpack } from './matrix.ts';
import type { Network } from './network.ts';

/**
 * Which cost, and the regularisation strength $\lambda$ (default 0).
 * @example
 * ```ts
 * gradients(net, X, Y, { cost: 'cross-entropy', lambda: 1 });
 * ```
 */
export interface CostOptions {
  /** Cost function; default from the output activation (see {@link defaultCost}). */
  cost?: CostName;
  /** L2 regularisation $\lambda \ge 0$; the bias column is never regularised. */
  lambda?: number;
}

/** Validate cost options against a network. Internal helper. */
export function resolveCost(net: Network, opts: CostOptions = {}): { cost: CostName; lambda: number } {
  const lambda = opts.lambda ?? 0;
  requireFinite(lambda, 'lambda');
  if (lambda < 0) throw new BackpropError(`lambda = ${lambda}: the regularisation strength must be ≥ 0`);
  return { cost: checkCost(opts.cost, net.activation(net.L)), lambda };
}

/**
 * Pack X and Y and check that they fit the network: X is m × s(1), Y is m × s(L); `single` words the
 * messages for one example x, y. Both shapes are named in every message. Internal helper.
 */
export function prepare(k: Kernel, X: Matrix | PackedMatrix, Y: Matrix | PackedMatrix, single = false): [PackedMatrix, PackedMatrix] {
  const PX = pack(X, single ? 'x' : 'X'), PY = pack(Y, single ? 'y' : 'Y');
  checkInput(k.net, PX, single);
  const { sizes, L } = k.net;
  if (single && PY.cols !== sizes[L - 1]) {
    throw new BackpropError(`y has ${PY.cols} entries but the output layer has s(${L}) = ${sizes[L - 1]} units`);
  }
  if (PY.rows !== PX.rows || PY.cols !== sizes[L - 1]) {
    throw new BackpropError(`Y is ${shapeOf(PY.rows, PY.cols)} but X is ${shapeOf(PX.rows, PX.cols)} and the output layer has s(${L}) = ${sizes[L - 1]} units (expected ${PX.rows}×${sizes[L - 1]})`);
  }
  return [PX, PY];
}

/**
 * The cost $J(\Theta) = \frac1m\sum_{i=1}^m \text{cost}(h_\Theta(x^{(i)}), y^{(i)}) + \frac{\lambda}{2m}\sum_{l,i,j\ge1}(\Theta^{(l)}_{ij})^2$.
 * @example
 * ```ts
 * cost(net, [[0.05, 0.10]], [[0.01, 0.99]], { cost: 'squared-error' }); // 0.298371109
 * ```
 */
export function cost(net: Network, X: Matrix | PackedMatrix, Y: Matrix | PackedMatrix, opts: CostOptions = {}): number {
  const { cost: c, lambda } = resolveCost(net, opts);
  const k = new Kernel(net);
  const [PX, PY] = prepare(k, X, Y);
  return k.evaluate(PX, PY, { cost: c, lambda });
}

/**
 * Forward pass plus backpropagation for one example.
 * @example
 * ```ts
 * const t: BackpropTrace = backprop(net, [0.05, 0.10], [0.01, 0.99]);
 * t.delta(3); // δ(3)
 * ```
 */
export interface BackpropTrace extends ForwardPass {
  /** $\delta^{(l)} = \partial J/\partial z^{(l)}$, l = 2..L. */
  delta(l: number): Vector;
  /** $D^{(l)} = \delta^{(l+1)}(a^{(l)})^T = \partial J/\partial\Theta^{(l)}$ for this one example (unregularised), l = 1..L−1. */
  D(l: number): Matrix;
  /** This example's cost. */
  readonly J: number;
}

/** A copy of the kernel's δ(l) and D(l) after one example (slot 0), read with the math's l. */
class Trace extends Pass implements BackpropTrace {
  readonly J: number;
  readonly #delta: Float64Array[];
  readonly #D: Float64Array[];
  readonly #s: number[];

  constructor(k: Kernel, J: number) {
    super(k);
    this.J = J;
    this.#s = k.s;
    this.#delta = k.delta.map((slots) => (slots.length ? slots[0].slice() : new Float64Array(0)));
    this.#D = k.D.map((v) => v.slice());
  }

  delta(l: number): Vector {
    requireIndex(l, 2, this.L, 'δ(l): l');
    return Array.from(this.#delta[l]);
  }

  D(l: number): Matrix {
    requireIndex(l, 1, this.L - 1, 'D(l): l');
    return unpack(this.#D[l], this.#s[l + 1], this.#s[l] + 1);
  }
}

/**
 * Backpropagation for one example: $\delta^{(L)}$ from the cost, then
 * $\delta^{(l)} = (\Theta^{(l)})^T\delta^{(l+1)} \odot g'(z^{(l)})$ and $D^{(l)} = \delta^{(l+1)} (a^{(l)})^T$.
 * @example
 * ```ts
 * const t = backprop(net, [0.05, 0.10], [0.01, 0.99], { cost: 'squared-error' });
 * t.D(2)[0][1]; // ∂E/∂w5 = 0.082167041
 * ```
 */
export function backprop(net: Network, x: Vector, y: Vector, opts: { cost?: CostName } = {}): BackpropTrace {
  const { cost: c } = resolveCost(net, { cost: opts.cost });
  const k = new Kernel(net);
  const [PX, PY] = prepare(k, packVector(x, 'x'), packVector(y, 'y'), true);
  const J = k.evaluate(PX, PY, { cost: c, grad: true });
  return new Trace(k, J);
}

/**
 * Backpropagation for every row: one {@link BackpropTrace} per example (for widgets that show $\delta$ per example).
 * @example
 * ```ts
 * backpropBatch(net, X, Y).map((t) => t.delta(3));
 * ```
 */
export function backpropBatch(net: Network, X: Matrix | PackedMatrix, Y: Matrix | PackedMatrix, opts: { cost?: CostName } = {}): BackpropTrace[] {
  const { cost: c } = resolveCost(net, { cost: opts.cost });
  const k = new Kernel(net);
  const [PX, PY] = prepare(k, X, Y);
  const out: BackpropTrace[] = [];
  for (let r = 0; r < PX.rows; r++) out.push(new Trace(k, k.evaluate(PX, PY, { cost: c, grad: true, rows: Int32Array.of(r) })));
  return out;
}

/**
 * The cost and its gradient over a data set. The matrices sit in arrays (JSON-able, and in the form
 * {@link numericalGradient} returns, so the two compare directly): layer l is at index `[l-1]`.
 * @example
 * ```ts
 * const { J, D, Delta }: Gradients = gradients(net, X, Y);
 * D[0]; // D(1) = ∂J/∂Θ(1)
 * ```
 */
export interface Gradients {
  /** J(Θ), averaged over the m examples and regularised. */
  J: number;
  /** `D[l-1]` is D(l) = (1/m) Δ(l) + (λ/m) Θ(l) = ∂J/∂Θ(l), with the bias column j = 0 not regularised. */
  D: Matrix[];
  /** `Delta[l-1]` is the accumulator Δ(l) = Σ over the m examples of δ(l+1) a(l)ᵀ (unregularised). */
  Delta: Matrix[];
}

/**
 * J and D(l) = ∂J/∂Θ(l) over all rows of X, Y (full batch). X and Y may be nested arrays or packed.
 * @example
 * ```ts
 * const { J, D } = gradients(net, [[0, 0], [1, 1]], [[0], [1]], { lambda: 1 });
 * D[0]; // D(1) = ∂J/∂Θ(1)
 * ```
 */
export function gradients(net: Network, X: Matrix | PackedMatrix, Y: Matrix | PackedMatrix, opts: CostOptions = {}): Gradients {
  const { cost: c, lambda } = resolveCost(net, opts);
  const k = new Kernel(net);
  const [PX, PY] = prepare(k, X, Y);
  const J = k.evaluate(PX, PY, { cost: c, lambda, grad: true });
  const layer = (M: Float64Array[], l: number) => unpack(M[l], k.s[l + 1], k.s[l] + 1);
  const ls = Array.from({ length: net.L - 1 }, (_, i) => i + 1);
  return { J, D: ls.map((l) => layer(k.D, l)), Delta: ls.map((l) => layer(k.Delta, l)) };
}
