/**
 * Backprop Notebook's shared module: the lessons' mathematics as a pure, tested library, in lesson order.
 * Import from `"backprop"` in code cells.
 *
 * Conventions, as in the math:
 * - layers are numbered 1..L; methods take the math's indices: `net.Theta(l)`, `net.weight(l, i, j)` with
 *   i = 1..s(l+1) and j = 0..s(l) (0 is the bias column), `forward(…).a(l)`, `backprop(…).D(l)`;
 * - results that are plain data (JSON-able, comparable with {@link relativeDifference}) hold layer l at
 *   index `[l-1]`: `gradients(…).D[l-1]`, `numericalGradient(…)[l-1]`, `net.weights()[l-1]`;
 * - `backprop(net, x, y)` is one example's trace; for a data set's gradient use `gradients(net, X, Y)`.
 *
 * The packed (Float64Array) form and the validation helpers live in `./advanced.ts`, for the playground
 * and the benchmark only.
 */

// Lesson 1, notation and the forward pass
export { Network, type NetworkOptions, type RandomNetworkOptions, type WeightSnapshot } from './network.ts';
export { type Matrix, type Vector } from './matrix.ts';
export { type Activation, sigmoid, tanh, relu, softmax } from './activations.ts';
export { type ForwardPass, forward, predict } from './forward.ts';
// Lesson 2, the cost
export { type CostName } from './costs.ts';
export { type CostOptions, cost } from './backprop.ts';
// Lesson 3, the chain rule
export { type ChainRuleFactors, type PathTerm, chainRule } from './chain-rule.ts';
// Lesson 4, deriving backpropagation
export { sigmoidGradient, tanhGradient, reluGradient } from './activations.ts';
export { type BackpropTrace, backprop, backpropBatch } from './backprop.ts';
// Lesson 5, the algorithm over a data set
export { type Gradients, gradients } from './backprop.ts';
// Lesson 6, gradient checking
export { type NumericalGradientOptions, numericalGradient, relativeDifference, gradientCheck } from './gradient-check.ts';
// Lesson 7, computational graphs
export { type Op, type DerivativeReport, Value, topoSort, localDerivatives, reverseMode } from './graph.ts';
export { Dual, forwardMode } from './dual.ts';
export { type NetworkGraph, networkGraph } from './network-graph.ts';
// Lesson 8, training
export { type TrainOptions, type TrainStep, type Dataset, type FitResult, train, fit } from './train.ts';
export { type DataOptions, xor, circles, spirals, blobs, curve1d, split } from './datasets.ts';
export { type Rng, createRng } from './rng.ts';
// Errors
export { BackpropError } from './errors.ts';
