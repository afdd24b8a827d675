/** δ(L) for squared error with a sigmoid output. */
export function deltaOutput(aL: number[], y: number[]): number[] {
  // ∂E/∂z = ∂E/∂a · ∂a/∂z = (a − y) · g'(z), and g'(z) = a(1 − a) for the sigmoid
  return aL.map((a, k) => (a - y[k]) * a * (1 - a));
}
