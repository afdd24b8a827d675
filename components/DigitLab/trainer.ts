/**
 * Training a 400-25-10 network on the digits, step by step, with no DOM and no clock: the worker decides
 * how many steps fit between messages. Gradients come from the module's `train` or from the reader's own
 * `passes(Theta, X, Y)` (the lesson's exercise), which is checked at every step so that a wrong shape or a
 * NaN stops training with a message instead of drawing garbage.
 */
import { Network, cost, createRng, shuffle, train, type Matrix, type PackedMatrix, type TrainStep } from '../../src/backprop/advanced.ts';
import type { Digits } from './asset.ts';
import { evaluate, type Evaluation } from './evaluate.ts';
import type { Lang } from '../../src/i18n/lang';
import { DIGIT_LAB_STRINGS } from './strings.ts';

/** Settings of a run. Defaults: Coursera ex4's 400-25-10 sigmoid network, trained by mini-batches with momentum. */
export interface LabConfig {
  /** Hidden units $s_2$. */
  hidden: number;
  /** Learning rate $\alpha$. */
  learningRate: number;
  /** Momentum $\mu \in [0, 1)$. */
  momentum: number;
  /** Examples per update. */
  batchSize: number;
  /** Passes over the training digits. */
  epochs: number;
  /** Seed of the initial weights and of the shuffles. */
  seed: number;
  /** Digits used for training: the first `train` of the asset. */
  train: number;
  /** Held-out digits: the `test` after those. */
  test: number;
}

export const DEFAULT_CONFIG: LabConfig = { hidden: 25, learningRate: 0.05, momentum: 0.9, batchSize: 20, epochs: 8, seed: 1, train: 8000, test: 2000 };

/** How many training digits the training cost is measured on. */
export const EVAL_TRAIN = 2000;

/** The reader's function (lesson 11 exercise): `Theta[l]` = $\Theta^{(l)}$ for l = 1..L−1 (index 0 empty); returns at least `D[l]` = $D^{(l)}$. */
export type PassesFn = (Theta: Matrix[], X: Matrix, Y: Matrix) => { D?: unknown };

/** Rows `start … start+count−1` of the digits as X (pixels/255) and one-hot Y, packed for the module. */
export function slice(d: Digits, start: number, count: number): { X: PackedMatrix; Y: PackedMatrix; labels: Uint8Array } {
  const px = d.side * d.side;
  const X = new Float64Array(count * px);
  const Y = new Float64Array(count * 10);
  for (let r = 0; r < count; r++) {
    for (let k = 0; k < px; k++) X[r * px + k] = d.pixels[(start + r) * px + k] / 255;
    Y[r * 10 + d.labels[start + r]] = 1;
  }
  return { X: { rows: count, cols: px, data: X }, Y: { rows: count, cols: 10, data: Y }, labels: d.labels.subarray(start, start + count) };
}

/** Why the reader's D cannot be used (wrong type, shape or a non-finite entry), or null. */
export function badGradient(D: unknown, net: Network, lang: Lang = 'en'): string | null {
  const S = DIGIT_LAB_STRINGS[lang];
  const want = net.sizes.slice(1).map((s, l) => `${s}×${net.sizes[l] + 1}`);
  if (!Array.isArray(D)) return S.dNotArray(D === undefined ? 'undefined' : typeof D, net.L - 1, want.join(', '));
  for (let l = 1; l < net.L; l++) {
    const M = D[l] as unknown;
    const rows = net.sizes[l], cols = net.sizes[l - 1] + 1;
    const shape = Array.isArray(M) ? `${M.length}×${Array.isArray(M[0]) ? M[0].length : '?'}` : String(M);
    if (!Array.isArray(M) || M.length !== rows || !M.every((row) => Array.isArray(row) && row.length === cols)) {
      return S.dShape(l, shape, rows, cols);
    }
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
      if (!Number.isFinite(M[i][j])) return S.dEntry(l, i + 1, j, String(M[i][j]));
    }
  }
  return null;
}

/** Progress after some steps. */
export interface Progress { step: number; epoch: number; done: boolean; error?: string; errorKind?: ErrorKind }

/** Why a run stopped early: the training diverged, or the reader's `passes` failed. */
export type ErrorKind = 'diverged' | 'own';

/**
 * One run. `advance(n)` takes up to n updates; `evaluate()` measures train/test cost, accuracy, the
 * confusion matrix and the misclassified digits.
 * @example
 * ```ts
 * const run = new DigitRun(digits, { ...DEFAULT_CONFIG, train: 500, test: 100, epochs: 2 });
 * while (!run.advance(100).done);
 * run.evaluate().testAccuracy; // fraction right, 0–1
 * ```
 */
export class DigitRun {
  readonly net: Network;
  readonly config: LabConfig;
  readonly stepsPerEpoch: number;
  private readonly trainSet: ReturnType<typeof slice>;
  private readonly testSet: ReturnType<typeof slice>;
  /** The training digits the training cost is measured on: the first {@link EVAL_TRAIN} (measuring all 8,000 doubled a run's time). */
  private readonly trainSample: ReturnType<typeof slice>;
  private readonly steps: Generator<TrainStep, void, void> | null;
  private readonly own: PassesFn | null;
  private step = 0;
  private epoch = 1;
  private finished = false;
  private error: string | undefined;
  private errorKind: ErrorKind | undefined;
  private readonly S: (typeof DIGIT_LAB_STRINGS)['en'];
  private readonly lang: Lang;
  private order: Int32Array;
  private velocity: Float64Array[];
  private rng: () => number;

  /** `lang` is the language of the run's error messages. */
  constructor(digits: Digits, config: LabConfig, own: PassesFn | null = null, lang: Lang = 'en') {
    this.lang = lang;
    this.S = DIGIT_LAB_STRINGS[lang];
    if (config.train + config.test > digits.count) throw new RangeError(`asked for ${config.train} + ${config.test} digits but the asset has ${digits.count}`);
    this.config = config;
    const s1 = digits.side * digits.side;
    this.net = Network.random([s1, config.hidden, 10], { seed: config.seed, epsilonInit: 0.12 });
    this.trainSet = slice(digits, 0, config.train);
    this.testSet = slice(digits, config.train, config.test);
    this.trainSample = slice(digits, 0, Math.min(config.train, EVAL_TRAIN));
    this.stepsPerEpoch = Math.ceil(config.train / config.batchSize);
    this.own = own;
    this.steps = own ? null : train(this.net, { X: this.trainSet.X, Y: this.trainSet.Y }, {
      learningRate: config.learningRate, momentum: config.momentum, batchSize: config.batchSize, epochs: config.epochs, seed: config.seed,
    });
    this.order = Int32Array.from({ length: config.train }, (_, i) => i);
    this.velocity = this.net.snapshot().data.map((P) => new Float64Array(P.length));
    this.rng = createRng(config.seed);
  }

  /** Take up to `n` updates. */
  advance(n: number): Progress {
    for (let k = 0; k < n && !this.finished; k++) {
      if (this.steps) {
        const r = this.steps.next();
        if (r.done) { this.finished = true; break; }
        this.step = r.value.step;
        this.epoch = r.value.epoch;
        if (r.value.diverged) {
          this.error = this.S.coreDiverged(r.value.step, r.value.epoch, r.value.reason ?? '');
          this.errorKind = 'diverged';
          this.finished = true;
        }
      } else {
        this.ownStep();
      }
    }
    return { step: this.step, epoch: this.epoch, done: this.finished, error: this.error, errorKind: this.errorKind };
  }

  /** One update with the reader's gradient: mini-batch, momentum, the same schedule as the module's `train`. */
  private ownStep(): void {
    const { batchSize, train: m, learningRate: alpha, momentum: mu, epochs } = this.config;
    const start = (this.step % this.stepsPerEpoch) * batchSize;
    if (start === 0) {
      if (this.step > 0) this.epoch++;
      if (this.epoch > epochs) { this.epoch = epochs; this.finished = true; return; }
      shuffle(this.order, this.rng);
    }
    const count = Math.min(batchSize, m - start), cols = this.trainSet.X.cols;
    const X: Matrix = [], Y: Matrix = [];
    for (let r = 0; r < count; r++) {
      const i = this.order[start + r];
      X.push(Array.from(this.trainSet.X.data.subarray(i * cols, (i + 1) * cols)));
      Y.push(Array.from(this.trainSet.Y.data.subarray(i * 10, (i + 1) * 10)));
    }
    let D: unknown;
    try {
      const out = this.own!([[], ...this.net.weights()], X, Y); // the exercise indexes Θ by layer number
      D = out && typeof out === 'object' ? (out as { D?: unknown }).D : undefined;
    } catch (e) {
      this.fail(this.S.threw(e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
      return;
    }
    const bad = badGradient(D, this.net, this.lang);
    if (bad) { this.fail(bad); return; }
    const G = D as Matrix[];
    const weights = this.net.snapshot(); // a copy of Θ(l), packed row-major at data[l-1]
    weights.data.forEach((P, idx) => {
      const V = this.velocity[idx], rows = G[idx + 1], cols1 = rows[0].length;
      for (let k = 0; k < P.length; k++) {
        V[k] = mu * V[k] - alpha * rows[Math.floor(k / cols1)][k % cols1];
        P[k] += V[k];
      }
    });
    this.net.restore(weights);
    this.step++;
  }

  private fail(why: string): void {
    this.error = this.S.atStep(this.step + 1, why);
    this.errorKind = 'own';
    this.finished = true;
  }

  /** Costs (training cost on the first {@link EVAL_TRAIN} training digits), accuracy, confusion matrix and misclassified test digits. */
  evaluate(): Evaluation {
    return evaluate(this.net, this.trainSample, this.testSet, (X, Y) => cost(this.net, X, Y));
  }
}
