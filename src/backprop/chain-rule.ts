/**
 * One weight's derivative taken apart into the lessons' three chain-rule factors,
 * $\frac{\partial J}{\partial\Theta^{(l)}_{ij}} = ①\,\frac{\partial J}{\partial a^{(l+1)}_i}\cdot ②\,\frac{\partial a^{(l+1)}_i}{\partial z^{(l+1)}_i}\cdot ③\,\frac{\partial z^{(l+1)}_i}{\partial\Theta^{(l)}_{ij}}$.
 */
import { ACTIVATION, type ElementwiseActivation } from './activations.ts';
import { backprop, resolveCost } from './backprop.ts';
import type { CostName } from './costs.ts';
import { requireIndex } from './errors.ts';
import type { Vector } from './matrix.ts';
import type { Network } from './network.ts';

/**
 * One path's contribution: through unit `k` of the next layer (or output `k` of a softmax).
 * @example
 * ```ts
 * chainRule(net, x, y, 1, 1, 1).paths; // [{ k: 1, term: … }, { k: 2, term: … }]
 * ```
 */
export interface PathTerm { k: number; term: number }

/**
 * The chain-rule factors of one weight for one example.
 * @example
 * ```ts
 * const { dJda, dadz, dzdTheta, value } = chainRule(net, x, y, 2, 1, 1);
 * ```
 */
export interface ChainRuleFactors {
  /**
   * ① $\partial J/\partial a^{(l+1)}_i$. For a hidden unit, the sum of `paths`. At an output it is computed from $z$
   * ($1/h = 1 + e^{-z}$ for a sigmoid, $1/h_i = e^{\log\sum_k e^{z_k} - z_i}$ for a softmax), so it stays finite and
   * right when $h$ rounds to 0 or 1; only where the true value exceeds the double range ($|z| > 709$) is it $\pm\infty$.
   */
  dJda: number;
  /** ② $\partial a^{(l+1)}_i/\partial z^{(l+1)}_i = g'(z^{(l+1)}_i)$, from $z$ (for softmax, the diagonal $a_i(1-a_i)$). */
  dadz: number;
  /** ③ $\partial z^{(l+1)}_i/\partial\Theta^{(l)}_{ij} = a^{(l)}_j$ ($= 1$ for the bias, $j = 0$). */
  dzdTheta: number;
  /** $\delta^{(l+1)}_i = \partial J/\partial z^{(l+1)}_i$; equals ①·② except for a softmax output. */
  delta: number;
  /** $\partial J/\partial\Theta^{(l)}_{ij} = \delta^{(l+1)}_i\,a^{(l)}_j$ (= ①·②·③ for elementwise activations). */
  value: number;
  /**
   * Hidden unit: terms $\Theta^{(l+1)}_{ki}\,\delta^{(l+2)}_k$ that add up to ①.
   * Softmax output: terms $\frac{\partial J}{\partial a_k}\frac{\partial a_k}{\partial z_i}$ that add up to $\delta_i$
   * (the softmax Jacobian is not diagonal, so ①·② alone is not $\delta_i$). Absent otherwise.
   */
  paths?: PathTerm[];
}

/**
 * The factors ①②③ of $\partial J/\partial\Theta^{(l)}_{ij}$ for one example, with the math's indices:
 * $l = 1..L-1$, $i = 1..s_{l+1}$, $j = 0..s_l$.
 * @example
 * ```ts
 * const f = chainRule(net, [0.05, 0.10], [0.01, 0.99], 2, 1, 1, { cost: 'squared-error' });
 * f.dJda;     // 0.74136507  (h1 − y1)
 * f.dadz;     // 0.18681560  (h1(1 − h1))
 * f.dzdTheta; // 0.59326999  (a(2)_1)
 * f.value;    // 0.08216704  (∂E/∂w5)
 * ```
 */
export function chainRule(net: Network, x: Vector, y: Vector, l: number, i: number, j: number,
  opts: { cost?: CostName } = {}): ChainRuleFactors {
  const { L, sizes } = net;
  requireIndex(l, 1, L - 1, 'Θ(l): l');
  requireIndex(i, 1, sizes[l], `Θ(${l}) row i`);
  requireIndex(j, 0, sizes[l - 1], `Θ(${l}) column j`);
  const t = backprop(net, x, y, opts);
  const { cost: c } = resolveCost(net, { cost: opts.cost });
  const dzdTheta = t.a(l)[j];
  const zi = t.z(l + 1)[i - 1];
  const delta = t.delta(l + 1)[i - 1];
  const act = net.activation(l + 1);
  if (l + 1 < L) {
    const next = net.Theta(l + 1), dNext = t.delta(l + 2);
    const paths = dNext.map((d, k) => ({ k: k + 1, term: next[k][i] * d }));
    const dJda = paths.reduce((s, p) => s + p.term, 0);
    return { dJda, dadz: ACTIVATION[act as ElementwiseActivation].gPrime(zi), dzdTheta, delta, value: delta * dzdTheta, paths };
  }
  const h = t.h, z = t.z(L);
  if (act !== 'softmax') {
    const dJda = outputGradient(c, h[i - 1], zi, y[i - 1]);
    return { dJda, dadz: ACTIVATION[act].gPrime(zi), dzdTheta, delta, value: delta * dzdTheta };
  }
  // Softmax: ∂h_k/∂z_i = h_k(δ_ki − h_i). With cross-entropy ∂J/∂h_k = −y_k/h_k, so the path term is −y_k(δ_ki − h_i):
  // h_k cancels exactly, which keeps an underflowed h_k = 0 from making 0·∞.
  const hi = h[i - 1], ce = c === 'softmax-cross-entropy';
  const paths = h.map((hk, k) => {
    const jac = (k === i - 1 ? 1 : 0) - hi;
    return { k: k + 1, term: ce ? (y[k] === 0 ? 0 : -y[k] * jac) : (hk - y[k]) * hk * jac };
  });
  const dJda = ce ? (y[i - 1] === 0 ? 0 : -y[i - 1] * Math.exp(logSumExp(z) - zi)) : hi - y[i - 1];
  return { dJda, dadz: hi * (1 - hi), dzdTheta, delta, value: delta * dzdTheta, paths };
}

/** log Σ_k e^{z_k}, shifted by the max so it neither overflows nor underflows. */
function logSumExp(z: readonly number[]): number {
  const max = Math.max(...z);
  return max + Math.log(z.reduce((s, v) => s + Math.exp(v - max), 0));
}

/**
 * ① at an elementwise output unit, from z where the probability h = σ(z) would lose digits:
 * 1/h = 1 + e^{−z} and 1/(1 − h) = 1 + e^{z}, so cross-entropy's −y/h + (1 − y)/(1 − h) stays finite and right
 * when σ(z) rounds to 1 or 0 (it overflows only where the true value exceeds the double range, |z| > 709).
 * A term with weight exactly 0 is skipped.
 */
function outputGradient(cost: CostName, h: number, z: number, y: number): number {
  if (cost !== 'cross-entropy') return h - y;
  return (y === 0 ? 0 : -y * (1 + Math.exp(-z))) + (y === 1 ? 0 : (1 - y) * (1 + Math.exp(z)));
}
