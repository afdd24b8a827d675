/** δ(L) for squared error with a sigmoid output. */
export function deltaOutput(aL: number[], y: number[]): number[] {
  // TODO: this is ∂E/∂a, not yet ∂E/∂z
  return aL.map((a, k) => a - y[k]);
}
