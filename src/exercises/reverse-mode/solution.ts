import { topoSort, localDerivatives, Value } from "backprop";

/** ∂out/∂x for every x in inputs, by one reverse sweep over the graph. */
export function gradient(out: Value, inputs: Value[]): number[] {
  const order = topoSort(out);                 // parents before children
  const adj = new Map<Value, number>();        // adjoints ∂out/∂v
  adj.set(out, 1);
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i];
    const local = localDerivatives(v);         // ∂v/∂(v.parents[k])
    const vbar = adj.get(v) ?? 0;
    v.parents.forEach((p, k) => {
      adj.set(p, (adj.get(p) ?? 0) + vbar * local[k]);   // add this path's contribution
    });
  }
  return inputs.map((x) => adj.get(x) ?? 0);
}
