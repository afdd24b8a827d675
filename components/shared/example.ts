/**
 * Helpers shared by the widgets: the one example type of their props and its defaults (every widget that takes a
 * network), the data as rows, linear scales; round ticks and number formatting re-exported from the shared formatter.
 */
import { type CostName, type Matrix, Network, type NetworkOptions } from 'backprop';
import type { Scenario } from '../../src/course/scenario.ts';
import { CORE_SCENARIOS, ONE_UNIT_EXAMPLE } from '../../src/course/scenarios-core.ts';
import { formatNumber, ticks } from '../../src/format/number.ts';

/** The network and data a widget works on; every field optional, defaults from `SCENARIOS.classic`. */
export interface ExampleProps<V extends number[] | number[][] = number[] | number[][]> {
  /** $\Theta^{(1)}, \Theta^{(2)}, \dots$ as nested arrays, column 0 for the bias. */
  weights?: number[][][];
  /** One input vector, or a matrix with one example per row (a widget of one example takes a vector only). */
  x?: V;
  /** One target vector, or one row per example. */
  y?: V;
  /** Cost function; default `'squared-error'`, as in the classic scenario. */
  cost?: CostName;
  /** Regularisation $\lambda$ (default 0). */
  lambda?: number;
  /** Activations (sigmoid everywhere by default). */
  options?: NetworkOptions;
}

/**
 * The props of a widget that shows one example (the diagram, the stepper): the same fields, x and y as vectors,
 * and no $\lambda$.
 */
export type OneExampleProps = Pick<ExampleProps<number[]>, 'weights' | 'x' | 'y' | 'cost' | 'options'>;

/** Where defaults come from: a network and one example (a {@link Scenario} fits). */
export type ExampleBase = Pick<Scenario, 'weights' | 'x' | 'y' | 'cost' | 'options'>;

const classic = CORE_SCENARIOS.classic;

/** The default of every widget: the classic 2-2-2 scenario. */
export const CLASSIC_EXAMPLE: ExampleBase = classic;

/**
 * The computational graph's "seed-cost" default: one sigmoid unit with two inputs (the classic network's first
 * hidden unit), x = (0.05, 0.10), y = 0.01, squared error; lesson 7's example, defined once in src/course.
 */
export { ONE_UNIT_EXAMPLE };

/** Props with every default filled in, still as nested arrays (x and y as given: vector or matrix). */
export interface ExampleData<V extends number[] | number[][]> {
  weights: number[][][];
  x: V;
  y: V;
  cost: CostName;
  lambda: number;
  options?: NetworkOptions;
}

/**
 * The one place widget props get their defaults: each field from the props, else from `base` (the classic
 * scenario). When the weights are not the base's and its x or y does not fit them, x is 0.5 and y is 1 per unit.
 * @example
 * ```ts
 * exampleData({}).x;                                  // [0.05, 0.1]
 * exampleData({ weights: [[[0, 1, 1, 1]]] }).x;      // [0.5, 0.5, 0.5]
 * exampleData({}, ONE_UNIT_EXAMPLE).y;                // [0.01]
 * ```
 */
export function exampleData<V extends number[] | number[][]>(p: ExampleProps<V>, base: ExampleBase = CLASSIC_EXAMPLE): ExampleData<V | number[]> {
  const weights = p.weights ?? base.weights;
  const inputs = weights[0]![0]!.length - 1, outputs = weights[weights.length - 1]!.length;
  return {
    weights,
    x: p.x ?? (base.x.length === inputs ? base.x : Array<number>(inputs).fill(0.5)),
    y: p.y ?? (base.y.length === outputs ? base.y : Array<number>(outputs).fill(1)),
    cost: p.cost ?? base.cost,
    lambda: p.lambda ?? 0,
    options: p.options ?? base.options,
  };
}

/** A resolved example: the network, X and Y as rows, and the cost options. */
export interface Example {
  net: Network;
  X: Matrix;
  Y: Matrix;
  cost: CostName;
  lambda: number;
}

/** A vector becomes one row; a matrix stays as it is. */
export function asRows(v: number[] | number[][]): Matrix {
  return Array.isArray(v[0]) ? (v as number[][]) : [v as number[]];
}

/**
 * Resolve widget props into an {@link Example} (defaults by {@link exampleData}, from the classic 2-2-2 scenario
 * unless another `base` is given).
 * @example
 * ```ts
 * resolveExample({}).net.sizes; // [2, 2, 2]
 * ```
 */
export function resolveExample(p: ExampleProps, base: ExampleBase = CLASSIC_EXAMPLE): Example {
  const d = exampleData(p, base);
  return { net: Network.fromWeights(d.weights, d.options ?? {}), X: asRows(d.x), Y: asRows(d.y), cost: d.cost, lambda: d.lambda };
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
