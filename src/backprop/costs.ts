/**
 * Cost functions $J(\Theta)$ for one example, and the output error $\delta^{(L)} = \partial J / \partial z^{(L)}$
 * that starts backpropagation. Averaging over $m$ and regularisation happen in the kernel.
 */
import { ACTIVATION, type Activation, scaleByDerivative } from './activations.ts';
import { BackpropError } from './errors.ts';

const sig = ACTIVATION.sigmoid.g;

/**
 * A cost function name.
 * @example
 * ```ts
 * cost(net, X, Y, { cost: 'squared-error' });
 * ```
 */
export type CostName = 'cross-entropy' | 'squared-error' | 'softmax-cross-entropy';

/**
 * Every cost name.
 * @example
 * ```ts
 * COSTS.length; // 3
 * ```
 */
export const COSTS: readonly CostName[] = Object.freeze(['cross-entropy', 'squared-error', 'softmax-cross-entropy']);

/**
 * The natural cost for an output activation: cross-entropy for sigmoid, softmax cross-entropy for softmax,
 * squared error otherwise.
 * @example
 * ```ts
 * defaultCost('softmax'); // 'softmax-cross-entropy'
 * ```
 */
export function defaultCost(output: Activation): CostName {
  if (output === 'sigmoid') return 'cross-entropy';
  return output === 'softmax' ? 'softmax-cross-entropy' : 'squared-error';
}

/**
 * Check a cost name against the output activation and return it (or the default when undefined).
 * Cross-entropy needs sigmoid outputs in $(0,1)$; softmax cross-entropy needs a softmax output.
 * @example
 * ```ts
 * checkCost(undefined, 'sigmoid');       // 'cross-entropy'
 * checkCost('squared-error', 'linear');  // 'squared-error'
 * ```
 */
export function checkCost(name: unknown, output: Activation): CostName {
  if (name === undefined) return defaultCost(output);
  if (typeof name !== 'string' || !(COSTS as readonly string[]).includes(name)) {
    throw new BackpropError(`unknown cost ${JSON.stringify(name)} (expected cross-entropy, squared-error or softmax-cross-entropy)`);
  }
  if (name === 'cross-entropy' && output !== 'sigmoid') {
    throw new BackpropError(`cost 'cross-entropy' needs a sigmoid output layer, but the output is '${output}'`);
  }
  if (name === 'softmax-cross-entropy' && output !== 'softmax') {
    throw new BackpropError(`cost 'softmax-cross-entropy' needs a softmax output layer, but the output is '${output}'`);
  }
  return name as CostName;
}

/** $\log(1 + e^x)$ without overflow. */
function softplus(x: number): number {
  return (x > 0 ? x : 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/**
 * Loss of one example and its output error, in place. `h = a[ho..ho+K)`, `z = z[0..K)`, `y = Y[yo..yo+K)`;
 * writes $\delta^{(L)}$ into `delta[0..K)` and returns the example's cost. Internal hot-loop kernel.
 *
 * - cross-entropy: $-\sum_k y_k\log h_k + (1-y_k)\log(1-h_k)$, from $z$ (stable); $\delta = h - y$, computed as
 *   $(1-y)\sigma(z) - y\,\sigma(-z)$ so a saturated right answer keeps its tiny $\delta$.
 * - squared error: $\tfrac12\sum_k (h_k-y_k)^2$; $\delta_k = (h_k-y_k)\,g'(z_k)$ with $g'$ from `slope` (g'(z) as the forward
 *   pass computed it) or else from $z$ (softmax: Jacobian product).
 * - softmax cross-entropy: $-\sum_k y_k\log h_k$ with $-\log h_k = (z_m - z_k) + \log(1 + \sum_{j\ne m} e^{z_j - z_m})$,
 *   $m$ the largest logit; $\delta = h\sum_k y_k - y$.
 */
export function lossAndDelta(cost: CostName, output: Activation, z: Float64Array, a: Float64Array, ho: number,
  Y: Float64Array, yo: number, delta: Float64Array, K: number, slope?: Float64Array): number {
  // one small function per cost, so the compiler can inline the one a training run uses into the hot loop
  if (cost === 'cross-entropy') return crossEntropyAndDelta(z, a, ho, Y, yo, delta, K);
  if (cost === 'softmax-cross-entropy') return softmaxCrossEntropyAndDelta(z, a, ho, Y, yo, delta, K);
  return squaredErrorAndDelta(output, z, a, ho, Y, yo, delta, K, slope);
}

function crossEntropyAndDelta(z: Float64Array, a: Float64Array, ho: number, Y: Float64Array, yo: number, delta: Float64Array, K: number): number {
  let loss = 0;
  for (let k = 0; k < K; k++) {
    const y = Y[yo + k], zk = z[k];
    loss += y * softplus(-zk) + (1 - y) * softplus(zk);
    // δ = σ(z) − y written as (1 − y)σ(z) − yσ(−z): equal since σ(z) + σ(−z) = 1, but with y = 1 it keeps −σ(−z)
    // (≈ −4.2e-18 at z = 40) where σ(z) − 1 rounds to 0.
    delta[k] = y === 0 ? a[ho + k] : (1 - y) * a[ho + k] - y * sig(-zk);
  }
  return loss;
}

function softmaxCrossEntropyAndDelta(z: Float64Array, a: Float64Array, ho: number, Y: Float64Array, yo: number, delta: Float64Array, K: number): number {
  let loss = 0, m = 0, sumY = 0;
  for (let k = 1; k < K; k++) if (z[k] > z[m]) m = k;
  const max = z[m];
  let rest = 0; // Σ_{k≠m} e^{z_k − max}; log Σ_k e^{z_k} = max + log1p(rest)
  for (let k = 0; k < K; k++) if (k !== m) rest += Math.exp(z[k] - max);
  const s = Math.log1p(rest);
  // −log h_k = (max − z_k) + s, never adding then subtracting a huge max
  for (let k = 0; k < K; k++) { const y = Y[yo + k]; loss += y * ((max - z[k]) + s); sumY += y; }
  for (let k = 0; k < K; k++) delta[k] = a[ho + k] * sumY - Y[yo + k];
  return loss;
}

function squaredErrorAndDelta(output: Activation, z: Float64Array, a: Float64Array, ho: number, Y: Float64Array, yo: number,
  delta: Float64Array, K: number, slope?: Float64Array): number {
  let loss = 0, gh = 0;
  for (let k = 0; k < K; k++) {
    const g = a[ho + k] - Y[yo + k];
    loss += 0.5 * g * g;
    delta[k] = g;
    gh += g * a[ho + k];
  }
  // softmax: δ_j = Σ_k g_k ∂a_k/∂z_j = h_j (g_j − Σ_k g_k h_k)
  if (output === 'softmax') for (let k = 0; k < K; k++) delta[k] = a[ho + k] * (delta[k] - gh);
  else if (slope) for (let k = 0; k < K; k++) delta[k] *= slope[k]; // δ_k = (h_k − y_k) g'(z_k), g' from the forward pass
  else scaleByDerivative(output, z, 0, delta, K); // the same, g' from z (exact when saturated)
  return loss;
}

/**
 * $\partial J / \partial h_k$ for one example (①, the first chain-rule factor at the output):
 * $h - y$ (squared error), $-\frac{y}{h} + \frac{1-y}{1-h}$ (cross-entropy), $-\frac{y}{h}$ (softmax cross-entropy).
 * A term whose weight $y$ or $1 - y$ is exactly 0 is left out, so a saturated output that is right gives the
 * limit instead of $0/0$: `costGradient('cross-entropy', 1, 1)` is $-1$. A saturated output that is wrong is
 * genuinely $\pm\infty$ from $h$ alone (e.g. $h = 1, y = 0$); {@link chainRule} works from $z$ instead.
 * @example
 * ```ts
 * costGradient('squared-error', 0.75, 0.01); // 0.74
 * costGradient('cross-entropy', 1, 1);       // -1
 * ```
 */
export function costGradient(cost: CostName, h: number, y: number): number {
  if (cost === 'squared-error') return h - y;
  const hit = y === 0 ? 0 : -y / h;
  if (cost === 'softmax-cross-entropy') return hit;
  return hit + (y === 1 ? 0 : (1 - y) / (1 - h));
}
