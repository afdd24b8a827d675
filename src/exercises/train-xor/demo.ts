import { trainXor } from './solution'; // @hide
import { cost, xor } from "backprop";

const net = trainXor(1);
console.log("J =", cost(net, xor().X, xor().Y)); // should be below 0.1
