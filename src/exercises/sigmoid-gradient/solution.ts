import { sigmoid } from "backprop";

/** g'(z) for the sigmoid g(z) = 1 / (1 + e^(-z)). */
export function gPrime(z: number): number {
  const g = sigmoid(z);
  return g * (1 - g);
}
