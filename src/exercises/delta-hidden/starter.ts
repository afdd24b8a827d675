/** δ(l) = (Θ(l))ᵀ δ(l+1) ⊙ g'(z(l)), sigmoid hidden layer. */
export function deltaHidden(Theta: number[][], deltaNext: number[], a: number[]): number[] {
  // (Θᵀ δ)_j for every column j, including the bias column 0
  const back = Theta[0].map((_, j) => Theta.reduce((s, row, i) => s + row[j] * deltaNext[i], 0));
  // TODO: drop the bias entry and multiply by g'(z) = a(1 − a)
  return back;
}
