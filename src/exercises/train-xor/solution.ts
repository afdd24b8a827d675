import { Network, gradients, xor } from "backprop";

export function trainXor(seed: number): Network {
  const { X, Y } = xor();
  const net = Network.random([2, 4, 1], { seed });
  const alpha = 2;
  for (let step = 0; step < 2000; step++) {
    const { D } = gradients(net, X, Y);
    D.forEach((Dl, idx) => Dl.forEach((row, r) => row.forEach((d, c) => {
      const l = idx + 1, i = r + 1, j = c;
      net.setWeight(l, i, j, net.weight(l, i, j) - alpha * d);
    })));
  }
  return net;
}
