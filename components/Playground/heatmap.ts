/**
 * The decision-boundary heat map: a coarse grid of inputs evaluated with one batch `predict` per frame,
 * coloured into an RGBA buffer (an ImageData) that CSS scales up; for a numeric target, the fitted surface.
 * Also the plot's coordinate maps.
 */
import type { Matrix, PackedMatrix } from '../../src/backprop/advanced.ts';

/** A colour as [r, g, b], 0–255. */
export type RGB = readonly [number, number, number];

/**
 * The centres of a `res × res` grid over $[-r, r]^2$, row-major from the top-left pixel: row 0 is the
 * largest $x_2$ (the plot's top), column 0 the smallest $x_1$.
 * @example
 * ```ts
 * gridInputs(1, 2).data; // Float64Array [-0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5]
 * ```
 */
export function gridInputs(r: number, res: number): PackedMatrix {
  const data = new Float64Array(res * res * 2);
  const cell = (2 * r) / res;
  for (let row = 0; row < res; row++) {
    for (let col = 0; col < res; col++) {
      const o = 2 * (row * res + col);
      data[o] = -r + (col + 0.5) * cell;
      data[o + 1] = r - (row + 0.5) * cell;
    }
  }
  return { rows: res * res, cols: 2, data };
}

/**
 * Class and confidence of one output row: for one sigmoid unit class = [h ≥ ½] and confidence $|2h-1|$;
 * for a softmax, the arg max $c$ and $(h_c - 1/K)/(1 - 1/K)$. Null when the output is not finite.
 * @example
 * ```ts
 * confidence([0.75]);         // { label: 1, t: 0.5 }
 * confidence([0.2, 0.2, 0.6]); // { label: 2, t: 0.4 }
 * ```
 */
export function confidence(h: readonly number[]): { label: number; t: number } | null {
  for (const v of h) if (!Number.isFinite(v)) return null;
  if (h.length === 1) return { label: h[0] >= 0.5 ? 1 : 0, t: Math.min(1, Math.abs(2 * h[0] - 1)) };
  let c = 0;
  for (let k = 1; k < h.length; k++) if (h[k] > h[c]) c = k;
  const K = h.length;
  return { label: c, t: Math.max(0, Math.min(1, (h[c] - 1 / K) / (1 - 1 / K))) };
}

/**
 * Colour every output row into `out` (RGBA, 4 bytes per row): the background blended towards the
 * predicted class's colour by `strength × confidence`. A non-finite output stays background: no NaN
 * ever reaches the picture.
 * @example
 * ```ts
 * const out = new Uint8ClampedArray(4);
 * paintHeatmap([[1]], [[0, 0, 255], [255, 0, 0]], [255, 255, 255], out, 1); // out = [255, 0, 0, 255]
 * ```
 */
export function paintHeatmap(outputs: Matrix, palette: readonly RGB[], bg: RGB, out: Uint8ClampedArray, strength = 0.6): void {
  for (let i = 0; i < outputs.length; i++) {
    const c = confidence(outputs[i]);
    const o = 4 * i;
    const col = c ? palette[c.label % palette.length] : bg;
    const t = c ? strength * c.t : 0;
    out[o] = bg[0] + (col[0] - bg[0]) * t;
    out[o + 1] = bg[1] + (col[1] - bg[1]) * t;
    out[o + 2] = bg[2] + (col[2] - bg[2]) * t;
    out[o + 3] = 255;
  }
}

/**
 * The fitted surface of a numeric target: each output (the scaled target, about −1 … 1) coloured from the background
 * towards `low` below 0 and towards `high` above 0, by |value| (capped at 1). A non-finite output stays background.
 * @example
 * ```ts
 * const out = new Uint8ClampedArray(4);
 * paintValues([[1]], [0, 0, 255], [255, 0, 0], [255, 255, 255], out, 1); // out = [255, 0, 0, 255]
 * ```
 */
export function paintValues(outputs: Matrix, low: readonly number[], high: readonly number[], bg: readonly number[], out: Uint8ClampedArray, strength = 0.7): void {
  for (let i = 0; i < outputs.length; i++) {
    const v = outputs[i][0], o = 4 * i;
    const ok = Number.isFinite(v);
    const col = ok && v >= 0 ? high : low;
    const t = ok ? strength * Math.min(1, Math.abs(v)) : 0;
    for (let c = 0; c < 3; c++) out[o + c] = bg[c] + (col[c] - bg[c]) * t;
    out[o + 3] = 255;
  }
}

/**
 * Plot coordinates (0..size, y down) of an input over $[-r, r]^2$.
 * @example
 * ```ts
 * toView(0, 0, 300, 1.5); // [150, 150]
 * ```
 */
export function toView(x1: number, x2: number, size: number, r: number): [number, number] {
  return [((x1 + r) / (2 * r)) * size, ((r - x2) / (2 * r)) * size];
}

/**
 * The input under plot coordinates (inverse of {@link toView}).
 * @example
 * ```ts
 * toData(300, 0, 300, 1.5); // [1.5, 1.5]
 * ```
 */
export function toData(vx: number, vy: number, size: number, r: number): [number, number] {
  return [(vx / size) * 2 * r - r, r - (vy / size) * 2 * r];
}

/**
 * Index of the point nearest to plot coordinates (vx, vy) within `radius` plot units, or −1.
 * @example
 * ```ts
 * nearestPoint([{ x1: 0, x2: 0 }], 151, 150, 300, 1.5, 8); // 0
 * ```
 */
export function nearestPoint(points: readonly { x1: number; x2: number }[], vx: number, vy: number, size: number, r: number, radius: number): number {
  let best = -1, bestD = radius * radius;
  points.forEach((p, i) => {
    const [px, py] = toView(p.x1, p.x2, size, r);
    const d = (px - vx) ** 2 + (py - vy) ** 2;
    if (d <= bestD) { best = i; bestD = d; }
  });
  return best;
}
