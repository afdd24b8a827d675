/**
 * Backpropagation: $\delta^{(l)}$ per example, the accumulators $\Delta^{(l)}$, the gradient
 * $D^{(l)} = \partial J/\partial\Theta^{(l)}$, and the cost $J$ itself.
 */
import { checkCost, type CostName } from './costs.ts';
import { BackpropError, requireFinite, requireIndex } from './errors.ts';
import { type ForwardPass, Pass } from './forward.ts';
import { Kernel } from './kernel.ts';
import { type Matrix, type PackedMatrix, type Vector, pack, packVector, unpack } from './matrix.ts';
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
  return { cost: checkCost(opts.cost, net.acts[net.L - 1]), lambda };
}

/** Pack and shape-check X and Y for a network. Internal helper. */
export function prepare(k: Kernel, X: Matrix | PackedMatrix, Y: Matrix | PackedMatrix, single = false): [PackedMatrix, PackedMatrix] {
  const PX = pack(X, 'X'), PY = pack(Y, 'Y');
  k.check(PX, PY, single);
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
  return k.evaluate(PX, PY, c, lambda, false);
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

class Trace extends Pass implements BackpropTrace {
  readonly J: number;
  private readonly ds: Float64Array[];
  private readonly Ds: Float64Array[];
  private readonly sizes: number[];

  constructor(k: Kernel, J: number) {
    super(k);
    this.J = J;
    this.sizes = k.net.sizes;
    this.ds = k.d.map((v) => v.slice());
    this.Ds = k.grad.map((v) => v.slice());
  }

  delta(l: number): Vector {
    requireIndex(l, 2, this.L, 'δ(l): l');
    return Array.from(this.ds[l - 1]);
  }

  D(l: number): Matrix {
    requireIndex(l, 1, this.L - 1, 'D(l): l');
    return unpack(this.Ds[l - 1], this.sizes[l], this.sizes[l - 1] + 1);
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
  const J = k.evaluate(PX, PY, c, 0, true);
  return new Trace(k, J);
}

/**
 * Backpropagation for every row: one {@link BackpropTrace} per example (for widgets that show $\delta$ per example).
 * @example
 * ```ts
 * backpropBatch(net, X, Y).map((t) => t.delta(3));
 * ```
 */
export function backpropBatch(net: Network, X: Matrix, Y: Matrix, opts: { cost?: CostName } = {}): BackpropTrace[] {
  const { cost: c } = resolveCost(net, { cost: opts.cost });
  const k = new Kernel(net);
  const [PX, PY] = prepare(k, X, Y);
  const out: BackpropTrace[] = [];
  for (let r = 0; r < PX.rows; r++) out.push(new Trace(k, k.evaluate(PX, PY, c, 0, true, null, r, 1)));
  return out;
}

/**
 * The cost and its gradient over a data set.
 * @example
 * ```ts
 * const { J, D, Delta }: Gradients = gradients(net, X, Y);
 * ```
 */
export interface Gradients {
  /** $J(\Theta)$, averaged and regularised. */
  J: number;
  /** `D[l-1]` is $D^{(l)} = \frac1m\Delta^{(l)} + \frac{\lambda}{m}\Theta^{(l)}$ (bias column not regularised). */
  D: Matrix[];
  /** `Delta[l-1]` is the accumulator $\Delta^{(l)} = \sum_i \delta^{(l+1)}(a^{(l)})^T$ over the m examples. */
  Delta: Matrix[];
}

/**
 * $J$ and $D^{(l)} = \partial J/\partial\Theta^{(l)}$ over all rows of X, Y (full batch).
 * @example
 * ```ts
 * const { J, D } = gradients(net, [[0, 0], [1, 1]], [[0], [1]], { lambda: 1 });
 * D[0]; // ∂J/∂Θ(1)
 * ```
 */
export function gradients(net: Network, X: Matrix | PackedMatrix, Y: Matrix | PackedMatrix, opts: CostOptions = {}): Gradients {
  const { cost: c, lambda } = resolveCost(net, opts);
  const k = new Kernel(net);
  const [PX, PY] = prepare(k, X, Y);
  const J = k.evaluate(PX, PY, c, lambda, true);
  const m = PX.rows, { sizes } = net;
  const D = k.grad.map((G, l) => unpack(G, sizes[l + 1], sizes[l] + 1));
  k.regularise(-lambda, m, true); // undo the λ/m Θ term to recover Δ = m·(D − λ/m Θ)
  const Delta = k.grad.map((G, l) => unpack(G.map((v) => v * m), sizes[l + 1], sizes[l] + 1));
  return { J, D, Delta };
}
