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
export { type ChainRuleFactors, type PathTerm, chainRule } from './chain-rule.ts';
export { type NumericalGradientOptions, numericalGradient, relativeDifference, gradientCheck } from './gradient-check.ts';
export { type TrainOptions, type TrainStep, type Dataset, type FitResult, train, fit } from './train.ts';
export { type DataOptions, xor, circles, spirals, blobs, curve1d, split } from './datasets.ts';
export { type Op, type DerivativeReport, Value, localDerivatives, topoSort, reverseMode } from './graph.ts';
export { Dual, dualPass, forwardMode } from './dual.ts';
export { type NetworkGraph, networkGraph } from './network-graph.ts';
