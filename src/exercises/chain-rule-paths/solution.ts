export type Edge = { from: string; to: string; local: number };

/** ∂to/∂from = Σ over paths from → to of the product of local derivatives (3.19). */
export function pathSum(edges: Edge[], from: string, to: string): number {
  if (from === to) return 1;       // the empty path: ∂to/∂to = 1
  let total = 0;
  for (const e of edges) {
    // every path from `from` starts with one of its outgoing edges; the rest is a path from e.to
    if (e.from === from) total += e.local * pathSum(edges, e.to, to);
  }
  return total;
}
