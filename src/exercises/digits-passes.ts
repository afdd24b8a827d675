import { Network, backpropBatch, gradients, numericalGradient, relativeDifference, type Matrix } from 'backprop';
import { expectThat, show } from './kit';
import { batch, CLASSIC } from './fixtures';
import type { CheckResult, ExerciseDef } from './types';

/** What the reader's `passes` returns: arrays indexed by the layer number (index 0 unused). */
interface Passes { a: unknown; z: unknown; delta: unknown; D: unknown }

/**
 * Module calls that would do the exercise for the reader; a from-scratch `passes` makes none of them. Names a
 * reader might give their own helpers (`forward`, `backprop`, `predict`) are left out.
 */
const MODULE_CALLS = /\b(Network\s*\.\s*(fromWeights|random)|backpropBatch|gradients|forwardBatch|numericalGradient)\s*\(/;

/** The reference quantities, from the module, in the exercise's layout. */
function reference(Theta: Matrix[], X: Matrix, Y: Matrix) {
  const net = Network.fromWeights(Theta);
  const traces = backpropBatch(net, X, Y);
  const { L } = net;
  const rows = (f: (t: (typeof traces)[number]) => number[]) => traces.map(f);
  const a: Matrix[] = [], z: Matrix[] = [], delta: Matrix[] = [];
  for (let l = 1; l <= L; l++) a[l] = rows((t) => (l < L ? t.a(l).slice(1) : t.a(l)));
  for (let l = 2; l <= L; l++) { z[l] = rows((t) => t.z(l)); delta[l] = rows((t) => t.delta(l)); }
  const D: Matrix[] = [];
  gradients(net, X, Y).D.forEach((M, i) => { D[i + 1] = M; });
  return { net, L, a, z, delta, D };
}

/** "m×n" of a value that should be a matrix, or a description of what it is instead. */
function shapeOf(M: unknown): string {
  if (!Array.isArray(M)) return show(M);
  const widths = new Set(M.map((r) => (Array.isArray(r) ? String(r.length) : 'not-a-row')));
  return widths.size === 1 ? `${M.length}×${[...widths][0]}` : `${M.length} rows of unequal or wrong lengths`;
}

/**
 * The first wrong quantity, in the order the passes compute them — z(2), a(2), …, a(L), δ(L), …, δ(2), D(1), …
 * — as "δ(2) row 3 differs: expected …, got …", or null when everything matches.
 */
export function firstWrong(got: Passes, ref: ReturnType<typeof reference>, tol = 1e-9): string | null {
  const { L } = ref;
  const order: [string, string, Matrix][] = [['a(1)', 'a', ref.a[1]]];
  for (let l = 2; l <= L; l++) order.push([`z(${l})`, 'z', ref.z[l]], [`a(${l})`, 'a', ref.a[l]]);
  for (let l = L; l >= 2; l--) order.push([`δ(${l})`, 'delta', ref.delta[l]]);
  for (let l = 1; l < L; l++) order.push([`D(${l})`, 'D', ref.D[l]]);
  for (const [name, key, want] of order) {
    const l = Number(name.slice(name.indexOf('(') + 1, -1));
    const M = (got[key as keyof Passes] as unknown[] | undefined)?.[l];
    const shape = `${want.length}×${want[0].length}`;
    if (shapeOf(M) !== shape) return `${name} (${key}[${l}]): expected a ${shape} matrix, got ${shapeOf(M)}`;
    const rows = M as number[][];
    for (let r = 0; r < want.length; r++) {
      const bad = want[r].findIndex((w, c) => !(Math.abs(rows[r][c] - w) <= tol * Math.max(1, Math.abs(w))));
      if (bad >= 0) return `${name} row ${r + 1} differs: expected ${show(want[r])}, got ${show(rows[r])}`;
    }
  }
  return null;
}

/** Lesson 11: batch forward and backward passes for L layers, from a blank page. */
export const exercise: ExerciseDef = {
  id: 'digits-passes',
  lesson: '11-digits',
  title: 'Backpropagation from a blank page',
  task: `Write \`passes(Theta, X, Y)\`: the forward and backward passes of a sigmoid network with the cross-entropy cost, for a whole batch at once, without the module: plain arrays and loops only. The checks compare every quantity you compute with the module's and name the first one that differs, then gradient-check your $\\Dl{l}$.

Every array is indexed by the layer number, as in the math; index 0 is left empty. \`Theta[l]\` is $\\Th{l}$ ($s_{l+1} \\times (s_l + 1)$, column 0 for the bias) for $l = 1, \\dots, L-1$, so \`L = Theta.length\`. \`X\` is $m \\times s_1$ (one example per row) and \`Y\` is $m \\times s_L$. Return \`{ a, z, delta, D }\` with \`a[l]\` for $l = 1..L$ and \`z[l]\`, \`delta[l]\` for $l = 2..L$, each $m \\times s_l$ (one row per example, no bias column), and \`D[l]\` $= \\frac1m \\sum_i \\dl{l+1}(\\al{l})^T$ (no $\\lambda$), the shape of $\\Th{l}$.`,
  entry: 'passes',
  timeout: 20000,
  starter: `/**
 * Forward and backward passes of a sigmoid network over a batch, from scratch (no imports).
 * Theta[l] = Θ(l), l = 1..L-1; X is m × s(1); Y is m × s(L). Index 0 of every array stays empty.
 */
function passes(Theta: number[][][], X: number[][], Y: number[][]) {
  const L = Theta.length;
  const m = X.length;
  const a: number[][][] = [], z: number[][][] = [], delta: number[][][] = [], D: number[][][] = [];

  // Forward: a[1] = X, then for l = 1..L-1: z[l+1] = [1 A(l)] Θ(l)ᵀ and a[l+1] = g(z[l+1])

  // Backward: delta[L] = a[L] - Y, then delta[l] for l = L-1..2, then D[l] for l = 1..L-1

  return { a, z, delta, D };
}`,
  solution: `const g = (v: number) => 1 / (1 + Math.exp(-v));

/** A·Bᵀ for A (m × n) and B (k × n): row i, column k is Σ_j A[i][j]·B[k][j]. */
function timesT(A: number[][], B: number[][]): number[][] {
  return A.map((row) => B.map((b) => row.reduce((s, v, j) => s + v * b[j], 0)));
}

function passes(Theta: number[][][], X: number[][], Y: number[][]) {
  const L = Theta.length;
  const m = X.length;
  const a: number[][][] = [], z: number[][][] = [], delta: number[][][] = [], D: number[][][] = [];
  a[1] = X;
  for (let l = 1; l < L; l++) {
    z[l + 1] = timesT(a[l].map((row) => [1, ...row]), Theta[l]);   // Z(l+1) = [1 A(l)] Θ(l)ᵀ
    a[l + 1] = z[l + 1].map((row) => row.map(g));
  }
  delta[L] = a[L].map((row, i) => row.map((h, k) => h - Y[i][k]));  // δ(L) = a(L) − y
  for (let l = L - 1; l >= 2; l--) {
    // δ(l) = (Θ(l) without column 0)ᵀ δ(l+1) ⊙ a(l)(1 − a(l)), one example per row
    delta[l] = delta[l + 1].map((d, i) => a[l][i].map((al, j) =>
      d.reduce((s, dk, k) => s + dk * Theta[l][k][j + 1], 0) * al * (1 - al)));
  }
  for (let l = 1; l < L; l++) {
    // D(l) = (1/m) Σ_i δ(l+1) [1 a(l)]ᵀ
    D[l] = Theta[l].map((row, i) => row.map((_, j) => {
      let s = 0;
      for (let r = 0; r < m; r++) s += delta[l + 1][r][i] * (j === 0 ? 1 : a[l][r][j - 1]);
      return s / m;
    }));
  }
  return { a, z, delta, D };
}`,
  hints: [
    'With one example per row, $z^{(l+1)} = \\Th{l} a^{(l)}$ for all rows at once is $Z^{(l+1)} = [\\mathbf 1\\ A^{(l)}]\\,(\\Th{l})^T$: entry $(i, k)$ is $\\Th{l}_{k0} + \\sum_j \\Th{l}_{kj} A^{(l)}_{ij}$.',
    'For $2 \\le l < L$: $\\delta^{(l)}_{ij} = \\big(\\sum_k \\Th{l}_{k,j} \\delta^{(l+1)}_{ik}\\big)\\, a^{(l)}_{ij}(1 - a^{(l)}_{ij})$, where $j$ counts units from 1 — so skip column 0 of $\\Th{l}$.',
    '$\\Dl{l}_{kj} = \\frac1m \\sum_i \\delta^{(l+1)}_{ik}\\, a^{(l)}_{ij}$ with $a^{(l)}_{i0} = 1$ for the bias column.',
  ],
  check(passes) {
    const cases = [
      { name: 'the 2-2-2 network, m = 3', Theta: CLASSIC, ...batch(2, 2) },
      { name: 'a random 3-4-4-2 network (seed 11), m = 3', Theta: Network.random([3, 4, 4, 2], { seed: 11 }).weights(), ...batch(3, 2) },
    ];
    const src = Function.prototype.toString.call(passes);
    const used = MODULE_CALLS.exec(src)?.[1];
    const results: CheckResult[] = [expectThat('written from scratch', !used,
      `expected passes to compute everything itself, got a call to ${used}() from the module for input (your code)`, 'no module calls')];
    for (const { name, Theta, X, Y } of cases) {
      const ref = reference(Theta, X, Y);
      let got: unknown;
      try { got = passes([[], ...structuredClone(Theta)] as never, structuredClone(X) as never, structuredClone(Y) as never); } catch (e) {
        results.push(expectThat(`passes, ${name}`, false, `threw ${show(e)} for input ${name}`));
        continue;
      }
      if (typeof got !== 'object' || got === null) {
        results.push(expectThat(`passes, ${name}`, false, `expected an object { a, z, delta, D }, got ${show(got)} for input ${name}`));
        continue;
      }
      const wrong = firstWrong(got as Passes, ref);
      results.push(expectThat(`a, z, δ and D, ${name}`, wrong === null, `${wrong} for input ${name}`, 'every a(l), z(l), δ(l) and D(l) matches'));
      if (wrong !== null) continue;
      const mine = (got as { D: Matrix[] }).D.slice(1);
      const diff = relativeDifference(mine, numericalGradient(ref.net, X, Y, { epsilon: 1e-5 }));
      results.push(expectThat(`gradient check, ${name}`, diff < 1e-7,
        `expected a relative difference to the numerical gradient below 1e-7, got ${show(diff)} for input ${name}`,
        `relative difference to the numerical gradient ${show(diff)}`));
    }
    return results;
  },
};
