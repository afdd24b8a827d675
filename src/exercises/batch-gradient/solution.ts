/** C = A·B for matrices as arrays of rows. */
const matmul = (A: number[][], B: number[][]) => A.map((row) => B[0].map((_, j) => row.reduce((s, a, k) => s + a * B[k][j], 0)));
const transpose = (A: number[][]) => A[0].map((_, j) => A.map((row) => row[j]));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** Puts the bias unit 1 in front of every row. */
const withBias = (A: number[][]) => A.map((row) => [1, ...row]);

/** D(l) = (1/m) E(l+1)ᵀ A(l) for l = 1 … L−1. */
export function batchGradient(Theta: number[][][], X: number[][], Y: number[][]): number[][][] {
  const L = Theta.length + 1, m = X.length;
  // Forward pass for the whole batch: A[l] is A(l+1), m × (s + 1) with the bias column, rows = examples.
  const A: number[][][] = [withBias(X)];
  let H: number[][] = [];
  for (let l = 0; l < L - 1; l++) {
    const Z = matmul(A[l], transpose(Theta[l]));          // Z(l+2) = A(l+1) Θ(l+1)ᵀ
    const act = Z.map((row) => row.map(sigmoid));
    if (l < L - 2) A.push(withBias(act)); else H = act;
  }
  let E = H.map((row, r) => row.map((h, k) => h - Y[r][k]));  // E(L) = H − Y (sigmoid + cross-entropy)
  const D: number[][][] = [];
  for (let l = L - 2; l >= 0; l--) {
    D[l] = matmul(transpose(E), A[l]).map((row) => row.map((v) => v / m));
    if (l === 0) break;
    // E(l+1) = [E(l+2) Θ(l+1)] without column 0, times g′ = a(1 − a) elementwise
    const back = matmul(E, Theta[l]);
    E = back.map((row, r) => row.slice(1).map((v, j) => v * A[l][r][j + 1] * (1 - A[l][r][j + 1])));
  }
  return D;
}
