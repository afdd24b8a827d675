/**
 * Activation functions g and their derivatives g', as scalar/elementwise helpers for readers
 * and as in-place Float64Array kernels for the hot loop.
 */
import { BackpropError } from './errors.ts';

/**
 * An activation function name. `softmax` is allowed only on the output layer.
 * @example
 * ```ts
 * const act: Activation = 'tanh';
 * ```
 */
export type Activation = 'sigmoid' | 'tanh' | 'relu' | 'linear' | 'softmax';

/**
 * Every activation name, in a fixed order (for menus and validation).
 * @example
 * ```ts
 * ACTIVATIONS.includes('relu'); // true
 * ```
 */
export const ACTIVATIONS: readonly Activation[] = Object.freeze(['sigmoid', 'tanh', 'relu', 'linear', 'softmax']);

/** Throw a {@link BackpropError} unless `name` is a known activation. Internal helper. */
export function checkActivation(name: unknown, where: string): Activation {
  if (typeof name === 'string' && (ACTIVATIONS as readonly string[]).includes(name)) return name as Activation;
  throw new BackpropError(`unknown activation ${JSON.stringify(name)} for ${where} (expected sigmoid, tanh, relu, linear or softmax)`);
}

function lift(f: (z: number) => number) {
  function g(z: number): number;
  function g(z: readonly number[]): number[];
  function g(z: number | readonly number[]): number | number[] {
    return typeof z === 'number' ? f(z) : z.map(f);
  }
  return g;
}

function sig(z: number): number {
  // Two branches so exp never overflows: σ(z) = 1/(1+e^{-z}) = e^z/(1+e^z).
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * The logistic sigmoid $g(z) = \frac{1}{1+e^{-z}}$, for a number or elementwise for an array.
 * @example
 * ```ts
 * sigmoid(0);        // 0.5
 * sigmoid([0, 100]); // [0.5, 1]
 * ```
 */
export const sigmoid = lift(sig);

/**
 * The sigmoid's derivative $g'(z) = g(z)\,(1 - g(z))$.
 * @example
 * ```ts
 * sigmoidGradient(0); // 0.25
 * ```
 */
export const sigmoidGradient = lift((z) => { const s = sig(z); return s * (1 - s); });

/**
 * The hyperbolic tangent $\tanh z = \frac{e^z - e^{-z}}{e^z + e^{-z}}$.
 * @example
 * ```ts
 * tanh(0); // 0
 * ```
 */
export const tanh = lift(Math.tanh);

/**
 * The derivative of tanh, $1 - \tanh^2 z$.
 * @example
 * ```ts
 * tanhGradient(0); // 1
 * ```
 */
export const tanhGradient = lift((z) => { const t = Math.tanh(z); return 1 - t * t; });

/**
 * The rectified linear unit $\max(0, z)$.
 * @example
 * ```ts
 * relu([-1, 2]); // [0, 2]
 * ```
 */
export const relu = lift((z) => (z > 0 ? z : 0));

/**
 * The derivative of ReLU: $1$ for $z > 0$, else $0$ (we take $0$ at $z = 0$).
 * @example
 * ```ts
 * reluGradient([-1, 2]); // [0, 1]
 * ```
 */
export const reluGradient = lift((z) => (z > 0 ? 1 : 0));

/**
 * Softmax $a_k = \frac{e^{z_k}}{\sum_j e^{z_j}}$, computed stably by subtracting $\max_j z_j$.
 * @example
 * ```ts
 * softmax([0, 0]); // [0.5, 0.5]
 * ```
 */
export function softmax(z: readonly number[]): number[] {
  const out = new Float64Array(z.length);
  softmaxInto(Float64Array.from(z), 0, out, 0, z.length);
  return Array.from(out);
}

/**
 * g'(z) of a named elementwise activation at `z` (softmax has a Jacobian instead: see the lessons).
 * @example
 * ```ts
 * activationGradient('sigmoid', 0); // 0.25
 * ```
 */
export function activationGradient(name: Activation, z: number): number {
  switch (checkActivation(name, 'activationGradient')) {
    case 'sigmoid': return sigmoidGradient(z);
    case 'tanh': return tanhGradient(z);
    case 'relu': return z > 0 ? 1 : 0;
    case 'linear': return 1;
    default: throw new BackpropError('softmax has no elementwise derivative: ∂a_k/∂z_j = a_k(δ_kj − a_j)');
  }
}

/** In place: out[o..o+n) = g(z[zo..zo+n)). Internal hot-loop kernel. */
export function activateInto(name: Activation, z: Float64Array, zo: number, out: Float64Array, o: number, n: number): void {
  switch (name) {
    case 'sigmoid': for (let i = 0; i < n; i++) out[o + i] = sig(z[zo + i]); break;
    case 'tanh': for (let i = 0; i < n; i++) out[o + i] = Math.tanh(z[zo + i]); break;
    case 'relu': for (let i = 0; i < n; i++) { const v = z[zo + i]; out[o + i] = v > 0 ? v : 0; } break;
    case 'linear': for (let i = 0; i < n; i++) out[o + i] = z[zo + i]; break;
    case 'softmax': softmaxInto(z, zo, out, o, n); break;
  }
}

/** In place: d[i] *= g'(z_i), using the already computed a = g(z) where cheaper. Internal kernel. */
export function scaleByGradient(name: Activation, a: Float64Array, ao: number, d: Float64Array, n: number): void {
  switch (name) {
    case 'sigmoid': for (let i = 0; i < n; i++) { const v = a[ao + i]; d[i] *= v * (1 - v); } break;
    case 'tanh': for (let i = 0; i < n; i++) { const v = a[ao + i]; d[i] *= 1 - v * v; } break;
    case 'relu': for (let i = 0; i < n; i++) if (!(a[ao + i] > 0)) d[i] = 0; break;
    default: break; // linear: g' = 1; softmax is handled by the cost (its Jacobian is not diagonal)
  }
}

function softmaxInto(z: Float64Array, zo: number, out: Float64Array, o: number, n: number): void {
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (z[zo + i] > max) max = z[zo + i];
  let sum = 0;
  for (let i = 0; i < n; i++) { const e = Math.exp(z[zo + i] - max); out[o + i] = e; sum += e; }
  for (let i = 0; i < n; i++) out[o + i] /= sum;
}
