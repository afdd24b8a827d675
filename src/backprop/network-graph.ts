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
  /** `weightRefs[n]` says which weight `weights[n]` is: $\Theta^{(l)}_{ij}$ as `{ l, i, j }` (math indices). */
  weightRefs: { l: number; i: number; j: number }[];
  /** The input leaves $x_j$ (constants: `x[j-1]` is $x_j$). */
  x: Value[];
  /** The output nodes $h_k$. */
  h: Value[];
}

/**
 * Build the cost of one example (unregularised) as a scalar graph with one leaf per weight.
 *
 * Squared error is built as the lessons write it, $\tfrac12\sum_k (h_k - y_k)^2$. The log-based costs are built
 * from $z^{(L)}$, as the matrix code computes them, so the graph gives $J$ and its gradient wherever those are
 * finite numbers, even when a probability rounds to 0 or 1. Cross-entropy with a sigmoid output is
 * $y\,\mathrm{softplus}(-z) + (1-y)\,\mathrm{softplus}(z)$, where $-\log\sigma(z) = \mathrm{softplus}(-z)$ and
 * $\mathrm{softplus}(x) = \max(x,0) + \log(1 + e^{-|x|})$ uses `log1p`. Softmax, with $m$ the largest logit, uses
 * $d_k = z_k - z_m$ and $s = \log(1 + \sum_{k \ne m} e^{d_k})$ (the max is subtracted, so no `exp` overflows and
 * the sum is $\ge 1$): $h_k = e^{d_k - s}$ and $J = \sum_k y_k(s - d_k) = \sum_k y_k(\log\sum_j e^{z_j} - z_k)$.
 *
 * The output nodes `h` are always built; with a log-based cost $J$ does not pass through them.
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
  const inputs = x.map((v, j) => new Value(v, `x${j + 1}`, 'const'));
  let a: Value[] = inputs;
  let z: Value[] = [];
  let soft: SoftmaxParts | null = null;
  for (let l = 0; l < Theta.length; l++) {
    z = Theta[l].map((row) => row.slice(1).reduce((s, w, j) => s.add(w.mul(a[j])), row[0] as Value));
    const act = net.activation(l + 2);
    if (act === 'softmax') {
      const parts = softmaxParts(z);
      soft = parts;
      a = parts.d.map((d) => d.sub(parts.s).exp());
    } else a = z.map((v) => (act === 'linear' ? v : v[act]()));
  }
  const terms = a.map((h, k) => {
    const t = y[k];
    if (cost === 'squared-error') return h.sub(t).pow(2).mul(0.5);
    if (cost === 'softmax-cross-entropy') { const { s, d } = soft as SoftmaxParts; return s.sub(d[k]).mul(t); }
    return softplus(z[k].neg()).mul(t).add(softplus(z[k]).mul(1 - t));
  });
  const J = terms.slice(1).reduce((s, v) => s.add(v), terms[0]);
  const weightRefs = Theta.flatMap((T, l) => T.flatMap((row, i) => row.map((_, j) => ({ l: l + 1, i: i + 1, j }))));
  return { J, Theta, weights: Theta.flat(2), weightRefs, x: inputs, h: a };
}

/** $\log(1 + e^x)$ as graph nodes: $x + \mathrm{log1p}(e^{-x})$ for $x \ge 0$, $\mathrm{log1p}(e^x)$ otherwise (no overflow, no log 0). */
function softplus(x: Value): Value {
  return x.data >= 0 ? x.add(x.neg().exp().log1p()) : x.exp().log1p();
}

/** Softmax pieces relative to the largest logit $z_m$: $d_k = z_k - z_m \le 0$ and $s = \mathrm{lse}(z) - z_m$. */
interface SoftmaxParts { d: Value[]; s: Value }

/**
 * $d_k = z_k - z_m$ and $s = \log(1 + \sum_{k\ne m} e^{d_k})$ as graph nodes, with $m$ the largest logit, so that
 * $\log h_k = d_k - s$ and $-\log h_k = s - d_k$ are formed without adding and then subtracting a huge $z_m$
 * (which would cost up to 13 digits at $z = -1000$).
 */
function softmaxParts(z: Value[]): SoftmaxParts {
  const m = z.reduce((best, v, k) => (v.data > z[best].data ? k : best), 0);
  const d = z.map((v) => v.sub(z[m]));
  const rest = d.filter((_, k) => k !== m).map((v) => v.exp());
  const s = rest.length === 0 ? d[m] : rest.slice(1).reduce((acc, v) => acc.add(v), rest[0]).log1p();
  return { d, s };
}
