const g = (v: number) => 1 / (1 + Math.exp(-v));

/** A·Bᵀ for A (m × n) and B (k × n): row i, column k is Σ_j A[i][j]·B[k][j]. */
function timesT(A: number[][], B: number[][]): number[][] {
  return A.map((row) => B.map((b) => row.reduce((s, v, j) => s + v * b[j], 0)));
}

export function passes(Theta: number[][][], X: number[][], Y: number[][]) {
  const L = Theta.length;
  const m = X.length;
  const a: number[][][] = [], z: number[][][] = [], delta: number[][][] = [], D: number[][][] = [];
  a[1] = X;
  for (let l = 1; l < L; l++) {
    z[l + 1] = timesT(a[l].map((row) => [1, ...row]), Theta[l]);   // Z(l+1) = [1 A(l)] Θ(l)ᵀ
    a[l + 1] = z[l + 1].map((row) => row.map(g));
  }
  delta[L] = a[L].map((row, i) => row.map((h, k) => h - Y[i][k]));  // δ(L) = a(L) − y
  for (let l = L - 1; l >= 2; l--) {
    // δ(l) = (Θ(l) without column 0)ᵀ δ(l+1) ⊙ a(l)(1 − a(l)), one example per row
    delta[l] = delta[l + 1].map((d, i) => a[l][i].map((al, j) =>
      d.reduce((s, dk, k) => s + dk * Theta[l][k][j + 1], 0) * al * (1 - al)));
  }
  for (let l = 1; l < L; l++) {
    // D(l) = (1/m) Σ_i δ(l+1) [1 a(l)]ᵀ
    D[l] = Theta[l].map((row, i) => row.map((_, j) => {
      let s = 0;
      for (let r = 0; r < m; r++) s += delta[l + 1][r][i] * (j === 0 ? 1 : a[l][r][j - 1]);
      return s / m;
    }));
  }
  return { a, z, delta, D };
}
