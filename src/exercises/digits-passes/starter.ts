/**
 * Forward and backward passes of a sigmoid network over a batch, from scratch (no imports).
 * Theta[l] = Θ(l), l = 1..L-1; X is m × s(1); Y is m × s(L). Index 0 of every array stays empty.
 */
export function passes(Theta: number[][][], X: number[][], Y: number[][]) {
  const L = Theta.length;
  const m = X.length;
  const a: number[][][] = [], z: number[][][] = [], delta: number[][][] = [], D: number[][][] = [];

  // Forward: a[1] = X, then for l = 1..L-1: z[l+1] = [1 A(l)] Θ(l)ᵀ and a[l+1] = g(z[l+1])

  // Backward: delta[L] = a[L] - Y, then delta[l] for l = L-1..2, then D[l] for l = 1..L-1

  return { a, z, delta, D };
}
