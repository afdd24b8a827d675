/** δ = ∂J/∂z for a softmax output and J = −Σ y_k log h_k. */
export function softmaxDelta(z: number[], y: number[]): number[] {
  const e = z.map(Math.exp);
  const sum = e.reduce((s, v) => s + v, 0);
  const h = e.map((v) => v / sum);
  // TODO: this is ∂J/∂h, not ∂J/∂z: multiply by the softmax Jacobian
  return h.map((hk, k) => -y[k] / hk);
}

console.log(softmaxDelta([1.1059, 1.2249, 0.0817], [0, 1, 0])); // δ_2 should be about −0.5468
