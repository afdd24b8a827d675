import { Network, forward } from "backprop";

/** ∂J/∂Θ(l) for one example: sigmoid units, cross-entropy, so δ(L) = a(L) − y. */
export function backpropGradients(Theta: number[][][], x: number[], y: number[]): number[][][] {
  const p = forward(Network.fromWeights(Theta), x);
  const L = Theta.length + 1;
  const D: number[][][] = [];
  let delta = p.h.map((h, k) => h - y[k]);                  // δ(L)
  for (let l = L - 1; l >= 1; l--) {
    const a = p.a(l);                                        // a(l), bias unit 1 first
    D[l - 1] = delta.map((d) => a.map((aj) => d * aj));      // D(l) = δ(l+1) a(l)ᵀ
    if (l > 1) {
      const T = Theta[l - 1];                                // Θ(l)
      // δ(l) = (Θ(l)ᵀ δ(l+1)) without the bias row, ⊙ g'(z(l)) = a(1 − a)
      delta = a.slice(1).map((aj, j) => {
        const back = delta.reduce((s, d, i) => s + T[i][j] * d, 0);
        return back * aj * (1 - aj);
      });
    }
  }
  return D;
}
