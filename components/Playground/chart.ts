import { formatNumber } from '../../src/format/number';

/**
 * Loss curves: a bounded history of (step, train loss, test loss) and the SVG paths that draw it.
 * Non-finite losses are never stored, so a curve can never contain NaN.
 */

/** One recorded moment of a run. */
export interface LossPoint { step: number; train: number; test: number | null }

/**
 * At most `capacity` points: when full, every other point is dropped, so a long run keeps an evenly
 * thinned picture of its whole history in constant memory.
 * @example
 * ```ts
 * const h = new LossHistory(4);
 * [1, 2, 3, 4, 5].forEach((s) => h.push({ step: s, train: 1 / s, test: null }));
 * h.points.map((p) => p.step); // [1, 3, 5]
 * ```
 */
export class LossHistory {
  readonly capacity: number;
  points: LossPoint[] = [];

  constructor(capacity = 400) {
    this.capacity = Math.max(2, capacity);
  }

  /** Record a point; ignored unless the training loss is finite (a non-finite test loss is dropped). */
  push(p: LossPoint): void {
    if (!Number.isFinite(p.train)) return;
    const test = p.test !== null && Number.isFinite(p.test) ? p.test : null;
    const last = this.points[this.points.length - 1];
    if (last && last.step === p.step) this.points.pop();
    this.points.push({ step: p.step, train: p.train, test });
    if (this.points.length > this.capacity) this.points = this.points.filter((_, i) => i % 2 === 0 || i === this.points.length - 1);
  }

  /** Forget everything. */
  clear(): void {
    this.points = [];
  }
}

/** SVG paths of both curves in a `width × height` box, and the loss at the top of the axis. */
export interface CurvePaths { train: string; test: string; yMax: number; lastStep: number }

/**
 * Map the history to polylines: x from step 0 to the last step, y from 0 (bottom) to `yMax`, the
 * largest loss rounded up to a "nice" number (1, 2 or 5 × 10^k).
 * @example
 * ```ts
 * lossPaths([{ step: 0, train: 0.7, test: 0.8 }, { step: 10, train: 0.2, test: 0.3 }], 100, 50).yMax; // 1
 * ```
 */
export function lossPaths(points: readonly LossPoint[], width: number, height: number): CurvePaths {
  if (points.length === 0) return { train: '', test: '', yMax: 1, lastStep: 0 };
  let max = 0;
  for (const p of points) max = Math.max(max, p.train, p.test ?? 0);
  const yMax = niceCeil(max);
  const lastStep = points[points.length - 1].step;
  const x = (s: number) => (lastStep > 0 ? (s / lastStep) * width : 0);
  const y = (v: number) => height - (Math.min(v, yMax) / yMax) * height;
  const path = (get: (p: LossPoint) => number | null) => {
    let d = '';
    for (const p of points) {
      const v = get(p);
      if (v === null) continue;
      d += `${d ? 'L' : 'M'}${x(p.step).toFixed(1)},${y(v).toFixed(1)}`;
    }
    return d;
  };
  return { train: path((p) => p.train), test: path((p) => p.test), yMax, lastStep };
}

/**
 * The smallest of 1, 2, 5 × 10^k that is ≥ v (1 for v ≤ 0).
 * Not the shared `ticks` (src/format/number.ts): that lists nice values inside a range (with a 0.1% tolerance); the
 * axis needs the nice value at or above the largest loss, so no curve is clipped.
 * @example
 * ```ts
 * niceCeil(0.37); // 0.5
 * ```
 */
export function niceCeil(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v * (1 - 1e-12)) return m * p;
  return 10 * p;
}

/**
 * A loss as text: 4 significant digits (the shared `formatNumber`: true minus, no float noise, `4e6` from a million up),
 * or "—" when it is not a finite number (never "NaN").
 * @example
 * ```ts
 * formatLoss(0.123456); // "0.1235"
 * formatLoss(NaN);      // "—"
 * ```
 */
export function formatLoss(v: number | null): string {
  return v !== null && Number.isFinite(v) ? formatNumber(v, { digits: 4 }) : '—';
}
