/**
 * The same network and cost, built as a scalar {@link Value} graph, so the lessons can show
 * that the graph's reverse mode and the matrix backpropagation give the same numbers.
 */
import { backprop, resolveCost } from './backprop.ts';
import type { CostName } from './costs.ts';
import { Value } from './graph.ts';
import type { Vector } from './matrix.ts';
import type { Network } from './network.ts';

/**
 * A network's one-example cost as a graph: the output node `J`, the weight leaves, and the outputs `h`.
 * @example
 * ```ts
 * const g: NetworkGraph = networkGraph(net, x, y);
 * g.J.backward();
 * ```
 */
export interface NetworkGraph {
  /** The cost $J$ of the example, as a graph node. */
  J: Value;
  /** `Theta[l-1][i-1][j]` is the leaf for $\Theta^{(l)}_{ij}$. */
  Theta: Value[][][];
  /** All weight leaves in the order of `net.weights()` flattened (l, then i, then j). */
  weights: Value[];
  /** The output nodes $h_k$. */
  h: Value[];
}

/**
 * Build the cost of one example (unregularised) as a scalar graph with one leaf per weight.
 * @example
 * ```ts
 * const g = networkGraph(net, [0.05, 0.10], [0.01, 0.99], { cost: 'squared-error' });
 * reverseMode(g.J, g.weights).gradient; // equals gradients(...).D flattened
 * ```
 */
export function networkGraph(net: Network, x: Vector, y: Vector, opts: { cost?: CostName } = {}): NetworkGraph {
  backprop(net, x, y, opts); // validates shapes and names with the same messages as the matrix code
  const { cost } = resolveCost(net, { cost: opts.cost });
  const Theta = net.weights().map((T, l) => T.map((row, i) => row.map((w, j) => new Value(w, `Θ(${l + 1})${i + 1},${j}`))));
  let a: Value[] = x.map((v, j) => new Value(v, `x${j + 1}`, 'const'));
  for (let l = 0; l < Theta.length; l++) {
    const z = Theta[l].map((row) => row.slice(1).reduce((s, w, j) => s.add(w.mul(a[j])), row[0] as Value));
    const act = net.activation(l + 2);
    if (act === 'softmax') {
      const e = z.map((v) => v.exp()), sum = e.slice(1).reduce((s, v) => s.add(v), e[0]);
      a = e.map((v) => v.div(sum));
    } else a = z.map((v) => (act === 'linear' ? v : v[act]()));
  }
  const terms = a.map((h, k) => {
    const t = y[k];
    if (cost === 'squared-error') return h.sub(t).pow(2).mul(0.5);
    if (cost === 'softmax-cross-entropy') return h.log().mul(-t);
    return h.log().mul(-t).sub(h.neg().add(1).log().mul(1 - t));
  });
  const J = terms.slice(1).reduce((s, v) => s.add(v), terms[0]);
  return { J, Theta, weights: Theta.flat(2), h: a };
}
