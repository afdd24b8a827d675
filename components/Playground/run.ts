/**
 * One training run of the Playground: the points, the network, the `train` generator and the loss
 * history. It holds state (an instance per widget, nothing module-level) but no DOM and no clock: the
 * widget decides how many steps fit into a frame, and the same settings always replay the same run.
 */
import { cost, Network, pack, type PackedMatrix, type TrainStep, train, type WeightSnapshot } from '../../src/backprop/advanced.ts';
import { LossHistory } from './chart.ts';
import { makePoints, networkSpec, type Point, toDataset } from './model.ts';
import type { Settings } from './settings.ts';

type Packed = { X: PackedMatrix; Y: PackedMatrix };

/**
 * A reproducible run: weights start from `Network.random(sizes, { seed })`, updates come from
 * `train(…, { seed })`, so {@link PlaygroundRun.rewind} replays exactly the same steps.
 * @example
 * ```ts
 * const run = new PlaygroundRun({ ...DEFAULT_SETTINGS, hidden: [8, 8] });
 * run.advance(100);
 * run.losses().train; // lower than at step 0
 * ```
 */
export class PlaygroundRun {
  readonly settings: Settings;
  /** All points, training and test; replaced (not mutated) on every edit. */
  points: Point[];
  readonly net: Network;
  /** Updates done so far. */
  step = 0;
  /** Set when the loss, gradient or weights stopped being finite; training then stops. */
  diverged = false;
  readonly history = new LossHistory();
  private readonly initial: WeightSnapshot;
  private readonly spec: ReturnType<typeof networkSpec>;
  private data: { train: Packed | null; test: Packed | null } = { train: null, test: null };
  private steps: Generator<TrainStep, void, void> | null = null;
  private cached: { train: number; test: number | null } | null = null;

  constructor(settings: Settings, points?: Point[], spec: ReturnType<typeof networkSpec> = networkSpec(settings)) {
    this.settings = settings;
    this.spec = spec;
    this.points = points ? points.slice() : makePoints(settings);
    this.net = Network.random(this.spec.sizes, { hidden: this.spec.hidden, output: this.spec.output, seed: settings.seed });
    this.initial = this.net.snapshot();
    this.restart();
  }

  /** Number of training and test points. */
  counts(): { train: number; test: number } {
    const test = this.points.filter((p) => p.test).length;
    return { train: this.points.length - test, test };
  }

  /** J on all training points and on all test points (regularised as in training), cached until the weights change. */
  losses(): { train: number; test: number | null } {
    if (!this.cached) {
      const opts = { cost: this.spec.cost, lambda: this.settings.lambda };
      const J = (d: Packed | null) => (d ? safe(() => cost(this.net, d.X, d.Y, opts)) : null);
      this.cached = { train: J(this.data.train) ?? NaN, test: J(this.data.test) };
      if (this.data.train && !Number.isFinite(this.cached.train)) this.diverged = true;
    }
    return this.cached;
  }

  /** True when a step can be taken: training points exist and the run has not diverged. */
  canTrain(): boolean {
    return this.steps !== null && !this.diverged;
  }

  /**
   * Take up to `maxSteps` updates, stopping early when `more()` turns false (the widget's frame budget)
   * or on divergence; then record the losses once. Returns the number of updates taken.
   */
  advance(maxSteps: number, more: () => boolean = () => true): number {
    let taken = 0;
    while (taken < maxSteps && this.steps && !this.diverged) {
      const r = this.steps.next();
      if (r.done) { this.steps = null; break; }
      this.step++;
      taken++;
      this.cached = null;
      if (r.value.diverged) { this.diverged = true; this.steps = null; break; }
      if (!more()) break;
    }
    if (taken > 0) this.record();
    return taken;
  }

  /** Back to step 0 with the same initial weights: the following steps replay the same run. */
  rewind(): void {
    this.net.restore(this.initial);
    this.step = 0;
    this.diverged = false;
    this.history.clear();
    this.restart();
  }

  /** Add a training point (the current weights stay; training continues on the new data). */
  addPoint(x1: number, x2: number, label: number): void {
    this.points = [...this.points, { x1, x2, label, test: false }];
    this.restart();
  }

  /** Remove the point at `index` of {@link points}. */
  removePoint(index: number): void {
    if (index < 0 || index >= this.points.length) return;
    this.points = this.points.filter((_, i) => i !== index);
    this.restart();
  }

  /** Set $\Theta^{(l)}_{ij}$ by hand (a finite number); the run continues from the edited weights. */
  setWeight(l: number, i: number, j: number, value: number): void {
    this.net.setWeight(l, i, j, value);
    this.diverged = false;
    this.restart();
  }

  /** Re-pack the data and start a fresh generator from the current weights (step count continues). */
  private restart(): void {
    const K = this.spec.sizes[this.spec.sizes.length - 1];
    const packIt = (test: boolean): Packed | null => {
      const d = toDataset(this.points, test, K);
      return d ? { X: pack(d.X, 'X'), Y: pack(d.Y, 'Y') } : null;
    };
    this.data = { train: packIt(false), test: packIt(true) };
    const d = this.data.train;
    this.steps = d
      ? train(this.net, d, { learningRate: this.settings.learningRate, batchSize: Math.min(this.settings.batchSize, d.X.rows),
        lambda: this.settings.lambda, momentum: this.settings.momentum, cost: this.spec.cost, seed: this.settings.seed, epochs: Infinity })
      : null;
    this.cached = null;
    this.record();
  }

  private record(): void {
    const { train: tr, test } = this.losses();
    this.history.push({ step: this.step, train: tr, test });
  }
}

/** The value of `f`, or NaN if it throws (a non-finite intermediate makes the core throw). */
function safe(f: () => number): number {
  try { return f(); } catch { return NaN; }
}
