/**
 * Helpers shared by the analysis widgets (CostCurve, GradientCheck): the default example, the data as
 * rows, linear scales with round ticks, and number formatting for the page.
 */
import { type CostName, type Matrix, Network, type NetworkOptions } from 'backprop';
import { CORE_SCENARIOS } from '../../src/course/scenarios-core.ts';

/** The network and data a widget works on; every field optional, defaults from `SCENARIOS.classic`. */
export interface ExampleProps {
  /** $\Theta^{(1)}, \Theta^{(2)}, \dots$ as nested arrays, column 0 for the bias. */
  weights?: number[][][];
  /** One input vector, or a matrix with one example per row. */
  x?: number[] | number[][];
  /** One target vector, or one row per example. */
  y?: number[] | number[][];
  /** Cost function; default `'squared-error'`, as in the classic scenario. */
  cost?: CostName;
  /** Regularisation $\lambda$ (default 0). */
  lambda?: number;
  /** Activations (sigmoid everywhere by default). */
  options?: NetworkOptions;
}

/** A resolved example: the network, X and Y as rows, and the cost options. */
export interface Example {
  net: Network;
  X: Matrix;
  Y: Matrix;
  cost: CostName;
  lambda: number;
}

const classic = CORE_SCENARIOS.classic;

/** A vector becomes one row; a matrix stays as it is. */
export function asRows(v: number[] | number[][]): Matrix {
  return Array.isArray(v[0]) ? (v as number[][]) : [v as number[]];
}

/**
 * Resolve widget props into an {@link Example}, filling defaults from the classic 2-2-2 scenario.
 * @example
 * ```ts
 * resolveExample({}).net.sizes; // [2, 2, 2]
 * ```
 */
export function resolveExample(p: ExampleProps): Example {
  const net = Network.fromWeights(p.weights ?? classic.weights, p.options ?? {});
  return {
    net,
    X: asRows(p.x ?? classic.x),
    Y: asRows(p.y ?? classic.y),
    cost: p.cost ?? (classic.cost as CostName),
    lambda: p.lambda ?? 0,
  };
}

/** A linear map from a domain to a range, e.g. weight value → SVG x. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/**
 * Round tick values (1, 2 or 5 times a power of ten) covering [lo, hi], about `count` of them.
 * @example
 * ```ts
 * ticks(-4, 4, 5); // [-4, -2, 0, 2, 4]
 * ```
 */
export function ticks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, count - 1);
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step) out.push(Math.abs(t) < step * 1e-9 ? 0 : +t.toPrecision(12));
  return out;
}

/**
 * A number for the page with `digits` significant digits, `−` for minus and `e-8` style exponents.
 * @example
 * ```ts
 * fmt(-0.0821670, 4); // '−0.08217'
 * ```
 */
export function fmt(x: number, digits = 4): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const e = Math.floor(Math.log10(Math.abs(x)));
  const s = e < -4 || e >= 6 ? x.toExponential(digits - 1).replace('e+', 'e') : x.toPrecision(digits);
  return s.replace(/^-/, '−');
}

/**
 * Like {@link fmt} but without trailing zeros, for labels where `2` reads better than `2.000`.
 * @example
 * ```ts
 * fmtShort(2, 4); // '2'
 * ```
 */
export function fmtShort(x: number, digits = 4): string {
  return fmt(x, digits).replace(/(\.\d*?)0+(e|$)/, '$1$2').replace(/\.(e|$)/, '$1');
}
