/**
 * Gradient descent, step by step: a generator that yields after every (mini-)batch update so a
 * widget can animate training without blocking the page.
 */
import { cost as costOf, prepare, resolveCost, type CostOptions } from './backprop.ts';
import { BackpropError, requireFinite } from './errors.ts';
import { Kernel } from './kernel.ts';
import type { Matrix, PackedMatrix } from './matrix.ts';
import type { Network } from './network.ts';
import { createRng, shuffle } from './rng.ts';

/**
 * Training settings.
 * @example
 * ```ts
 * train(net, data, { learningRate: 0.03, batchSize: 10, momentum: 0.9, seed: 2, epochs: 50 });
 * ```
 */
export interface TrainOptions extends CostOptions {
  /** Learning rate $\alpha > 0$. */
  learningRate: number;
  /** Examples per update; default (and at most) m, i.e. full batch. */
  batchSize?: number;
  /** Momentum $\mu \in [0, 1)$: $v \leftarrow \mu v - \alpha D$, $\Theta \leftarrow \Theta + v$. Default 0. */
  momentum?: number;
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
 * const s: TrainStep = it.next().value!; // { step: 1, epoch: 1, loss: …, diverged: false }
 * ```
 */
export interface TrainStep {
  /** 1-based number of this update. */
  step: number;
  /** 1-based epoch this update belongs to. */
  epoch: number;
  /** $J$ of this (mini-)batch, before the update (regularised). */
  loss: number;
  /** True when the loss, gradient or weights stopped being finite; training ends with this step. */
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
 * {@link TrainStep} after every update. Deterministic for a given seed. Stops after `epochs`, or right
 * after a step with `diverged: true` (the update that would make weights NaN is not applied).
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
  const size = Math.min(batch, m);
  const rng = createRng(opts.seed ?? 1);
  const order = Int32Array.from({ length: m }, (_, i) => i);
  const batches: Int32Array[] = []; // views of order, one per update, still valid after each in-place shuffle
  for (let start = 0; start < m; start += size) batches.push(order.subarray(start, Math.min(start + size, m)));
  const velocity = mu > 0 ? k.Theta.map((P) => new Float64Array(P.length)) : null;
  let step = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    if (size < m) shuffle(order, rng);
    for (const rows of batches) {
      const loss = k.evaluate(X, Y, { cost, lambda, grad: true, rows });
      step++;
      const bad = !Number.isFinite(loss) ? `the loss became ${loss}`
        : !finite(k.D) ? 'the gradient became non-finite' : '';
      if (bad) {
        yield { step, epoch, loss, diverged: true, reason: `diverged at step ${step} (epoch ${epoch}): ${bad}; weights kept from before this step — try a smaller learning rate` };
        return;
      }
      if (!update(k.Theta, k.D, velocity, alpha, mu)) {
        yield { step, epoch, loss, diverged: true, reason: `diverged at step ${step} (epoch ${epoch}): weights overflowed to ±Infinity/NaN — try a smaller learning rate` };
        return;
      }
      yield { step, epoch, loss, diverged: false };
    }
  }
}

function finite(G: Float64Array[]): boolean {
  let s = 0;
  for (const g of G) for (let i = 0; i < g.length; i++) s += g[i] * 0;
  return s === 0; // x·0 is NaN exactly when x is ±Infinity or NaN
}

/** Θ ← Θ − αD, or with momentum v ← μv − αD, Θ ← Θ + v. Returns false if a weight became non-finite. */
function update(params: Float64Array[], grad: Float64Array[], velocity: Float64Array[] | null, alpha: number, mu: number): boolean {
  let s = 0;
  for (let l = 0; l < params.length; l++) {
    const T = params[l], G = grad[l];
    if (velocity) {
      const V = velocity[l];
      for (let i = 0; i < T.length; i++) { const v = mu * V[i] - alpha * G[i]; V[i] = v; T[i] += v; s += T[i] * 0; }
    } else {
      for (let i = 0; i < T.length; i++) { T[i] -= alpha * G[i]; s += T[i] * 0; }
    }
  }
  return s === 0;
}

/**
 * Summary of a finished {@link fit}: `loss` is J on all the data after training (the last batch loss if diverged).
 * @example
 * ```ts
 * const { steps, loss, diverged } = fit(net, xor(), { learningRate: 1 });
 * ```
 */
export interface FitResult { steps: number; loss: number; diverged: boolean; reason?: string; losses: number[] }

/**
 * Run {@link train} to the end and summarise: number of updates, last loss, and the loss per step.
 * @example
 * ```ts
 * const r = fit(net, xor(), { learningRate: 2, epochs: 2000 });
 * r.diverged; // false
 * ```
 */
export function fit(net: Network, data: Dataset | { X: PackedMatrix; Y: PackedMatrix }, opts: TrainOptions): FitResult {
  const losses: number[] = [];
  let last: TrainStep | undefined;
  for (const s of train(net, data, opts)) { losses.push(s.loss); last = s; }
  const loss = last?.diverged ? last.loss : costOf(net, data.X, data.Y, opts);
  return { steps: last?.step ?? 0, loss, diverged: last?.diverged ?? false, reason: last?.reason, losses };
}
