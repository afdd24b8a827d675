import { sigmoid } from "backprop";

/** h_Θ(x): forward propagation, sigmoid on every layer. */
export function forwardPass(Theta: number[][][], x: number[]): number[] {
  let a = x;
  for (const T of Theta) {
    // TODO: add the bias unit, compute z = T·a, then a = g(z)
  }
  return a;
}
