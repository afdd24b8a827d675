import { sigmoid } from "backprop";

/** g'(z) for the sigmoid g(z) = 1 / (1 + e^(-z)). */
export function gPrime(z: number): number {
  // TODO: express g'(z) with g(z) = sigmoid(z)
  return 0;
}
