import { Network, backpropBatch, gradients, numericalGradient, relativeDifference, type Matrix } from 'backprop';
import { call, expectThat, show, threw } from '../kit';
import { forbid, GRADIENT_FUNCTIONS } from '../references';
import { layerSym, plainLayer } from '../../notation/layer';
import { S } from '../strings';
import { batch, CLASSIC } from '../fixtures';
import { cellText } from '../source';
import type { CheckResult, ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';

/** What the reader's `passes` returns: arrays indexed by the layer number (index 0 unused). */
interface Passes { a: unknown; z: unknown; delta: unknown; D: unknown }

/** The reference quantities, from the module, in the exercise's layout (index = layer number, one row per example). */
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
  return widths.size === 1 ? `${M.length}×${[...widths][0]}` : S.passes.ragged(M.length);
}

/**
 * The first wrong quantity, in the order the passes compute them — a(1), z(2), a(2), …, a(L), δ(L), …, δ(2),
 * D(1), … — as "δ(2) row 3 differs: expected …, got …" (or a shape error naming both shapes), or null when
 * everything matches to `tol` relative to max(1, |expected|).
 */
export function firstWrong(got: Passes, ref: ReturnType<typeof reference>, tol = 1e-9): string | null {
  const { L } = ref;
  const order: [string, string, Matrix][] = [['a(1)', 'a', ref.a[1]!]];
  for (let l = 2; l <= L; l++) order.push([plainLayer(layerSym.z(l)), 'z', ref.z[l]!], [plainLayer(layerSym.a(l)), 'a', ref.a[l]!]);
  for (let l = L; l >= 2; l--) order.push([plainLayer(layerSym.delta(l)), 'delta', ref.delta[l]!]);
  for (let l = 1; l < L; l++) order.push([plainLayer(layerSym.D(l)), 'D', ref.D[l]!]);
  for (const [name, key, want] of order) {
    const l = Number(name.slice(name.indexOf('(') + 1, -1));
    const M = (got[key as keyof Passes] as unknown[] | undefined)?.[l];
    const shape = `${want.length}×${want[0]!.length}`;
    if (shapeOf(M) !== shape) return S.passes.expectedShape(name, key, l, shape, shapeOf(M));
    const rows = M as number[][];
    for (let r = 0; r < want.length; r++) {
      const bad = want[r]!.findIndex((w, c) => !(Math.abs(rows[r]![c]! - w) <= tol * Math.max(1, Math.abs(w))));
      if (bad >= 0) return S.entryDiffers(S.passes.row(name, r + 1), show(want[r]), show(rows[r]));
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
  starter: cellText(starter),
  solution: cellText(solution),
  // The module's gradients and forward passes would do the exercise; a Network alone computes nothing.
  forbidden: forbid(...GRADIENT_FUNCTIONS, 'forward', 'predict'),
  hints: [
    'With one example per row, $z^{(l+1)} = \\Th{l} a^{(l)}$ for all rows at once is $Z^{(l+1)} = [\\mathbf 1\\ A^{(l)}]\\,(\\Th{l})^T$: entry $(i, k)$ is $\\Th{l}_{k0} + \\sum_j \\Th{l}_{kj} A^{(l)}_{ij}$.',
    'For $2 \\le l < L$: $\\delta^{(l)}_{ij} = \\big(\\sum_k \\Th{l}_{k,j} \\delta^{(l+1)}_{ik}\\big)\\, a^{(l)}_{ij}(1 - a^{(l)}_{ij})$, where $j$ counts units from 1 — so skip column 0 of $\\Th{l}$.',
    '$\\Dl{l}_{kj} = \\frac1m \\sum_i \\delta^{(l+1)}_{ik}\\, a^{(l)}_{ij}$ with $a^{(l)}_{i0} = 1$ for the bias column.',
  ],
  check(passes) {
    const cases = [
      { name: S.passes.classicBatch(3), Theta: CLASSIC, ...batch(2, 2) },
      { name: S.list(S.net.randomAt('3-4-4-2', 11), 'm = 3'), Theta: Network.random([3, 4, 4, 2], { seed: 11 }).weights(), ...batch(3, 2) },
    ];
    const results: CheckResult[] = [];
    for (const { name, Theta, X, Y } of cases) {
      const ref = reference(Theta, X, Y);
      const r = call(passes, [[[], ...Theta], X, Y]);
      if ('error' in r) { results.push(threw(S.passes.name(name), r.error)); continue; }
      if (typeof r.value !== 'object' || r.value === null) {
        results.push(expectThat(S.passes.name(name), false, S.passes.expectedObject(show(r.value))));
        continue;
      }
      const wrong = firstWrong(r.value as Passes, ref);
      results.push(expectThat(S.passes.quantitiesName(name), wrong === null, wrong ?? '', S.passes.allMatch));
      if (wrong !== null) continue;
      const mine = (r.value as { D: Matrix[] }).D.slice(1);
      const diff = relativeDifference(mine, numericalGradient(ref.net, X, Y, { epsilon: 1e-5 }));
      results.push(expectThat(S.names.gradientCheckOf(name), diff < 1e-7,
        S.gcNumerical('1e-7', show(diff)), S.gcNumericalPass(show(diff))));
    }
    return results;
  },
};
