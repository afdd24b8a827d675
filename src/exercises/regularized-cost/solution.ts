import { Network, forward } from "backprop";

export function regularizedCost(Theta: number[][][], X: number[][], Y: number[][], lambda: number): number {
  const net = Network.fromWeights(Theta);
  const m = X.length;
  let J = 0;
  X.forEach((x, i) => {
    const h = forward(net, x).h;
    h.forEach((hk, k) => { J -= Y[i][k] * Math.log(hk) + (1 - Y[i][k]) * Math.log(1 - hk); });
  });
  J /= m;
  let squares = 0;
  for (const T of Theta) for (const row of T) row.forEach((w, j) => { if (j > 0) squares += w * w; });
  return J + (lambda / (2 * m)) * squares;
}
