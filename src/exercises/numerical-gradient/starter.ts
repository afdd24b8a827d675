/** ∂J/∂Θ by finite differences. */
export function numGrad(J: (Theta: number[][][]) => number, Theta: number[][][], epsilon: number): number[][][] {
  const base = J(Theta);
  return Theta.map((T, l) => T.map((row, i) => row.map((w, j) => {
    const plus = structuredClone(Theta);
    plus[l][i][j] = w + epsilon;
    // TODO: this one-sided difference is only accurate to O(ε); use a central difference
    return (J(plus) - base) / epsilon;
  })));
}
