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

/** σ'(z) = σ(z)σ(−z) = e^{−|z|}/(1+e^{−|z|})²: even in z and free of the cancellation in a(1 − a). */
function sigPrime(z: number): number {
  const e = Math.exp(-Math.abs(z));
  return e / ((1 + e) * (1 + e));
}

/** tanh'(z) = 1/cosh²z = 4e^{−2|z|}/(1+e^{−2|z|})²: no cancellation in 1 − tanh², no overflow of cosh². */
function tanhPrime(z: number): number {
  const e = Math.exp(-2 * Math.abs(z));
  return (4 * e) / ((1 + e) * (1 + e));
}

/**
 * One elementwise activation as a record: its name, $g(z)$, and $g'(z)$ two ways.
 *
 * - `gPrime(z)` works from $z$ and keeps its digits where the unit saturates: $\sigma'(40) = 4.248\ldots\times10^{-18}$,
 *   while $a(1-a)$ with the rounded $a = \sigma(40) = 1$ gives exactly 0 (cancellation, tensorflow#126060).
 * - `gPrimeFromA(a)` is the textbook form from the activation $a = g(z)$ (one multiply, no `exp`); it agrees with
 *   `gPrime` to round-off while $|z| \lesssim 15$ but is 0 once $a$ rounds to $\pm1$ (sigmoid $z \gtrsim 37$,
 *   tanh $|z| \gtrsim 19$). Prefer `gPrime` when $z$ is at hand.
 *
 * ReLU's derivative at exactly $z = 0$ is taken as 0 (a valid subgradient).
 * @example
 * ```ts
 * const s: ActivationRecord = ACTIVATION.sigmoid;
 * s.g(0);            // 0.5
 * s.gPrime(0);       // 0.25
 * s.gPrime(40);      // 4.248354255291589e-18
 * s.gPrimeFromA(1);  // 0 (a = σ(40) rounds to 1)
 * ```
 */
export interface ActivationRecord {
  /** The activation's name. */
  readonly name: ElementwiseActivation;
  /** $g(z)$. */
  readonly g: (z: number) => number;
  /** $g'(z)$ from $z$, accurate in the saturated tails. */
  readonly gPrime: (z: number) => number;
  /** $g'$ written in terms of $a = g(z)$; loses all digits once $a$ rounds to its limit. */
  readonly gPrimeFromA: (a: number) => number;
}

/**
 * The activations with an elementwise derivative (all but softmax, whose Jacobian is not diagonal).
 * @example
 * ```ts
 * const name: ElementwiseActivation = 'relu';
 * ```
 */
export type ElementwiseActivation = Exclude<Activation, 'softmax'>;

/**
 * The one record per elementwise activation ($g$ and $g'$ together), the single source every scalar
 * helper, the graph's `Value`, the dual numbers, the chain-rule view and the cost's output layer read $g'$ from.
 * The hot-loop kernels below ({@link activateInto}, {@link scaleByDerivative}) unroll the same formulas in
 * monomorphic loops and are tested against this record.
 * @example
 * ```ts
 * ACTIVATION.tanh.gPrime(20);   // 1.6993417021166355e-17 (= 1/cosh²20)
 * ACTIVATION.relu.gPrime(-1);   // 0
 * ```
 */
export const ACTIVATION: Readonly<Record<ElementwiseActivation, ActivationRecord>> = Object.freeze({
  sigmoid: Object.freeze({ name: 'sigmoid', g: sig, gPrime: sigPrime, gPrimeFromA: (a: number) => a * (1 - a) }),
  tanh: Object.freeze({ name: 'tanh', g: Math.tanh, gPrime: tanhPrime, gPrimeFromA: (a: number) => 1 - a * a }),
  relu: Object.freeze({ name: 'relu', g: (z: number) => (z > 0 ? z : 0), gPrime: (z: number) => (z > 0 ? 1 : 0), gPrimeFromA: (a: number) => (a > 0 ? 1 : 0) }),
  linear: Object.freeze({ name: 'linear', g: (z: number) => z, gPrime: () => 1, gPrimeFromA: () => 1 }),
});

/**
 * The logistic sigmoid $g(z) = \frac{1}{1+e^{-z}}$, for a number or elementwise for an array.
 * A view of {@link ACTIVATION}`.sigmoid.g`.
 * @example
 * ```ts
 * sigmoid(0);        // 0.5
 * sigmoid([0, 100]); // [0.5, 1]
 * ```
 */
export const sigmoid = lift(ACTIVATION.sigmoid.g);

/**
 * The sigmoid's derivative $g'(z) = g(z)\,(1 - g(z)) = \sigma(z)\,\sigma(-z)$, computed in the second form so it keeps
 * its digits where $\sigma(z)$ rounds to 1. A view of {@link ACTIVATION}`.sigmoid.gPrime`.
 * @example
 * ```ts
 * sigmoidGradient(0);  // 0.25
 * sigmoidGradient(40); // 4.248354255291589e-18 (not 0)
 * ```
 */
export const sigmoidGradient = lift(ACTIVATION.sigmoid.gPrime);

/**
 * The hyperbolic tangent $\tanh z = \frac{e^z - e^{-z}}{e^z + e^{-z}}$.
 * @example
 * ```ts
 * tanh(0); // 0
 * ```
 */
export const tanh = lift(ACTIVATION.tanh.g);

/**
 * The derivative of tanh, $1 - \tanh^2 z = 1/\cosh^2 z$, computed in the second form (no cancellation
 * once $\tanh z$ rounds to ±1). A view of {@link ACTIVATION}`.tanh.gPrime`.
 * @example
 * ```ts
 * tanhGradient(0);  // 1
 * tanhGradient(20); // 1.6993417021166355e-17 (not 0)
 * ```
 */
export const tanhGradient = lift(ACTIVATION.tanh.gPrime);

/**
 * The rectified linear unit $\max(0, z)$.
 * @example
 * ```ts
 * relu([-1, 2]); // [0, 2]
 * ```
 */
export const relu = lift(ACTIVATION.relu.g);

/**
 * The derivative of ReLU: $1$ for $z > 0$, else $0$ (we take $0$ at $z = 0$).
 * @example
 * ```ts
 * reluGradient([-1, 2]); // [0, 1]
 * ```
 */
export const reluGradient = lift(ACTIVATION.relu.gPrime);

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
 * Reads {@link ACTIVATION}; throws a {@link BackpropError} for softmax or an unknown name.
 * @example
 * ```ts
 * activationGradient('sigmoid', 0); // 0.25
 * ```
 */
export function activationGradient(name: Activation, z: number): number {
  const act = checkActivation(name, 'activationGradient');
  if (act === 'softmax') throw new BackpropError('softmax has no elementwise derivative: ∂a_k/∂z_j = a_k(δ_kj − a_j)');
  return ACTIVATION[act].gPrime(z);
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

/**
 * In place: d[i] *= g'(z_i), from the already computed a = g(z) ({@link ActivationRecord.gPrimeFromA}): cheap, but 0 once
 * a unit saturates. Prefer {@link scaleByDerivative}. Internal kernel.
 */
export function scaleByGradient(name: Activation, a: Float64Array, ao: number, d: Float64Array, n: number): void {
  switch (name) {
    case 'sigmoid': for (let i = 0; i < n; i++) { const v = a[ao + i]; d[i] *= v * (1 - v); } break;
    case 'tanh': for (let i = 0; i < n; i++) { const v = a[ao + i]; d[i] *= 1 - v * v; } break;
    case 'relu': for (let i = 0; i < n; i++) if (!(a[ao + i] > 0)) d[i] = 0; break;
    default: break; // linear: g' = 1; softmax is handled by the cost (its Jacobian is not diagonal)
  }
}

/**
 * In place: out[o + i] = g(z_i) and slope[i] = g'(z_i) for i < n, both from ONE exp per unit, as the backward
 * pass needs them (TF Playground's `{output, der}`). `out` is bit for bit {@link activateInto}'s; g' keeps its digits
 * where the unit saturates, like {@link ACTIVATION}'s `gPrime` (to round-off), at no extra exp:
 * - sigmoid, e = e^{−|z|}: σ(z) = 1/(1+e) for z ≥ 0 and e/(1+e) below; σ' = σ(z)σ(−z), the smaller factor e/(1+e)
 *   taken as e·σ(z) for z ≥ 0 (not 1 − σ, which cancels).
 * - tanh, |z| ≥ 1: t = e^{2|z|} − 1 and q = 2/(t+2) = 1 − |tanh z|, as `Math.tanh` itself computes it (fdlibm), so
 *   tanh' = 1 − tanh² = q(2 − q) with no cancellation; below 1, 1 − a² does not cancel (a² < 0.59).
 * Softmax leaves `slope` alone: its Jacobian is not diagonal, and the cost handles it. Internal hot-loop kernel.
 * @example
 * ```ts
 * const a = new Float64Array(2), s = new Float64Array(1);
 * activateWithSlopeInto('sigmoid', Float64Array.of(40), a, 1, s, 1); // a[1] = 1, s[0] = 4.2e-18 (not 0)
 * ```
 */
export function activateWithSlopeInto(name: Activation, z: Float64Array, out: Float64Array, o: number, slope: Float64Array, n: number): void {
  // one small function per activation, so the compiler can inline the one a layer uses into the hot loop
  switch (name) {
    case 'sigmoid': sigmoidWithSlope(z, out, o, slope, n); break;
    case 'tanh': tanhWithSlope(z, out, o, slope, n); break;
    case 'relu': for (let i = 0; i < n; i++) { const v = z[i]; out[o + i] = v > 0 ? v : 0; slope[i] = v > 0 ? 1 : 0; } break;
    case 'linear': for (let i = 0; i < n; i++) { out[o + i] = z[i]; slope[i] = 1; } break;
    case 'softmax': softmaxInto(z, 0, out, o, n); break;
  }
}

function sigmoidWithSlope(z: Float64Array, out: Float64Array, o: number, slope: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = z[i];
    if (v >= 0) { const e = Math.exp(-v), a = 1 / (1 + e); out[o + i] = a; slope[i] = a * (e * a); }
    else { const e = Math.exp(v), a = e / (1 + e); out[o + i] = a; slope[i] = a * (1 - a); }
  }
}

function tanhWithSlope(z: Float64Array, out: Float64Array, o: number, slope: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = z[i], x = Math.abs(v);
    if (x >= 1) {
      const q = 2 / (Math.expm1(2 * x) + 2);
      out[o + i] = v < 0 ? q - 1 : 1 - q;
      slope[i] = q * (2 - q);
    } else { const a = Math.tanh(v); out[o + i] = a; slope[i] = 1 - a * a; }
  }
}

/**
 * In place: d[i] *= g'(z[zo + i]) for i < n, with g' from z as in {@link ACTIVATION} (keeps its digits where
 * the unit saturates; {@link scaleByGradient} works from a and returns 0 there). Softmax and linear leave d as is.
 * Internal hot-loop kernel, for the kernel to switch to.
 * @example
 * ```ts
 * const d = Float64Array.of(1); scaleByDerivative('sigmoid', Float64Array.of(40), 0, d, 1); // d[0] = 4.2e-18
 * ```
 */
export function scaleByDerivative(name: Activation, z: Float64Array, zo: number, d: Float64Array, n: number): void {
  switch (name) {
    case 'sigmoid': for (let i = 0; i < n; i++) d[i] *= sigPrime(z[zo + i]); break;
    case 'tanh': for (let i = 0; i < n; i++) d[i] *= tanhPrime(z[zo + i]); break;
    case 'relu': for (let i = 0; i < n; i++) if (!(z[zo + i] > 0)) d[i] = 0; break;
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
