/**
 * CostCurve's model: $J$ as a function of one weight $\Theta^{(l)}_{ij}$ with the others fixed, the
 * tangent at the current value whose slope is backprop's $\partial J/\partial\Theta^{(l)}_{ij}$, and the
 * central-difference slope beside it. Pure: props in, what to draw out.
 */
import { cost, gradients } from 'backprop';
import { type Example, fmt, scale, ticks } from '../shared/example.ts';
import { FRAME, weightLabel, weightRefs, type WeightRef } from '../shared/weights.ts';

/** The weights and the plot frame are shared with GradientCheck (`components/shared/weights.ts`). */
export { FRAME, weightLabel, weightRefs, type WeightRef };

/** Step of the central difference; its error ($\sim h^2$ truncation, $\sim 10^{-16}/h$ round-off) is about $10^{-11}$. */
export const H = 1e-5;

/** $J$ with $\Theta^{(l)}_{ij} = w$ and every other weight as in `ex` (the network itself is not changed). */
export function costAt(ex: Example, ref: WeightRef, w: number): number {
  const net = ex.net.clone();
  net.setWeight(ref.l, ref.i, ref.j, w);
  return cost(net, ex.X, ex.Y, { cost: ex.cost, lambda: ex.lambda });
}

/** Backprop's $\partial J/\partial\Theta^{(l)}_{ij}$ at $\Theta^{(l)}_{ij} = w$ (from `gradients(...).D`). */
export function backpropSlope(ex: Example, ref: WeightRef, w: number): number {
  const net = ex.net.clone();
  net.setWeight(ref.l, ref.i, ref.j, w);
  return gradients(net, ex.X, ex.Y, { cost: ex.cost, lambda: ex.lambda }).D[ref.l - 1]![ref.i - 1]![ref.j]!;
}

/** The central difference $\frac{J(w+h) - J(w-h)}{2h}$ along the chosen weight. */
export function numericalSlope(ex: Example, ref: WeightRef, w: number, h = H): number {
  return (costAt(ex, ref, w + h) - costAt(ex, ref, w - h)) / (2 * h);
}

/** A tick: its value, position along the axis (viewBox units) and label. */
export interface Tick { v: number; at: number; label: string }

/** Everything CostCurve draws for one weight value. */
export interface CostCurveView {
  /** SVG path of $J(w)$ over the range. */
  path: string;
  /** The current point $(w, J(w))$ in viewBox units. */
  point: { x: number; y: number };
  /** The tangent segment through the point, clipped to the plot. */
  tangent: { x1: number; y1: number; x2: number; y2: number };
  w: number;
  J: number;
  /** Backprop's derivative, the tangent's slope. */
  slope: number;
  /** The central-difference slope. */
  numerical: number;
  /** Whether the two slopes agree, or the finite difference itself cannot be trusted here ({@link slopeVerdict}). */
  verdict: SlopeVerdict;
  xTicks: Tick[];
  yTicks: Tick[];
  /** The domain actually drawn (the range, widened to include w). */
  domain: [number, number];
  /** The J range drawn on the vertical axis. */
  jDomain: [number, number];
}

/**
 * Sample $J$ along one weight and place the point and tangent at `w`.
 * @example
 * ```ts
 * const v = costCurve(resolveExample({}), { l: 2, i: 1, j: 1 }, 0.4, [-4, 4]);
 * v.slope; // 0.0821670 (∂J/∂Θ(2)₁₁ of the classic example)
 * ```
 */
export function costCurve(ex: Example, ref: WeightRef, w: number, range: [number, number], samples = 121): CostCurveView {
  const lo = Math.min(range[0], w), hi = Math.max(range[1], w);
  const ws = Array.from({ length: samples }, (_, k) => lo + ((hi - lo) * k) / (samples - 1));
  const Js = ws.map((v) => costAt(ex, ref, v));
  const J = costAt(ex, ref, w);
  let jMin = Math.min(J, ...Js), jMax = Math.max(J, ...Js);
  const pad = (jMax - jMin) * 0.08 || Math.abs(jMax) * 0.1 || 1;
  jMin -= pad; jMax += pad;
  const { left, right, top, bottom } = FRAME;
  const sx = scale(lo, hi, left, right), sy = scale(jMin, jMax, bottom, top);
  const path = ws.map((v, k) => `${k ? 'L' : 'M'}${sx(v).toFixed(2)} ${sy(Js[k]!).toFixed(2)}`).join('');
  const slope = backpropSlope(ex, ref, w);
  const numerical = numericalSlope(ex, ref, w);
  // Tangent over a quarter of the domain each side, shortened so it stays inside the J range.
  // Also kept inside the drawn domain, so it never runs past the plot frame (reader QA D34).
  let d0 = Math.max(-(hi - lo) / 4, lo - w), d1 = Math.min((hi - lo) / 4, hi - w);
  if (slope !== 0) {
    const lim = [(jMin - J) / slope, (jMax - J) / slope].sort((a, b) => a - b) as [number, number];
    d0 = Math.max(d0, lim[0]); d1 = Math.min(d1, lim[1]);
  }
  const tangent = { x1: sx(w + d0), y1: sy(J + slope * d0), x2: sx(w + d1), y2: sy(J + slope * d1) };
  const tick = (v: number, at: number): Tick => ({ v, at, label: fmt(v, 3) });
  return {
    path, point: { x: sx(w), y: sy(J) }, tangent, w, J, slope, numerical, verdict: slopeVerdict(w, slope, numerical, numericalSlope(ex, ref, w, 10 * H)),
    xTicks: ticks(lo, hi, 5).map((v) => tick(v, sx(v))),
    yTicks: ticks(jMin, jMax, 4).map((v) => tick(v, sy(v))),
    domain: [lo, hi],
    jDomain: [jMin, jMax],
  };
}

/** `agree`/`differ`: backprop vs the central difference; `unreliable`: the central difference breaks down at this w. */
export type SlopeVerdict = 'agree' | 'differ' | 'unreliable';

/**
 * Compare backprop's slope with the central difference, but first ask whether the central difference means anything
 * at this `w` (reader QA D13): when `w ± h` rounds to `w` (|w| ≳ 1e11), or when the slopes with steps h and 10h
 * disagree (round-off in J(w+h) − J(w−h) dominates, as at |w| ≈ 1e6), a mismatch says nothing about backprop.
 * Otherwise they must agree within 1e-6, absolute or relative.
 * @example slopeVerdict(1e300, 0.59, 0, 0) // 'unreliable'
 */
export function slopeVerdict(w: number, slope: number, numerical: number, numericalWide: number): SlopeVerdict {
  const step = (w + H) - (w - H);
  if (Math.abs(step - 2 * H) > 0.01 * H) return 'unreliable';
  const tol = (x: number) => 1e-6 * Math.max(1, Math.abs(x));
  if (Math.abs(numerical - numericalWide) > tol(numerical)) return 'unreliable';
  return Math.abs(slope - numerical) <= tol(slope) ? 'agree' : 'differ';
}
