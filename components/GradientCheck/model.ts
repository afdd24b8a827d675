/**
 * GradientCheck's model: backprop's gradient against the central-difference one for every weight, the
 * relative difference, a planted bug (forgetting $g'(z^{(l)})$ in the hidden $\delta$), and the error as a
 * function of $\varepsilon$ on a log–log scale: truncation $\propto\varepsilon^2$ on the right, round-off
 * $\propto 1/\varepsilon$ on the left.
 */
import { backpropBatch, cost, gradients, type Matrix, numericalGradient, relativeDifference } from 'backprop';
// The verdict rule lives next to the module's gradient check; import it from there until index.ts re-exports it.
import { absoluteTolerance, derivativeAgrees } from '../../src/backprop/gradient-check.ts';
import { FRAME, weightLabel, type WeightRef, weightRefs } from '../shared/weights.ts';
import { type Example, scale } from '../shared/example.ts';

/** Exponents of ε offered by the slider and sampled by the plot: $10^{-12} \dots 10^{-1}$ in quarter decades. */
export const EXPONENTS: readonly number[] = Array.from({ length: 45 }, (_, k) => -12 + k / 4);

/**
 * The gradient with a planted bug: hidden errors computed as $\delta^{(l)} = (\Theta^{(l)})^T\delta^{(l+1)}$,
 * forgetting the factor $g'(z^{(l)})$. Output-layer gradients stay right; hidden ones go wrong
 * (unless the hidden activation is linear, where $g' = 1$).
 * @example
 * ```ts
 * buggyGradients(resolveExample({}))[1]; // equals the correct D(2); D(1) differs
 * ```
 */
export function buggyGradients(ex: Example): Matrix[] {
  const { net, X, Y, lambda } = ex, L = net.L, m = X.length;
  const Theta = net.weights();
  const D: Matrix[] = Theta.map((T) => T.map((row) => row.map(() => 0)));
  for (const t of backpropBatch(net, X, Y, { cost: ex.cost })) {
    let delta = t.delta(L);
    for (let l = L - 1; l >= 1; l--) {
      const a = t.a(l);
      D[l - 1]!.forEach((row, i) => row.forEach((_, j) => (row[j]! += delta[i]! * a[j]!)));
      // Bug: Θᵀδ without ⊙ g'(z(l)); the bias column (j = 0) has no δ.
      if (l > 1) delta = a.slice(1).map((_, jm1) => Theta[l - 1]!.reduce((s, row, i) => s + row[jm1 + 1]! * delta[i]!, 0));
    }
  }
  return D.map((M, l) => M.map((row, i) => row.map((v, j) => v / m + (j > 0 ? (lambda / m) * Theta[l]![i]![j]! : 0))));
}

/** Backprop's $D^{(l)}$, correct or with the planted bug. */
export function analyticGradients(ex: Example, bug = false): Matrix[] {
  return bug ? buggyGradients(ex) : gradients(ex.net, ex.X, ex.Y, { cost: ex.cost, lambda: ex.lambda }).D;
}

/** The central-difference gradient with step ε, from the module. */
export function numerical(ex: Example, epsilon: number): Matrix[] {
  return numericalGradient(ex.net, ex.X, ex.Y, { cost: ex.cost, lambda: ex.lambda, epsilon });
}

/** One row of the table. */
export interface CheckRow {
  ref: WeightRef; label: string; backprop: number; numerical: number;
  /** $|a-b|/|a+b|$ (meaningless, about 1, when both are at the noise floor). */
  relDiff: number;
  /** $|a-b|$. */
  absDiff: number;
  /** The module's verdict: `absDiff` ≤ the absolute floor, or `relDiff` ≤ the tolerance. */
  ok: boolean;
  /** Passed on the absolute floor alone (`relDiff` above the tolerance): the table says so and why. */
  byFloor: boolean;
}

/**
 * The table: every weight's backprop and numerical derivative, their relative difference $|a-b|/|a+b|$ and absolute
 * difference $|a-b|$. A row is `ok` by the module's rule ({@link derivativeAgrees}): relative difference below
 * `tolerance`, or absolute difference below the floor $10^{-9}\max(1, |J|)$ — so a weight whose true derivative is
 * smaller than the central difference's round-off (numerical value 0 against backprop's $10^{-15}$) is not called a bug.
 * `overall` is the module's relative difference of the whole gradient; `ok` overall uses the same rule on it.
 * @example
 * ```ts
 * checkTable(ex, analyticGradients(ex), 1e-4).overall; // ≈ 1e-10
 * ```
 */
export function checkTable(ex: Example, analytic: Matrix[], epsilon: number, tolerance = 1e-7): { rows: CheckRow[]; overall: number; atol: number; ok: boolean } {
  const num = numerical(ex, epsilon);
  const atol = absoluteTolerance(cost(ex.net, ex.X, ex.Y, { cost: ex.cost, lambda: ex.lambda }));
  let maxAbs = 0;
  const rows = weightRefs(ex).map((ref) => {
    const b = analytic[ref.l - 1]![ref.i - 1]![ref.j]!, n = num[ref.l - 1]![ref.i - 1]![ref.j]!;
    const relDiff = relativeDifference([n], [b]), absDiff = Math.abs(n - b);
    maxAbs = Math.max(maxAbs, absDiff);
    const ok = derivativeAgrees(n, b, { rtol: tolerance, atol });
    return { ref, label: weightLabel(ref), backprop: b, numerical: n, relDiff, absDiff, ok, byFloor: ok && !(relDiff <= tolerance) };
  });
  const overall = relativeDifference(num, analytic);
  return { rows, overall, atol, ok: overall <= tolerance || maxAbs <= atol };
}

/** The overall relative difference at each ε in `exponents` (as powers of ten). */
export function errorCurve(ex: Example, analytic: Matrix[], exponents: readonly number[] = EXPONENTS): { exponent: number; error: number }[] {
  return exponents.map((exponent) => ({ exponent, error: relativeDifference(numerical(ex, 10 ** exponent), analytic) }));
}

/** What the log–log plot draws. */
export interface ErrorPlot {
  path: string;
  marker: { x: number; y: number };
  xTicks: { at: number; label: string }[];
  yTicks: { at: number; label: string }[];
  /** Guide lines: slope 2 through the right end, slope −1 through the left end (log–log units). */
  guides: { x1: number; y1: number; x2: number; y2: number; label: string; lx: number; ly: number }[];
}

const FLOOR = 1e-18; // a difference of exactly 0 is drawn at the floor, since log 0 is −∞

/**
 * Lay out the error curve on log–log axes and mark the current ε.
 * @example
 * ```ts
 * errorPlot(errorCurve(ex, D), -4).marker; // where ε = 1e-4 sits on the curve
 * ```
 */
export function errorPlot(curve: { exponent: number; error: number }[], exponent: number): ErrorPlot {
  const ly = curve.map((p) => Math.log10(Math.max(p.error, FLOOR)));
  const yLo = Math.floor(Math.min(...ly)) - 0.5, yHi = Math.ceil(Math.max(...ly)) + 0.5;
  const x0 = curve[0]!.exponent, x1 = curve[curve.length - 1]!.exponent;
  const { left, right, top, bottom } = FRAME;
  const sx = scale(x0, x1, left, right), sy = scale(yLo, yHi, bottom, top);
  const path = curve.map((p, k) => `${k ? 'L' : 'M'}${sx(p.exponent).toFixed(2)} ${sy(ly[k]!).toFixed(2)}`).join('');
  const k = curve.reduce((best, p, idx) => (Math.abs(p.exponent - exponent) < Math.abs(curve[best]!.exponent - exponent) ? idx : best), 0);
  const clampY = (v: number) => Math.min(bottom, Math.max(top, v));
  // Guides anchored at the curve's ends, running 3 decades inward, each shifted up half a decade to sit beside it.
  const guide = (from: number, slope: number, label: string, dir: number) => {
    const xa = curve[from]!.exponent, ya = ly[from]! + 0.5, xb = xa + 3 * dir, yb = ya + slope * (xb - xa);
    return { x1: sx(xa), y1: clampY(sy(ya)), x2: sx(xb), y2: clampY(sy(yb)), label, lx: sx((xa + xb) / 2), ly: clampY(sy(Math.max(ya, yb)) - 6) };
  };
  const xTicks = [];
  for (let e = Math.ceil(x0); e <= x1; e += 2) xTicks.push({ at: sx(e), label: `1e${e}` });
  const yTicks = [];
  const yStep = Math.max(1, Math.ceil((yHi - yLo) / 6));
  for (let e = Math.ceil(yLo); e <= yHi; e += yStep) yTicks.push({ at: sy(e), label: `1e${e}` });
  return {
    path, marker: { x: sx(curve[k]!.exponent), y: sy(ly[k]!) }, xTicks, yTicks,
    guides: [guide(curve.length - 1, 2, '∝ ε²', -1), guide(0, -1, '∝ 1/ε', 1)],
  };
}
