/**
 * One step of gradient descent on the reader's network and example: D(l) = ∂J/∂Θ(l) by backpropagation,
 * Θ(l) ← Θ(l) − α D(l) for every weight at once (lesson 8, eq. 1.9), and the cost before and after.
 */
import { Network, cost, gradients, type Matrix } from 'backprop';
import type { Spec } from './spec';

export interface GradientStep {
  /** J(Θ) of the example before the step. */
  J: number;
  /** `D[l-1]` = ∂J/∂Θ(l), the same shape as Θ(l). */
  D: Matrix[];
  /** `next[l-1]` = Θ(l) − α D(l). */
  next: Matrix[];
  /** J after the step. */
  Jnext: number;
}

/** The network a spec describes. Throws BackpropError only for a spec that did not pass `parseSpec`. */
export function networkOf(spec: Spec, weights: Matrix[] = spec.weights): Network {
  return Network.fromWeights(weights, { hidden: spec.hidden, output: spec.output });
}

/** One gradient step from the spec's weights with its learning rate. */
export function gradientStep(spec: Spec): GradientStep {
  const X = [spec.x], Y = [spec.y];
  const { J, D } = gradients(networkOf(spec), X, Y, { cost: spec.cost });
  const next = spec.weights.map((M, l) => M.map((row, i) => row.map((w, j) => w - spec.alpha * D[l]![i]![j]!)));
  return { J, D, next, Jnext: cost(networkOf(spec, next), X, Y, { cost: spec.cost }) };
}
