/**
 * Pure pieces of the Playground: settings → points, network shape, targets, the plot's extent and the
 * exported JSON. No DOM, no clock, no hidden state: everything random is seeded from the settings.
 */
import { blobs, circles, type Activation, type CostName, type Matrix, type Network, split, spirals, xor } from 'backprop';
import type { DatasetName, Settings } from './settings.ts';
import type { WeightIndex } from '../../src/notation/symbol.ts';

/** One point of the plot: input (x1, x2), class label 0..K−1, and whether it is held out for testing. */
export interface Point { x1: number; x2: number; label: number; test: boolean }

/**
 * Number of classes of a data set: blobs has `classes`, the others two.
 * @example
 * ```ts
 * classCount({ ...DEFAULT_SETTINGS, dataset: 'blobs', classes: 4 }); // 4
 * ```
 */
export function classCount(s: Pick<Settings, 'dataset' | 'classes'>): number {
  return s.dataset === 'blobs' ? s.classes : 2;
}

/**
 * Output units: one sigmoid unit for two classes, a softmax unit per class otherwise.
 * @example
 * ```ts
 * outputUnits(2); // 1
 * outputUnits(3); // 3
 * ```
 */
export function outputUnits(K: number): number {
  return K === 2 ? 1 : K;
}

/**
 * Half-width of the square plot $[-r, r]^2$ for a data set: blobs sit on a circle of radius 2.
 * @example
 * ```ts
 * extent('blobs'); // 3.5
 * ```
 */
export function extent(dataset: DatasetName): number {
  return dataset === 'blobs' ? 3.5 : 1.5;
}

/**
 * Generate the points of a data set (seeded by `dataSeed`) and split them into train and test.
 * @example
 * ```ts
 * makePoints(DEFAULT_SETTINGS).filter((p) => p.test).length; // 100 of 500
 * ```
 */
export function makePoints(s: Settings): Point[] {
  const opts = { n: s.n, noise: s.noise, seed: s.dataSeed };
  const data = s.dataset === 'xor' ? xor(opts)
    : s.dataset === 'circles' ? circles(opts)
      : s.dataset === 'spirals' ? spirals(opts)
        : blobs({ ...opts, noise: 0.4 + s.noise, classes: s.classes }); // blobs need a spread: 0.4 plus the noise
  const { train, test } = split(data, { testFraction: s.testFraction, seed: s.dataSeed });
  const label = (y: number[]) => (y.length === 1 ? y[0] : y.indexOf(Math.max(...y)));
  const toPoints = (d: { X: Matrix; Y: Matrix }, isTest: boolean): Point[] =>
    d.X.map((x, i) => ({ x1: x[0], x2: x[1], label: label(d.Y[i]), test: isTest }));
  return [...toPoints(train, false), ...toPoints(test, true)];
}

/**
 * Target row for a label: `[label]` for one sigmoid output, one-hot for a softmax output.
 * @example
 * ```ts
 * target(1, 1); // [1]
 * target(2, 3); // [0, 0, 1]
 * ```
 */
export function target(label: number, outputs: number): number[] {
  return outputs === 1 ? [label] : Array.from({ length: outputs }, (_, k) => (k === label ? 1 : 0));
}

/**
 * The training or test points as a data set `{ X, Y }` for `train`/`cost`, or null when there are none.
 * @example
 * ```ts
 * toDataset(points, false, 1); // { X: [[x1, x2], …], Y: [[0], [1], …] }
 * ```
 */
export function toDataset(points: readonly Point[], test: boolean, outputs: number): { X: Matrix; Y: Matrix } | null {
  const chosen = points.filter((p) => p.test === test);
  if (chosen.length === 0) return null;
  return { X: chosen.map((p) => [p.x1, p.x2]), Y: chosen.map((p) => target(p.label, outputs)) };
}

/**
 * Layer sizes, activations and cost of the network a setting describes.
 * Two classes: sigmoid output with (binary) cross-entropy; more: softmax with softmax cross-entropy.
 * @example
 * ```ts
 * networkSpec({ ...DEFAULT_SETTINGS, hidden: [8, 8] }).sizes; // [2, 8, 8, 1]
 * ```
 */
export function networkSpec(s: Settings): { sizes: number[]; hidden: Activation[]; output: Activation; cost: CostName } {
  const K = outputUnits(classCount(s));
  const output: Activation = K === 1 ? 'sigmoid' : 'softmax';
  const cost: CostName = s.loss === 'squared-error' ? 'squared-error' : K === 1 ? 'cross-entropy' : 'softmax-cross-entropy';
  return { sizes: [2, ...s.hidden, K], hidden: s.activation.slice(), output, cost };
}

/** The exported weights: exactly what `Network.fromWeights(json.weights, json)` needs. */
export interface ExportedWeights { sizes: number[]; hidden: Activation[]; output: Activation; weights: Matrix[] }

/**
 * The trained weights as JSON-able data, for `Network.fromWeights(w.weights, w)` in a code cell.
 * @example
 * ```ts
 * const w = exportWeights(net);
 * const copy = Network.fromWeights(w.weights, w); // predicts exactly like net
 * ```
 */
export function exportWeights(net: Network): ExportedWeights {
  const { hidden, output } = net.options();
  return { sizes: net.sizes.slice(), hidden, output, weights: net.weights() };
}

/**
 * Predicted class of each row of outputs: threshold 0.5 for one unit, arg max for several.
 * @example
 * ```ts
 * predictedClass([0.8]);         // 1
 * predictedClass([0.1, 0.7, 0.2]); // 1
 * ```
 */
export function predictedClass(h: readonly number[]): number {
  if (h.length === 1) return h[0] >= 0.5 ? 1 : 0;
  let best = 0;
  for (let k = 1; k < h.length; k++) if (h[k] > h[best]) best = k;
  return best;
}

/**
 * Whether a network of layer sizes `sizes` ($s_1, \dots, s_L$) has the weight $\Theta^{(l)}_{ij}$: $1 \le l < L$,
 * $1 \le i \le s_{l+1}$, $0 \le j \le s_l$ (column 0 is the bias).
 * @example
 * ```ts
 * keepsWeight([2, 8, 1], { l: 2, i: 1, j: 8 }); // true
 * keepsWeight([2, 4, 1], { l: 2, i: 1, j: 8 }); // false
 * ```
 */
export function keepsWeight(sizes: readonly number[], w: WeightIndex): boolean {
  const { l, i, j } = w;
  return l >= 1 && l < sizes.length && i >= 1 && i <= sizes[l]! && j >= 0 && j <= sizes[l - 1]!;
}
