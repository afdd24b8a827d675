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
 * Backprop's gradient, the numerical one, and their relative difference, in one call.
 * @example
 * ```ts
 * gradientCheck(Network.random([3, 5, 2]), X, Y).relativeDifference < 1e-9; // true
 * ```
 */
export function gradientCheck(net: Network, X: Matrix | PackedMatrix, Y: Matrix | PackedMatrix,
  opts: NumericalGradientOptions = {}): { analytic: Matrix[]; numerical: Matrix[]; relativeDifference: number } {
  const analytic = gradients(net, X, Y, opts).D;
  const numerical = numericalGradient(net, X, Y, opts);
  return { analytic, numerical, relativeDifference: relativeDifference(numerical, analytic) };
}
