export type Edge = { from: string; to: string; local: number };

/** ∂to/∂from = Σ over paths from → to of the product of local derivatives (3.19). */
export function pathSum(edges: Edge[], from: string, to: string): number {
  // Follows only the FIRST edge out of each node: right for a single path, wrong otherwise.
  let node = from, product = 1;
  while (node !== to) {
    const e = edges.find((edge) => edge.from === node);
    if (!e) return 0;            // a dead end: this path never reaches `to`
    product *= e.local;
    node = e.to;
  }
  return product;
  // TODO: add up the products of ALL paths from `from` to `to`
}
