/**
 * The reader's data and the trained weights written back out: the points as CSV in the reader's units, and the
 * weights as JSON that works on the raw columns. Pure: no DOM, no clock.
 */
import Papa from 'papaparse';
import type { Activation, CostName, Matrix } from 'backprop';
import { networkSpec, type Point } from './model.ts';
import { ownSpec, rawPoint, type OwnSession } from './own-session.ts';
import type { Settings } from './settings.ts';

/**
 * The points as CSV (Papa Parse's `unparse`): a header row and one row per point, in the reader's units;
 * reading it back with `parseCsv` (own-csv.ts) gives the same rows.
 * @example dataCsv(null, [{ x1: 0.5, x2: -1, label: 1, test: false }]) // "x1,x2,label\r\n0.5,-1,1"
 */
export function dataCsv(own: OwnSession | null, points: readonly Point[]): string {
  const fields = own ? own.columns.slice() : ['x1', 'x2', 'label'];
  const data = points.map((p) => { const r = rawPoint(own, p); return [r.x1, r.x2, r.label]; });
  return Papa.unparse({ fields, data });
}

/** The weights file: what `Network.fromWeights(w.weights, w)` needs, plus what the columns and outputs mean. */
export interface WeightsFile {
  sizes: number[];
  hidden: Activation[];
  output: Activation;
  cost: CostName;
  /** weights[l − 1] is Θ(l): one row per unit of layer l + 1, column 0 the bias. */
  weights: Matrix[];
  /** The input columns, in order (x1, x2 of the file). */
  inputs: [string, string];
  /** Classification: output class k is `classes[k]` (one sigmoid unit: the probability of `classes[1]`). */
  classes?: string[];
  /** Regression: the target's column name; the output is in its units. */
  target?: string;
}

/**
 * Weights that work on the reader's raw columns: the input map is folded into Θ(1) (bias and columns), the
 * target's map into the last Θ for a linear output, so `Network.fromWeights(file.weights, file)` applied to raw
 * (x1, x2) gives exactly what the trained network gives on the mapped inputs (up to rounding).
 * @example weightsFile(null, spec, [[[0, 1, 1]]]).weights // [[[0, 1, 1]]] (built-in data: no map)
 */
export function weightsFile(own: OwnSession | null, spec: { sizes: number[]; hidden: Activation[]; output: Activation; cost: CostName }, weights: Matrix[]): WeightsFile {
  const W = weights.map((M) => M.map((row) => row.slice()));
  if (own) {
    const a = [own.layout.x1, own.layout.x2];
    for (const row of W[0]) {
      for (let j = 1; j <= 2; j++) {
        row[0] -= row[j] * a[j - 1].scale * a[j - 1].centre;
        row[j] *= a[j - 1].scale;
      }
    }
    if (own.kind === 'regression') {
      const y = own.layout.y, last = W[W.length - 1];
      for (const row of last) {
        for (let j = 0; j < row.length; j++) row[j] /= y.scale;
        row[0] += y.centre;
      }
    }
  }
  const file: WeightsFile = {
    sizes: spec.sizes.slice(), hidden: spec.hidden.slice(), output: spec.output, cost: spec.cost, weights: W,
    inputs: own ? [own.columns[0], own.columns[1]] : ['x1', 'x2'],
  };
  if (own?.kind === 'regression') file.target = own.columns[2];
  else file.classes = own ? own.classes.slice() : Array.from({ length: spec.sizes[spec.sizes.length - 1] === 1 ? 2 : spec.sizes[spec.sizes.length - 1] }, (_, k) => String(k));
  return file;
}

/**
 * The trained weights as a JSON text for download: {@link weightsFile} for the network the settings (and the session)
 * describe, indented one space.
 */
export function weightsJson(own: OwnSession | null, s: Settings, weights: Matrix[]): string {
  return JSON.stringify(weightsFile(own, own ? ownSpec(s, own) : networkSpec(s), weights), null, 1);
}
