import { Network, backprop } from "backprop";

/** D(l) = ∂J/∂Θ(l) for every l, regularised. */
export function gradientD(Theta: number[][][], X: number[][], Y: number[][], lambda: number): number[][][] {
  const net = Network.fromWeights(Theta);
  const m = X.length;
  const Delta = Theta.map((T) => T.map((row) => row.map(() => 0)));
  X.forEach((x, i) => {
    const t = backprop(net, x, Y[i]);
    Delta.forEach((A, l) => t.D(l + 1).forEach((row, r) => row.forEach((v, c) => { A[r][c] += v; })));
  });
  return Delta.map((A, l) => A.map((row, r) => row.map((v, c) => v / m + (c > 0 ? (lambda / m) * Theta[l][r][c] : 0))));
}
