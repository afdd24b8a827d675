/**
 * Seeded toy data sets for the lessons and widgets, and a train/test split.
 * Every generator is deterministic for a given seed.
 */
import { BackpropError, requireFinite } from './errors.ts';
import type { Matrix } from './matrix.ts';
import { createRng, gaussian, type Rng, shuffle } from './rng.ts';
import type { Dataset } from './train.ts';

/**
 * Common options: number of points, Gaussian noise (standard deviation) and seed.
 * @example
 * ```ts
 * circles({ n: 200, noise: 0.1, seed: 3 });
 * ```
 */
export interface DataOptions { n?: number; noise?: number; seed?: number }

function setup(opts: DataOptions, n0: number, noise0: number, min = 1): { n: number; noise: number; rng: Rng } {
  const n = opts.n ?? n0, noise = opts.noise ?? noise0;
  if (!Number.isInteger(n) || n < min) throw new BackpropError(`n = ${n}: need a whole number of points ≥ ${min}`);
  requireFinite(noise, 'noise');
  if (noise < 0) throw new BackpropError(`noise = ${noise}: must be ≥ 0`);
  return { n, noise, rng: createRng(opts.seed ?? 1) };
}

/**
 * XOR. Without `n`: the four corners of $\{0,1\}^2$ with $y = x_1 \oplus x_2$. With `n`: points uniform
 * in $[-1,1]^2$ labelled 1 when $x_1 x_2 < 0$ (the Playground's XOR), plus input noise.
 * @example
 * ```ts
 * xor();                   // { X: [[0,0],[0,1],[1,0],[1,1]], Y: [[0],[1],[1],[0]] }
 * xor({ n: 200, seed: 2 }); // 200 noisy points
 * ```
 */
export function xor(opts: DataOptions = {}): Dataset {
  if (opts.n === undefined) return { X: [[0, 0], [0, 1], [1, 0], [1, 1]], Y: [[0], [1], [1], [0]] };
  const { n, noise, rng } = setup(opts, 200, 0);
  const X: Matrix = [], Y: Matrix = [];
  for (let i = 0; i < n; i++) {
    const x1 = 2 * rng() - 1, x2 = 2 * rng() - 1;
    X.push([x1 + noise * gaussian(rng), x2 + noise * gaussian(rng)]);
    Y.push([x1 * x2 < 0 ? 1 : 0]);
  }
  return { X, Y };
}

/**
 * Two concentric circles: label 0 on radius 1, label 1 on radius `factor` (default 0.5).
 * @example
 * ```ts
 * const { X, Y } = circles({ n: 100, noise: 0.05, seed: 1 });
 * ```
 */
export function circles(opts: DataOptions & { factor?: number } = {}): Dataset {
  const { n, noise, rng } = setup(opts, 200, 0.05);
  const factor = opts.factor ?? 0.5;
  requireFinite(factor, 'factor');
  const X: Matrix = [], Y: Matrix = [];
  for (let i = 0; i < n; i++) {
    const inner = i % 2, r = inner ? factor : 1, t = 2 * Math.PI * rng();
    X.push([r * Math.cos(t) + noise * gaussian(rng), r * Math.sin(t) + noise * gaussian(rng)]);
    Y.push([inner]);
  }
  return { X, Y };
}

/**
 * Two interleaved spirals (labels 0 and 1), each turning `turns` times (default 1.5) out to radius 1.
 * @example
 * ```ts
 * const { X, Y } = spirals({ n: 200, noise: 0.02, seed: 4 });
 * ```
 */
export function spirals(opts: DataOptions & { turns?: number } = {}): Dataset {
  const { n, noise, rng } = setup(opts, 200, 0.02);
  const turns = opts.turns ?? 1.5;
  requireFinite(turns, 'turns');
  const X: Matrix = [], Y: Matrix = [];
  for (let i = 0; i < n; i++) {
    const label = i % 2, s = rng(), t = 2 * Math.PI * turns * s + label * Math.PI;
    X.push([s * Math.cos(t) + noise * gaussian(rng), s * Math.sin(t) + noise * gaussian(rng)]);
    Y.push([label]);
  }
  return { X, Y };
}

/**
 * Gaussian blobs: `classes` (default 3) centres on a circle of radius 2, spread `noise` (default 0.4),
 * with one-hot targets $Y$ (for a softmax output).
 * @example
 * ```ts
 * const { X, Y } = blobs({ n: 150, classes: 3, seed: 5 });
 * Y[0]; // e.g. [1, 0, 0]
 * ```
 */
export function blobs(opts: DataOptions & { classes?: number } = {}): Dataset {
  const { n, noise, rng } = setup(opts, 150, 0.4);
  const classes = opts.classes ?? 3;
  if (!Number.isInteger(classes) || classes < 2) throw new BackpropError(`classes = ${classes}: need a whole number ≥ 2`);
  const X: Matrix = [], Y: Matrix = [];
  for (let i = 0; i < n; i++) {
    const c = i % classes, t = (2 * Math.PI * c) / classes;
    X.push([2 * Math.cos(t) + noise * gaussian(rng), 2 * Math.sin(t) + noise * gaussian(rng)]);
    Y.push(Array.from({ length: classes }, (_, k) => (k === c ? 1 : 0)));
  }
  return { X, Y };
}

/**
 * A 1-D regression curve: $x$ uniform in $[-1, 1]$ (sorted), $y = f(x) + \text{noise}$, default $f(x) = \sin(\pi x)$.
 * @example
 * ```ts
 * const { X, Y } = curve1d({ n: 50, noise: 0.1, seed: 6 }); // X[i] = [x], Y[i] = [y]
 * ```
 */
export function curve1d(opts: DataOptions & { f?: (x: number) => number } = {}): Dataset {
  const { n, noise, rng } = setup(opts, 50, 0.1);
  const f = opts.f ?? ((x: number) => Math.sin(Math.PI * x));
  const xs = Array.from({ length: n }, () => 2 * rng() - 1).sort((a, b) => a - b);
  const Y = xs.map((x, i) => {
    const y = f(x) + noise * gaussian(rng);
    requireFinite(y, `f(${x}) at point ${i}`);
    return [y];
  });
  return { X: xs.map((x) => [x]), Y };
}

/**
 * Shuffle (seeded) and split a data set into train and test parts; the test part gets
 * $\lfloor m \cdot \text{testFraction} \rceil$ examples, and both parts at least one.
 * @example
 * ```ts
 * const { train, test } = split(circles({ n: 100 }), { testFraction: 0.2, seed: 1 }); // 80 / 20
 * ```
 */
export function split(data: Dataset, opts: { testFraction?: number; seed?: number } = {}): { train: Dataset; test: Dataset } {
  const f = opts.testFraction ?? 0.2;
  requireFinite(f, 'testFraction');
  if (f <= 0 || f >= 1) throw new BackpropError(`testFraction = ${f}: must be strictly between 0 and 1`);
  const m = data?.X?.length ?? 0;
  if (m < 2) throw new BackpropError(`data has ${m} example(s): need at least 2 to split`);
  if (data.Y?.length !== m) throw new BackpropError(`X has ${m} rows but Y has ${data.Y?.length ?? 0}`);
  const order = shuffle(Array.from({ length: m }, (_, i) => i), createRng(opts.seed ?? 1));
  const nTest = Math.min(m - 1, Math.max(1, Math.round(m * f)));
  const pick = (idx: number[]): Dataset => ({ X: idx.map((i) => data.X[i].slice()), Y: idx.map((i) => data.Y[i].slice()) });
  return { test: pick(order.slice(0, nTest)), train: pick(order.slice(nTest)) };
}
