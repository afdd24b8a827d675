/** Networks and data the checks share: the lessons' 2-2-2 example plus seeded random ones. */
import { Network, type Matrix } from 'backprop';
import { S } from './strings';

/** Θ(1), Θ(2) of the classic 2-2-2 network (lesson 1's worked example). */
export const CLASSIC: Matrix[] = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];

/** The networks checks run on, described for messages. */
export function checkNetworks(): { name: string; Theta: Matrix[]; x: number[]; y: number[] }[] {
  return [
    { name: S.net.classicAt('[0.05, 0.1]'), Theta: CLASSIC, x: [0.05, 0.1], y: [0.01, 0.99] },
    { name: S.net.randomAt('3-4-2', 2), Theta: Network.random([3, 4, 2], { seed: 2 }).weights(), x: [1, -1, 0.5], y: [0, 1] },
    { name: S.net.randomAt('2-3-3-1', 5), Theta: Network.random([2, 3, 3, 1], { seed: 5 }).weights(), x: [-0.4, 0.9], y: [1] },
  ];
}

/** A small batch for cost and gradient checks: m = 3 examples for a network with `inputs` and `outputs` units. */
export function batch(inputs: number, outputs: number): { X: Matrix; Y: Matrix } {
  const X = [0, 1, 2].map((r) => Array.from({ length: inputs }, (_, j) => Math.sin(1 + r * 3 + j)));
  const Y = [0, 1, 2].map((r) => Array.from({ length: outputs }, (_, k) => ((r + k) % 2 ? 0.9 : 0.1)));
  return { X, Y };
}
