import { sigmoid } from "backprop";

/** h_Θ(x): forward propagation, sigmoid on every layer. */
export function forwardPass(Theta: number[][][], x: number[]): number[] {
  let a = x;
  for (const T of Theta) {
    const withBias = [1, ...a];
    const z = T.map((row) => row.reduce((sum, w, j) => sum + w * withBias[j], 0));
    a = z.map((v) => sigmoid(v));
  }
  return a;
}
