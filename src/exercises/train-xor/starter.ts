import { Network, gradients, xor } from "backprop";

export function trainXor(seed: number): Network {
  const { X, Y } = xor();
  const net = Network.random([2, 4, 1], { seed });
  // TODO: repeat: D = gradients(net, X, Y).D, then Θ(l) := Θ(l) − α·D(l) for every weight
  return net;
}
