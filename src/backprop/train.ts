/**
 * Gradient descent, step by step: a generator that yields after every (mini-)batch update so a
 * widget can animate training without blocking the page.
 */
import { cost as costOf, prepare, resolveCost, type CostOptions } from './backprop.ts';
import { BackpropError, requireFinite } from './errors.ts';
import { type EvaluateOptions, Kernel } from './kernel.ts';
import type { Matrix, PackedMatrix } from './matrix.ts';
import type { Network } from './network.ts';
import { createRng, shuffle } from './rng.ts';

/**
 * Training settings. With $\lambda > 0$ every update uses the mini-batch estimate of the full regularised gradient,
 * $D_B = \frac1b\sum_{i\in B}\delta^{(l+1)}(a^{(l)})^T + \frac{\lambda}{m}\Theta^{(l)}$ (lesson 8, eq. 8.10), where $b$ is
 * the batch's size and $m$ the number of ALL training examples (bias column exempt), so weight decay per example
 * seen is the same at every batch size.
 * @example
 * ```ts
 * train(net, data, { learningRate: 0.03, batchSize: 10, momentum: 0.9, seed: 2, epochs: 50 });
 * train(net, data, { learningRate: 0.1, batchSize: 1, shuffle: false }); // rows in data order, every epoch
 * ```
 */
export interface TrainOptions extends CostOptions {
  /** Learning rate $\alpha > 0$. */
  learningRate: number;
  /** Examples per update; default (and at most) m, i.e. full batch. The last batch of an epoch may be smaller. */
  batchSize?: number;
  /** Momentum $\mu \in [0, 1)$: $v \leftarrow \mu v - \alpha D$, $\Theta \leftarrow \Theta + v$. Default 0. */
  momentum?: number;
  /**
   * Shuffle the examples at the start of every epoch (default `true`; it only matters when `batchSize` < m).
   * `false` keeps a fixed order: the rows as given, in the same batches, every epoch.
   */
  shuffle?: boolean;
  /** Seed of the shuffle between epochs (default 1). */
  seed?: number;
  /** Passes over the data (default 100; `Infinity` runs until the caller stops pulling steps). */
  epochs?: number;
}

/**
 * What one update did.
 * @example
 * ```ts
 * const it = train(net, xor(), { learningRate: 1 });
 * const s: TrainStep = it.next().value!; // { step: 1, epoch: 1, lossBefore: …, loss: …, diverged: false }
 * ```
 */
export interface TrainStep {
  /** 1-based number of this update. */
  step: number;
  /** 1-based epoch this update belongs to. */
  epoch: number;
  /**
   * The objective this update descends, on this step's batch $B$ and measured with the weights from BEFORE the
   * update: $\frac1b\sum_{i\in B}\mathrm{cost}(h_\Theta(x^{(i)}), y^{(i)}) + \frac{\lambda}{2m}\sum_{l,i,j\ge1}(\Theta^{(l)}_{ij})^2$,
   * $m$ = all training examples. With full batch this is $J(\Theta)$ after `step − 1` updates, so the first step
   * reports $J$ at the initial weights. Its gradient is exactly the $D_B$ the update uses.
   */
  lossBefore: number;
  /** @deprecated The same number as {@link TrainStep.lossBefore} (kept for existing callers). */
  loss: number;
  /** True when the loss, gradient or updated weights would stop being finite; training ends with this step, unapplied. */
  diverged: boolean;
  /** Why training diverged (only when `diverged`). */
  reason?: string;
}

/**
 * A labelled data set: rows of X are inputs, rows of Y the targets.
 * @example
 * ```ts
 * const data: Dataset = { X: [[0, 0], [1, 1]], Y: [[0], [1]] };
 * ```
 */
export interface Dataset { X: Matrix; Y: Matrix }

/**
 * Train `net` in place by (mini-)batch gradient descent with optional momentum, yielding a
 * {@link TrainStep} after every update. Deterministic for a given seed. Each step evaluates the objective and
 * its gradient $D_B$ on its batch (see {@link TrainOptions}), then writes the new weights (and velocity), keeping
 * the old ones, which it puts back unless every new one is finite. Stops after `epochs`, or right after a step with
 * `diverged: true`: then the loss, the gradient or the new weights were not finite, that update is NOT applied,
 * and `net` keeps the finite weights from before it.
 * @example
 * ```ts
 * for (const s of train(net, xor(), { learningRate: 1, epochs: 500 })) {
 *   if (s.diverged) console.warn(s.reason);
 * }
 * ```
 */
export function* train(net: Network, data: Dataset | { X: PackedMatrix; Y: PackedMatrix }, opts: TrainOptions): Generator<TrainStep, void, void> {
  const { cost, lambda } = resolveCost(net, opts);
  const k = new Kernel(net);
  if (typeof data !== 'object' || data === null) throw new BackpropError('data must be an object { X, Y }');
  const [X, Y] = prepare(k, data.X, data.Y);
  const alpha = opts.learningRate;
  requireFinite(alpha, 'learningRate');
  if (alpha <= 0) throw new BackpropError(`learningRate = ${alpha}: must be > 0`);
  const mu = opts.momentum ?? 0;
  requireFinite(mu, 'momentum');
  if (mu < 0 || mu >= 1) throw new BackpropError(`momentum = ${mu}: must be in [0, 1)`);
  const m = X.rows;
  const batch = opts.batchSize ?? m;
  if (!Number.isInteger(batch) || batch < 1) throw new BackpropError(`batchSize = ${batch}: must be an integer ≥ 1`);
  const epochs = opts.epochs ?? 100;
  if (!(epochs === Infinity || (Number.isInteger(epochs) && epochs >= 0))) {
    throw new BackpropError(`epochs = ${epochs}: must be a whole number ≥ 0 or Infinity`);
  }
  const reshuffle = opts.shuffle ?? true;
  if (typeof reshuffle !== 'boolean') throw new BackpropError(`shuffle is ${JSON.stringify(reshuffle)}: expected true or false`);
  const size = Math.min(batch, m);
  const rng = createRng(opts.seed ?? 1);
  const order = Int32Array.from({ length: m }, (_, i) => i);
  const batches: Int32Array[] = []; // views of order, one per update, still valid after each in-place shuffle
  for (let start = 0; start < m; start += size) batches.push(order.subarray(start, Math.min(start + size, m)));
  const velocity = mu > 0 ? new Float64Array(k.allTheta.length) : null;
  const update = new Updater(k.allTheta, velocity);
  const evaluate: EvaluateOptions = { cost, lambda, grad: true, rows: order, regularisedOver: m }; // rows: this step's batch
  let step = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    if (reshuffle && size < m) shuffle(order, rng);
    for (const rows of batches) {
      // (1/b)Σ cost and (1/b)Σ δaᵀ over the batch, then + λ/(2m)ΣΘ² and + (λ/m)Θ with m = all examples (eq. 8.10)
      evaluate.rows = rows;
      const lossBefore = k.evaluate(X, Y, evaluate);
      step++;
      const check = Number.isFinite(lossBefore) ? update.step(k.allD, alpha, mu) : 'loss'; // applied, or undone
      const bad = check === 'loss' ? `the loss became ${lossBefore}`
        : check === 'gradient' ? 'the gradient became non-finite'
          : check === 'weights' ? 'the update would overflow the weights to ±Infinity/NaN' : '';
      if (bad) {
        yield { step, epoch, lossBefore, loss: lossBefore, diverged: true, reason: `diverged at step ${step} (epoch ${epoch}): ${bad}; weights kept from before this step — try a smaller learning rate` };
        return;
      }
      yield { step, epoch, lossBefore, loss: lossBefore, diverged: false };
    }
  }
}

/**
 * The update Θ ← Θ − αD, or with momentum v ← μv − αD, Θ ← Θ + v, over every weight of the network in one
 * loop, such that a bad step never stays in the network: it keeps the old values as it writes the new ones, and
 * if any new value is not finite it puts the old ones back. x·0 is NaN exactly when x is ±Infinity or NaN, so
 * the sum of the new values times 0 is 0 exactly when all are finite; a non-finite D always gives a non-finite
 * new value (the weights are finite), so D is looked at only when that sum is not 0, to say which went wrong.
 */
class Updater {
  private readonly Theta: Float64Array;
  private readonly velocity: Float64Array | null;
  private readonly oldTheta: Float64Array;
  private readonly oldVelocity: Float64Array | null;
  /** `Theta`: every Θ(l) end to end ({@link Kernel.allTheta}); `velocity` the same length, or null without momentum. */
  constructor(Theta: Float64Array, velocity: Float64Array | null) {
    this.Theta = Theta;
    this.velocity = velocity;
    this.oldTheta = new Float64Array(Theta.length);
    this.oldVelocity = velocity ? new Float64Array(velocity.length) : null;
  }

  /** Apply the step; if a new value is not finite, undo it and say why: 'gradient' (D) or 'weights'; else ''. */
  step(D: Float64Array, alpha: number, mu: number): '' | 'gradient' | 'weights' {
    const T = this.Theta, V = this.velocity, T0 = this.oldTheta, V0 = this.oldVelocity;
    let s = 0;
    if (V && V0) {
      for (let i = 0; i < T.length; i++) {
        const v = mu * V[i] - alpha * D[i], w = T[i] + v;
        T0[i] = T[i]; V0[i] = V[i]; T[i] = w; V[i] = v;
        s += w * 0 + v * 0;
      }
    } else {
      for (let i = 0; i < T.length; i++) { const w = T[i] - alpha * D[i]; T0[i] = T[i]; T[i] = w; s += w * 0; }
    }
    if (s === 0) return '';
    T.set(T0); // undo: the weights (and velocity) from before this step
    if (V && V0) V.set(V0);
    for (let i = 0; i < D.length; i++) if (!Number.isFinite(D[i])) return 'gradient';
    return 'weights';
  }
}

/**
 * Summary of a finished {@link fit}.
 * @example
 * ```ts
 * const { steps, loss, diverged, losses } = fit(net, xor(), { learningRate: 1 });
 * ```
 */
export interface FitResult {
  /** Number of updates taken (with `diverged`, the last one counted but not applied). */
  steps: number;
  /**
   * The objective on ALL the data AFTER training, $J(\Theta) = \frac1m\sum\mathrm{cost} + \frac{\lambda}{2m}\sum\Theta^2$
   * (with `diverged`: that last step's non-finite or batch {@link TrainStep.lossBefore}).
   */
  loss: number;
  diverged: boolean;
  reason?: string;
  /**
   * `losses[s − 1]` is step s's {@link TrainStep.lossBefore}: measured BEFORE update s. With full batch,
   * `losses[0]` is $J$ at the initial weights and `losses[e − 1]` is $J$ after e − 1 updates; `loss` is $J$ after all.
   */
  losses: number[];
}

/**
 * Run {@link train} to the end and summarise: number of updates, the final loss on all the data, and the
 * loss per step (each measured before its update).
 * @example
 * ```ts
 * const r = fit(net, xor(), { learningRate: 2, epochs: 2000 });
 * r.diverged; // false
 * ```
 */
export function fit(net: Network, data: Dataset | { X: PackedMatrix; Y: PackedMatrix }, opts: TrainOptions): FitResult {
  const losses: number[] = [];
  let last: TrainStep | undefined;
  for (const s of train(net, data, opts)) { losses.push(s.lossBefore); last = s; }
  const loss = last?.diverged ? last.lossBefore : costOf(net, data.X, data.Y, opts);
  return { steps: last?.step ?? 0, loss, diverged: last?.diverged ?? false, reason: last?.reason, losses };
}
