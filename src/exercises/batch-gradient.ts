import { Network, gradients, numericalGradient, relativeDifference, type Matrix } from 'backprop';
import { compare, expectThat, show } from './kit';
import type { ExerciseDef } from './types';

/** m examples for a network with the given input and output sizes (targets in (0, 1) for cross-entropy). */
function batchOf(m: number, inputs: number, outputs: number): { X: Matrix; Y: Matrix } {
  const X = Array.from({ length: m }, (_, r) => Array.from({ length: inputs }, (_, j) => Math.sin(2 + 3 * r + j)));
  const Y = Array.from({ length: m }, (_, r) => Array.from({ length: outputs }, (_, k) => ((r + k) % 3 ? 0.2 : 0.9)));
  return { X, Y };
}

const HELPERS = `/** C = A·B for matrices as arrays of rows. */
const matmul = (A: number[][], B: number[][]) => A.map((row) => B[0].map((_, j) => row.reduce((s, a, k) => s + a * B[k][j], 0)));
const transpose = (A: number[][]) => A[0].map((_, j) => A.map((row) => row[j]));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** Puts the bias unit 1 in front of every row. */
const withBias = (A: number[][]) => A.map((row) => [1, ...row]);`;

const FORWARD = `  const L = Theta.length + 1, m = X.length;
  // Forward pass for the whole batch: A[l] is A(l+1), m × (s + 1) with the bias column, rows = examples.
  const A: number[][][] = [withBias(X)];
  let H: number[][] = [];
  for (let l = 0; l < L - 1; l++) {
    const Z = matmul(A[l], transpose(Theta[l]));          // Z(l+2) = A(l+1) Θ(l+1)ᵀ
    const act = Z.map((row) => row.map(sigmoid));
    if (l < L - 2) A.push(withBias(act)); else H = act;
  }
  let E = H.map((row, r) => row.map((h, k) => h - Y[r][k]));  // E(L) = H − Y (sigmoid + cross-entropy)`;

/** Lesson 10: the batch gradient in matrix form, D(l) = (1/m) E(l+1)ᵀ A(l), for any number of layers. */
export const exercise: ExerciseDef = {
  id: 'batch-gradient',
  lesson: '10-matrix-form',
  title: 'The batch gradient in matrix form',
  task: `Implement \`batchGradient(Theta, X, Y)\`: the gradient $\\Dl{l} = \\frac1m \\bigl(E^{(l+1)}\\bigr)\\T A^{(l)}$ of the (unregularised) cross-entropy cost of a sigmoid network with any number of layers, for a whole batch at once.

\`X\` is $m \\times s_1$ (one example per row) and \`Theta[l - 1]\` is $\\Th{l}$. The forward pass and $E^{(L)} = H - Y$ are written for you. Go backwards: each step forms $\\Dl{l}$ and then $E^{(l)} = \\bigl[E^{(l+1)}\\Th{l}\\bigr]_{\\text{columns } 1:s_l} \\odot A^{(l)}_{1:s_l} \\odot \\bigl(1 - A^{(l)}_{1:s_l}\\bigr)$. Do not call the module: the checks compare your matrices with its \`gradients\` and with central differences.`,
  entry: 'batchGradient',
  timeout: 15000,
  starter: `${HELPERS}

/** D(l) = (1/m) E(l+1)ᵀ A(l) for l = 1 … L−1. */
function batchGradient(Theta: number[][][], X: number[][], Y: number[][]): number[][][] {
${FORWARD}
  const D: number[][][] = [];
  for (let l = L - 2; l >= 0; l--) {
    // TODO: D(l+1) has the shape of Θ(l+1), s(l+2) × (s(l+1) + 1); check the order of the product
    D[l] = matmul(transpose(A[l]), E);
    // TODO: E(l+1) from E(l+2), for the next step down
  }
  return D;
}`,
  solution: `${HELPERS}

/** D(l) = (1/m) E(l+1)ᵀ A(l) for l = 1 … L−1. */
function batchGradient(Theta: number[][][], X: number[][], Y: number[][]): number[][][] {
${FORWARD}
  const D: number[][][] = [];
  for (let l = L - 2; l >= 0; l--) {
    D[l] = matmul(transpose(E), A[l]).map((row) => row.map((v) => v / m));
    if (l === 0) break;
    // E(l+1) = [E(l+2) Θ(l+1)] without column 0, times g′ = a(1 − a) elementwise
    const back = matmul(E, Theta[l]);
    E = back.map((row, r) => row.slice(1).map((v, j) => v * A[l][r][j + 1] * (1 - A[l][r][j + 1])));
  }
  return D;
}`,
  hints: [
    '$\\Dl{l}$ has the shape of $\\Th{l}$: $s_{l+1} \\times (s_l + 1)$. $E^{(l+1)}$ is $m \\times s_{l+1}$ and $A^{(l)}$ is $m \\times (s_l + 1)$, so only $\\bigl(E^{(l+1)}\\bigr)\\T A^{(l)}$ fits: `matmul(transpose(E), A[l])`, then divide by `m`.',
    '$E^{(l+1)}\\Th{l}$ is $m \\times (s_l + 1)$; drop its column 0 (the bias unit has no error) with `row.slice(1)`.',
    'In the code `A[l]` is $A^{(l+1)}$ and `Theta[l]` is $\\Th{l+1}$, so the hidden error one layer down is `matmul(E, Theta[l])` without column 0, times `A[l][r][j + 1] * (1 - A[l][r][j + 1])`.',
  ],
  check(batchGradient) {
    const cases = [
      { name: 'the 2-2-2 network', Theta: [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]], ...batchOf(3, 2, 2) },
      { name: 'a random 3-4-4-2 network (seed 11)', Theta: Network.random([3, 4, 4, 2], { seed: 11 }).weights(), ...batchOf(5, 3, 2) },
      { name: 'a random 2-5-1 network (seed 4)', Theta: Network.random([2, 5, 1], { seed: 4 }).weights(), ...batchOf(4, 2, 1) },
    ];
    return cases.flatMap(({ name, Theta, X, Y }) => {
      const net = Network.fromWeights(Theta);
      const input = `${name}, m = ${X.length}`;
      const exact = compare(`D for ${name}`, batchGradient, [Theta, X, Y], gradients(net, X, Y, { cost: 'cross-entropy' }).D, input);
      let diff = Infinity;
      try {
        const mine = batchGradient(structuredClone(Theta) as never, structuredClone(X) as never, structuredClone(Y) as never) as Matrix[];
        diff = relativeDifference(mine, numericalGradient(net, X, Y, { cost: 'cross-entropy', epsilon: 1e-5 }));
      } catch { diff = Infinity; }
      const gc = expectThat(`gradient check, ${name}`, diff < 1e-7,
        `expected a relative difference to the numerical gradient below 1e-7, got ${show(diff)} for input ${input}`,
        `relative difference to the numerical gradient ${show(diff)}`);
      return [exact, gc];
    });
  },
};
