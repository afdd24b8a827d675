import { backpropGradients } from './solution'; // @hide
import { Network, numericalGradient, relativeDifference } from "backprop";

// Gradient check, layer by layer: which layers disagree?
const net = Network.random([2, 3, 3, 1], { seed: 5 });
const num = numericalGradient(net, [[-0.4, 0.9]], [[1]], { epsilon: 1e-5 });
const mine = backpropGradients(net.weights(), [-0.4, 0.9], [1]);
num.forEach((N, l) => console.log(`D(${l + 1}): r =`, relativeDifference(N, mine[l])));
