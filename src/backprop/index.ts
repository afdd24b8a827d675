/**
 * Backprop Notebook's shared module: the lessons' mathematics as a pure, tested library.
 * Import from `"backprop"` in code cells. Layers are numbered 1..L as in the math.
 */
export { BackpropError } from './errors.ts';
export {
  type Activation, ACTIVATIONS, sigmoid, sigmoidGradient, tanh, tanhGradient, relu, reluGradient,
  softmax, activationGradient,
} from './activations.ts';
export { type Matrix, type Vector, type PackedMatrix, pack, packVector, unpack } from './matrix.ts';
export { type Rng, createRng, gaussian, shuffle } from './rng.ts';
export { Network, type NetworkOptions, type RandomNetworkOptions } from './network.ts';
export { type CostName, COSTS, defaultCost, checkCost, costGradient } from './costs.ts';
export { type ForwardPass, forward, forwardBatch, predict } from './forward.ts';
export {
  type CostOptions, type BackpropTrace, type Gradients, cost, backprop, backpropBatch, gradients,
} from './backprop.ts';
