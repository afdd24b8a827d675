/**
 * The Playground's settings: one plain, JSON-able object that the props, the URL and the controls all
 * describe. Every value passes through a validator here, so a lesson typo or a hand-edited link can
 * never put the widget into a state it cannot draw: a bad value falls back to the default.
 */
import type { Activation } from 'backprop';

/** The data sets the Playground offers (all from `src/backprop/datasets.ts`). */
export type DatasetName = 'xor' | 'circles' | 'spirals' | 'blobs';
/** The two loss families; with a softmax output, cross-entropy means softmax cross-entropy. */
export type LossName = 'cross-entropy' | 'squared-error';
/** Activations a hidden layer may use (softmax is for the output only). */
export type HiddenActivation = Exclude<Activation, 'softmax'>;

/**
 * Everything that defines a run. Two runs with equal settings (and the same added points) are identical.
 * @example
 * ```ts
 * const s: Settings = { ...DEFAULT_SETTINGS, dataset: 'spirals', hidden: [8, 8] };
 * ```
 */
export interface Settings {
  /** Which data set to draw points from. */
  dataset: DatasetName;
  /** Classes of the blobs data set (2–4); the other sets have two. */
  classes: number;
  /** Number of generated points (10–1000), before the train/test split. */
  n: number;
  /** Gaussian noise of the generator (0–1). */
  noise: number;
  /** Seed of the data generator and the train/test split. */
  dataSeed: number;
  /** Fraction of points held out as test data (0.05–0.5). */
  testFraction: number;
  /** Units of each hidden layer (0–4 layers of 1–8 units). */
  hidden: number[];
  /** Activation of each hidden layer (same length as `hidden`). */
  activation: HiddenActivation[];
  /** Learning rate α > 0. */
  learningRate: number;
  /** L2 regularisation λ ≥ 0. */
  lambda: number;
  /** Momentum μ in [0, 0.99] (lesson 8, (8.11)); 0 is plain gradient descent. */
  momentum: number;
  /** Examples per update (1–1000; capped at the number of training points). */
  batchSize: number;
  /** Loss function. */
  loss: LossName;
  /** Seed of the initial weights and of the shuffle between epochs. */
  seed: number;
}

/** The defaults every missing or bad value falls back to. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  dataset: 'xor', classes: 3, n: 500, noise: 0, dataSeed: 1, testFraction: 0.2,
  hidden: [4, 4], activation: ['tanh', 'tanh'], learningRate: 0.03, lambda: 0, momentum: 0, batchSize: 10,
  loss: 'cross-entropy', seed: 1,
} as Settings);

export const DATASETS: readonly DatasetName[] = ['xor', 'circles', 'spirals', 'blobs'];
export const HIDDEN_ACTIVATIONS: readonly HiddenActivation[] = ['tanh', 'relu', 'sigmoid', 'linear'];
export const LOSSES: readonly LossName[] = ['cross-entropy', 'squared-error'];
export const MAX_LAYERS = 4;
export const MAX_UNITS = 8;

/** Parse a number from a prop or a query string; anything else (or non-finite) gives NaN. */
function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || v.trim() === '') return NaN;
  return Number(v);
}

/** `v` as a whole number in [lo, hi], or `fallback`. */
export function intIn(v: unknown, lo: number, hi: number, fallback: number): number {
  const x = num(v);
  return Number.isInteger(x) && x >= lo && x <= hi ? x : fallback;
}

/** `v` as a finite number in [lo, hi] (open at lo when `openLo`), or `fallback`. */
export function numIn(v: unknown, lo: number, hi: number, fallback: number, openLo = false): number {
  const x = num(v);
  return Number.isFinite(x) && (openLo ? x > lo : x >= lo) && x <= hi ? x : fallback;
}

/** `v` if it is one of `options`, else `fallback`. */
export function oneOf<T extends string>(v: unknown, options: readonly T[], fallback: T): T {
  return typeof v === 'string' && (options as readonly string[]).includes(v) ? (v as T) : fallback;
}

/** Hidden layer sizes from an array or "8,8"; an empty string or [] means no hidden layer. */
function parseHidden(v: unknown, fallback: number[]): number[] {
  const parts = typeof v === 'string' ? (v.trim() === '' ? [] : v.split(',')) : v;
  if (!Array.isArray(parts) || parts.length > MAX_LAYERS) return fallback.slice();
  const sizes = parts.map((p) => intIn(p, 1, MAX_UNITS, NaN));
  return sizes.some(Number.isNaN) ? fallback.slice() : sizes;
}

/** One activation per hidden layer from a name, a list or "tanh,relu": a short list repeats its last entry. */
function parseActivation(v: unknown, layers: number, fallback: HiddenActivation[]): HiddenActivation[] {
  const parts = typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v : [];
  const names = parts.map((p) => oneOf(typeof p === 'string' ? p.trim() : p, HIDDEN_ACTIVATIONS, 'tanh'));
  const ok = parts.length > 0 && parts.every((p) => (HIDDEN_ACTIVATIONS as readonly unknown[]).includes(typeof p === 'string' ? p.trim() : p));
  const list = ok ? names : fallback.length ? fallback : [DEFAULT_SETTINGS.activation[0]];
  return Array.from({ length: layers }, (_, i) => list[Math.min(i, list.length - 1)] ?? 'tanh');
}

/**
 * Validate loose input (props, or query values as strings) over `base`: each valid field replaces the
 * base value, each missing or bad one keeps it. Never throws.
 * @example
 * ```ts
 * normalizeSettings({ dataset: 'spirals', learningRate: -1 }).learningRate; // 0.03 (the default)
 * normalizeSettings({ hidden: '8,8', activation: 'relu' }).activation;      // ['relu', 'relu']
 * ```
 */
export function normalizeSettings(input: Record<string, unknown> | null | undefined, base: Readonly<Settings> = DEFAULT_SETTINGS): Settings {
  const v = input && typeof input === 'object' ? input : {};
  const hidden = 'hidden' in v ? parseHidden(v.hidden, base.hidden) : base.hidden.slice();
  const activation = 'activation' in v
    ? parseActivation(v.activation, hidden.length, base.activation)
    : parseActivation(base.activation, hidden.length, base.activation);
  return {
    dataset: oneOf(v.dataset, DATASETS, base.dataset),
    classes: intIn(v.classes, 2, 4, base.classes),
    n: intIn(v.n, 10, 1000, base.n),
    noise: numIn(v.noise, 0, 1, base.noise),
    dataSeed: intIn(v.dataSeed, 0, 0xffffffff, base.dataSeed),
    testFraction: numIn(v.testFraction, 0.05, 0.5, base.testFraction),
    hidden,
    activation,
    learningRate: numIn(v.learningRate, 0, 1e6, base.learningRate, true),
    lambda: numIn(v.lambda, 0, 1e3, base.lambda),
    momentum: numIn(v.momentum, 0, 0.99, base.momentum),
    batchSize: intIn(v.batchSize, 1, 1000, base.batchSize),
    loss: oneOf(v.loss, LOSSES, base.loss),
    seed: intIn(v.seed, 0, 0xffffffff, base.seed),
  };
}

/** True when two settings generate the same points (so added points can be kept). */
export function sameData(a: Settings, b: Settings): boolean {
  return a.dataset === b.dataset && a.n === b.n && a.noise === b.noise && a.dataSeed === b.dataSeed
    && a.testFraction === b.testFraction && (a.dataset !== 'blobs' || a.classes === b.classes);
}

/** The valid range of each number field a reader types (the same bounds `normalizeSettings` applies). */
export interface FieldRange { lo: number; hi: number; whole?: boolean; openLo?: boolean }
export const FIELD_RANGES = {
  n: { lo: 10, hi: 1000, whole: true },
  noise: { lo: 0, hi: 1 },
  learningRate: { lo: 0, hi: 1e6, openLo: true },
  lambda: { lo: 0, hi: 1e3 },
  momentum: { lo: 0, hi: 0.99 },
  batchSize: { lo: 1, hi: 1000, whole: true },
  seed: { lo: 0, hi: 0xffffffff, whole: true },
  units: { lo: 1, hi: MAX_UNITS, whole: true },
} as const satisfies Record<string, FieldRange>;
export type FieldName = keyof typeof FIELD_RANGES;

/**
 * The typed text as a valid value of field `key`, or `null` when it is empty, not a number, not whole where it must be,
 * or outside {@link FIELD_RANGES}; the caller then keeps the old setting and says why (reader QA D5).
 * @example parseField('n', '5') // null (Points are 10–1000)
 */
export function parseField(key: FieldName, raw: string): number | null {
  const r: FieldRange = FIELD_RANGES[key];
  const x = num(raw);
  if (!Number.isFinite(x) || (r.whole && !Number.isInteger(x))) return null;
  return (r.openLo ? x > r.lo : x >= r.lo) && x <= r.hi ? x : null;
}
