/** ∂J/∂Θ by central differences. */
export function numGrad(J: (Theta: number[][][]) => number, Theta: number[][][], epsilon: number): number[][][] {
  return Theta.map((T, l) => T.map((row, i) => row.map((w, j) => {
    const plus = structuredClone(Theta), minus = structuredClone(Theta);
    plus[l][i][j] = w + epsilon;
    minus[l][i][j] = w - epsilon;
    return (J(plus) - J(minus)) / (2 * epsilon);
  })));
}
