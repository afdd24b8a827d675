/**
 * Gradient checking: the numerical gradient by central differences, and the relative difference
 * that says whether backpropagation agrees with it.
 */
import { prepare, resolveCost, type CostOptions, gradients } from './backprop.ts';
import { BackpropError, requireFinite } from './errors.ts';
import { Kernel } from './kernel.ts';
import { type Matrix, type PackedMatrix, unpack } from './matrix.ts';
import { type Network, packedWeights } from './network.ts';

/**
 * Options of {@link numericalGradient}: the cost options plus the step $\varepsilon$ (default $10^{-4}$).
 * @example
 * ```ts
 * numericalGradient(net, X, Y, { epsilon: 1e-5, lambda: 1 });
 * ```
 */
export interface NumericalGradientOptions extends CostOptions { epsilon?: number }

/**
 * The gradient by central differences, $\frac{\partial J}{\partial\Theta_{ij}} \approx \frac{J(\Theta + \varepsilon e_{ij}) - J(\Theta - \varepsilon e_{ij})}{2\varepsilon}$,
 * in the same form as `gradients(...).D`. Costs two full evaluations of J per weight: a checking tool only.
 * @example
 * ```ts
 * const num = numericalGradient(net, X, Y, { epsilon: 1e-5 });
 * relativeDifference(num, gradients(net, X, Y).D); // ≈ 1e-10
 * ```
 */
export function numericalGradient(net: Network, X: Matrix | PackedMatrix, Y: Matrix | PackedMatrix,
  opts: NumericalGradientOptions = {}): Matrix[] {
  const { cost, lambda } = resolveCost(net, opts);
  const eps = opts.epsilon ?? 1e-4;
  requireFinite(eps, 'epsilon');
  if (eps <= 0) throw new BackpropError(`epsilon = ${eps}: the finite-difference step must be > 0`);
  const k = new Kernel(net);
  const [PX, PY] = prepare(k, X, Y);
  return packedWeights(net).map((T, l) => {
    const out = new Float64Array(T.length);
    for (let p = 0; p < T.length; p++) {
      const w = T[p];
      T[p] = w + eps;
      const plus = k.evaluate(PX, PY, { cost, lambda });
      T[p] = w - eps;
      const minus = k.evaluate(PX, PY, { cost, lambda });
      T[p] = w; // restore exactly
      out[p] = (plus - minus) / (2 * eps);
    }
    return unpack(out, net.sizes[l + 1], net.sizes[l] + 1);
  });
}

type Numbers = number | readonly Numbers[];

function flatten(x: Numbers, name: string, out: number[], path: string): void {
  if (typeof x === 'number') { requireFinite(x, `${name}${path}`); out.push(x); return; }
  if (!Array.isArray(x)) throw new BackpropError(`${name}${path} is not a number or an array`);
  x.forEach((v, i) => flatten(v, name, out, `${path}[${i}]`));
}

function shape(x: Numbers): string {
  return typeof x === 'number' ? '' : `${x.length}` + (x.length && typeof x[0] !== 'number' ? `×${shape(x[0])}` : '');
}

/**
 * The relative difference $\frac{\lVert a - b\rVert}{\lVert a + b\rVert}$ of two gradients of the same shape
 * (vectors, matrices or lists of matrices); below about $10^{-9}$ means backprop is right. 0 if both are zero.
 * For single tiny derivatives it is meaningless (two noise-level numbers give about 1): judge those with
 * {@link derivativeAgrees}, which adds an absolute floor.
 * @example
 * ```ts
 * relativeDifference([1, 2], [1, 2.000001]); // ≈ 1.7e-7
 * ```
 */
export function relativeDifference(a: Matrix[] | Matrix | number[], b: Matrix[] | Matrix | number[]): number {
  const fa: number[] = [], fb: number[] = [];
  flatten(a as Numbers, 'a', fa, '');
  flatten(b as Numbers, 'b', fb, '');
  if (fa.length !== fb.length || shape(a as Numbers) !== shape(b as Numbers)) {
    throw new BackpropError(`cannot compare gradients of different shapes: a is ${shape(a as Numbers)} (${fa.length} numbers) but b is ${shape(b as Numbers)} (${fb.length} numbers)`);
  }
  let diff = 0, sum = 0;
  for (let i = 0; i < fa.length; i++) {
    diff += (fa[i] - fb[i]) ** 2;
    sum += (fa[i] + fb[i]) ** 2;
  }
  return sum === 0 ? (diff === 0 ? 0 : Infinity) : Math.sqrt(diff) / Math.sqrt(sum);
}

/**
 * Tolerances of the gradient-check verdict: `rtol` on the relative difference and `atol` on the absolute one.
 * @example
 * ```ts
 * const tol: CheckTolerance = { rtol: 1e-7, atol: 1e-9 };
 * ```
 */
export interface CheckTolerance {
  /** Largest accepted relative difference $|a-b|/|a+b|$ (default $10^{-7}$). */
  rtol?: number;
  /** Largest accepted absolute difference $|a-b|$, in units of $J$ per unit of weight (default {@link absoluteTolerance}). */
  atol?: number;
}

/**
 * The default relative tolerance of the verdict, $10^{-7}$ (CS231n's "probably right" threshold; a real bug
 * usually gives $10^{-2}$ or more).
 * @example
 * ```ts
 * DEFAULT_RTOL; // 1e-7
 * ```
 */
export const DEFAULT_RTOL = 1e-7;

/**
 * The default absolute floor for a cost of size `J`: $10^{-9}\max(1, |J|)$.
 *
 * Why a floor at all: the central difference carries round-off of about $u\,|J|/\varepsilon$ ($u = 2.2\times10^{-16}$;
 * $\approx 2\times10^{-12}|J|$ at $\varepsilon = 10^{-4}$), so a weight whose true derivative is smaller than that gets
 * a numerical value that is pure noise (often exactly 0). The relative difference of two such tiny numbers is
 * meaningless, about 1, and would call a correct backprop wrong (field log F09: a saturated unit's
 * $3.5\times10^{-15}$ against 0; 68 of 111 weights of a deep net). $10^{-9}$ per unit of $J$ sits well above that
 * noise and well below the differences a real bug leaves (typically $10^{-5}$ and more).
 * @example
 * ```ts
 * absoluteTolerance(0.3); // 1e-9
 * absoluteTolerance(50);  // 5e-8
 * ```
 */
export function absoluteTolerance(J: number): number {
  return 1e-9 * Math.max(1, Math.abs(J));
}

/**
 * The verdict for one derivative: backprop's `analytic` value agrees with the `numerical` one when
 * $|a - b| \le$ `atol` OR $|a - b|/|a + b| \le$ `rtol`. The absolute floor keeps round-off noise on tiny
 * derivatives from failing a correct gradient (see {@link absoluteTolerance}); the relative test judges the rest.
 * @example
 * ```ts
 * derivativeAgrees(0, 3.5e-15);          // true: both below the noise floor
 * derivativeAgrees(0.0821671, 0.0821670); // false: relative difference 6e-7 > 1e-7
 * ```
 */
export function derivativeAgrees(numerical: number, analytic: number, tol: CheckTolerance = {}): boolean {
  const rtol = tol.rtol ?? DEFAULT_RTOL, atol = tol.atol ?? absoluteTolerance(0);
  const diff = Math.abs(numerical - analytic);
  if (diff <= atol) return true;
  const sum = Math.abs(numerical + analytic);
  return sum > 0 && diff / sum <= rtol;
}

/**
 * The result of {@link gradientCheck}.
 * @example
 * ```ts
 * const r: GradientCheckResult = gradientCheck(net, X, Y);
 * r.ok; // true when every weight passes
 * ```
 */
export interface GradientCheckResult {
  /** Backprop's $D^{(l)}$ at `analytic[l-1]`. */
  analytic: Matrix[];
  /** The central-difference gradient, same shape. */
  numerical: Matrix[];
  /** $\lVert \text{num} - \text{bp}\rVert/\lVert \text{num} + \text{bp}\rVert$ over all weights. */
  relativeDifference: number;
  /** The largest $|\text{num} - \text{bp}|$ of any weight. */
  maxAbsDifference: number;
  /** The absolute floor used, $10^{-9}\max(1, |J|)$ unless given. */
  atol: number;
  /** Weights that fail {@link derivativeAgrees}, as `[l, i, j]` with the math's indices. */
  failures: [number, number, number][];
  /** True when every weight passes. */
  ok: boolean;
}

/**
 * Backprop's gradient, the numerical one, their relative difference, and the per-weight verdict of
 * {@link derivativeAgrees} (relative difference $\le$ `rtol` or absolute difference $\le$ `atol`).
 * @example
 * ```ts
 * const r = gradientCheck(Network.random([3, 5, 2]), X, Y);
 * r.relativeDifference < 1e-9; // true
 * r.ok;                        // true
 * ```
 */
export function gradientCheck(net: Network, X: Matrix | PackedMatrix, Y: Matrix | PackedMatrix,
  opts: NumericalGradientOptions & CheckTolerance = {}): GradientCheckResult {
  const { J, D: analytic } = gradients(net, X, Y, opts);
  const numerical = numericalGradient(net, X, Y, opts);
  const atol = opts.atol ?? absoluteTolerance(J);
  const tol = { rtol: opts.rtol, atol };
  const failures: [number, number, number][] = [];
  let maxAbsDifference = 0;
  numerical.forEach((N, l) => N.forEach((row, i) => row.forEach((n, j) => {
    const a = analytic[l][i][j];
    maxAbsDifference = Math.max(maxAbsDifference, Math.abs(n - a));
    if (!derivativeAgrees(n, a, tol)) failures.push([l + 1, i + 1, j]);
  })));
  return { analytic, numerical, relativeDifference: relativeDifference(numerical, analytic), maxAbsDifference, atol, failures, ok: failures.length === 0 };
}
