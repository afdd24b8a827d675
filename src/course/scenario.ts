import type { CostName, NetworkOptions } from '../backprop/index.ts';

/** One worked example a lesson quotes: a network, one input and target, and a cost. */

export interface Scenario {
  /** Θ(1), Θ(2), … as nested arrays, column 0 for the bias. */
  weights: number[][][];
  x: number[];
  y: number[];
  cost: CostName;
  /** Activations (sigmoid everywhere when absent). */
  options?: NetworkOptions;
  /** What the lesson says about it, for maintainers. */
  note: string;
  /**
   * Further named numbers a lesson quotes (a regularised cost, a finite difference, a graph's values),
   * computed with the module from the scenario's standard values; a name may not shadow a standard one.
   */
  extras?: (values: Readonly<Record<string, number>>) => Record<string, number>;
}

