/** δ = ∂J/∂z for a softmax output and J = −Σ y_k log h_k. */
export function softmaxDelta(z: number[], y: number[]): number[] {
  const max = Math.max(...z);                       // softmax(z) = softmax(z − max): no overflow
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  // δ_j = Σ_k (−y_k / h_k) · h_k(δ_kj − h_j) = h_j Σ_k y_k − y_j = h_j − y_j
  return e.map((v, j) => v / sum - y[j]);
}

console.log(softmaxDelta([1.1059, 1.2249, 0.0817], [0, 1, 0])); // [0.4023, −0.5468, 0.1445]
