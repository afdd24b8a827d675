import { Network, backprop } from "backprop";

/** D(l) = ∂J/∂Θ(l) for every l, regularised. */
export function gradientD(Theta: number[][][], X: number[][], Y: number[][], lambda: number): number[][][] {
  const net = Network.fromWeights(Theta);
  const m = X.length;
  // Δ(l) starts at zero, same shape as Θ(l)
  const Delta = Theta.map((T) => T.map((row) => row.map(() => 0)));
  X.forEach((x, i) => {
    const t = backprop(net, x, Y[i]);
    Delta.forEach((A, l) => t.D(l + 1).forEach((row, r) => row.forEach((v, c) => { A[r][c] += v; })));
  });
  // TODO: divide by m and add (λ/m)·Θ(l), except in the bias column j = 0
  return Delta;
}
