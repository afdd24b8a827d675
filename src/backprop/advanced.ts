/**
 * The advanced/fast entry: everything in `./index.ts`, plus the packed Float64Array form of data, the
 * name lists and validation helpers, and the lower-level pieces the lessons do not need. For the
 * playground (which re-uses one packed grid every frame) and the benchmark; readers use `"backprop"`.
 */
export * from './index.ts';
export { type PackedMatrix, pack, packVector, unpack } from './matrix.ts';
export { forwardBatch } from './forward.ts';
export { type ActivationRecord, type ElementwiseActivation, ACTIVATION, ACTIVATIONS, activationGradient } from './activations.ts';
export { COSTS, defaultCost, checkCost, costGradient } from './costs.ts';
export { gaussian, shuffle } from './rng.ts';
export { dualPass } from './dual.ts';
