/**
 * Networks the OwnNetwork widget loads with one click. Each is a valid {@link Spec}.
 */
import { Network } from 'backprop';
import { CORE_SCENARIOS } from '../../src/course/scenarios-core';
import type { Spec } from './spec';

const classic = CORE_SCENARIOS.classic;

/**
 * Matt Mazur's worked example ("A Step by Step Backpropagation Example", 2015), which is also this course's
 * running example: 2-2-2, sigmoid everywhere, squared error ½Σ(h − y)², x = (0.05, 0.10), y = (0.01, 0.99),
 * learning rate 0.5. Mazur's Θ(1) = [[b1, w1, w2], [b1, w3, w4]] with b1 = 0.35, w1…w4 = 0.15, 0.20, 0.25, 0.30.
 * Mazur keeps the biases fixed; our gradient step updates them too, so J after one step is lower than his.
 */
export const MAZUR: Spec = {
  sizes: [2, 2, 2], hidden: 'sigmoid', output: 'sigmoid', cost: 'squared-error',
  weights: classic.weights, x: classic.x, y: classic.y, alpha: 0.5,
};

/** A 2-3-1 network with tanh hidden units and a sigmoid output under cross-entropy, on the XOR input (1, 0). */
export const TANH_XOR: Spec = {
  sizes: [2, 3, 1], hidden: 'tanh', output: 'sigmoid', cost: 'cross-entropy',
  weights: [
    [[0.1, 0.8, -0.4], [-0.3, 0.5, 0.9], [0.2, -0.7, 0.6]],
    [[0.05, 0.7, -0.5, 0.4]],
  ],
  x: [1, 0], y: [1], alpha: 0.5,
};

/** A 2-3-3 network with ReLU hidden units and a softmax output, class 2 of 3 as a one-hot target. */
export const RELU_SOFTMAX: Spec = {
  sizes: [2, 3, 3], hidden: 'relu', output: 'softmax', cost: 'softmax-cross-entropy',
  weights: [
    [[0.1, 0.4, -0.1], [0.0, 0.3, 0.5], [-0.1, -0.6, 0.2]],
    [[0.0, 0.5, -0.3, 0.2], [0.1, -0.4, 0.6, 0.1], [-0.1, 0.2, 0.1, -0.5]],
  ],
  x: [0.5, 1.5], y: [0, 1, 0], alpha: 0.1,
};

export const PRESETS = { mazur: MAZUR, tanhXor: TANH_XOR, reluSoftmax: RELU_SOFTMAX } as const;
export type PresetName = keyof typeof PRESETS;

/**
 * Fresh random weights for a spec's sizes and activations (Network.random's ε-init, rounded to 3 decimals so they
 * read well in the form), keeping the rest.
 */
export function withRandomWeights(spec: Spec, seed: number): Spec {
  const net = Network.random(spec.sizes, { seed, hidden: spec.hidden, output: spec.output });
  return { ...spec, weights: net.weights().map((M) => M.map((r) => r.map((v) => Math.round(v * 1000) / 1000))) };
}
