/**
 * Helpers shared by the analysis widgets (CostCurve, GradientCheck, ComputationGraph): the default example, the data
 * as rows, linear scales; round ticks and number formatting re-exported from the shared formatter.
 */
import { type CostName, type Matrix, Network, type NetworkOptions } from 'backprop';
import { CORE_SCENARIOS } from '../../src/course/scenarios-core.ts';
import { formatNumber, ticks } from '../../src/format/number.ts';

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

/** Round ticks and numbers come from the one shared formatter (`src/format/number.ts`). */
export { ticks };

// fmt and fmtShort are only shorthands of src/format/number.ts's formatNumber (digits as a plain argument, as the
// widgets' JSX calls them); they format nothing of their own.

/**
 * A number for the page with `digits` significant digits kept (trailing zeros too, for aligned columns), `−` for minus.
 * @example fmt(-0.0821670, 4) // '−0.08217'
 */
export function fmt(x: number, digits = 4): string {
  return formatNumber(x, { digits, keepZeros: true });
}

/**
 * Like {@link fmt} but without trailing zeros, for labels where `2` reads better than `2.000`.
 * @example fmtShort(2, 4) // '2'
 */
export function fmtShort(x: number, digits = 4): string {
  return formatNumber(x, { digits });
}
