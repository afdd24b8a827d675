/** δ(l) = (Θ(l))ᵀ δ(l+1) ⊙ g'(z(l)), sigmoid hidden layer. */
export function deltaHidden(Theta: number[][], deltaNext: number[], a: number[]): number[] {
  const back = Theta[0].map((_, j) => Theta.reduce((s, row, i) => s + row[j] * deltaNext[i], 0));
  return back.slice(1).map((b, j) => b * a[j + 1] * (1 - a[j + 1]));
}
