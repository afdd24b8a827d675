/**
 * From a drawing to the network's input, the way MNIST itself was prepared: crop the ink, scale it to fit a
 * 20×20 box (aspect kept), centre its centre of mass in a 28×28 frame, then area-average to the 20×20
 * input of the 400-25-10 network (as `scripts/build-digits.mjs` does to the data). Pure: arrays in, arrays out.
 */

/** Ink below this (0–1) counts as paper when cropping. */
const INK = 0.05;

/** Area-average weights from the source interval [lo, hi) onto `n` equal output cells: `[index, weight]` pairs per cell. */
function weights(lo: number, hi: number, n: number, limit: number): [number, number][][] {
  const s = (hi - lo) / n;
  return Array.from({ length: n }, (_, u) => {
    const a = lo + u * s, b = a + s, out: [number, number][] = [];
    for (let x = Math.max(0, Math.floor(a)); x < Math.min(limit, Math.ceil(b)); x++) {
      const overlap = Math.min(b, x + 1) - Math.max(a, x);
      if (overlap > 1e-12) out.push([x, overlap / s]);
    }
    return out;
  });
}

/**
 * Area-averages the rectangle [x0, x0+w) × [y0, y0+h) of a `sw`×`sh` image (row-major) onto `ow`×`oh` cells.
 * @example
 * ```ts
 * resample(img, 28, 28, 0, 0, 28, 28, 20, 20); // 28×28 → 20×20
 * ```
 */
export function resample(src: ArrayLike<number>, sw: number, sh: number, x0: number, y0: number, w: number, h: number, ow: number, oh: number): Float64Array {
  const wx = weights(x0, x0 + w, ow, sw), wy = weights(y0, y0 + h, oh, sh);
  const out = new Float64Array(ow * oh);
  for (let v = 0; v < oh; v++) for (let u = 0; u < ow; u++) {
    let s = 0;
    for (const [y, a] of wy[v]) for (const [x, b] of wx[u]) s += a * b * src[y * sw + x];
    out[v * ow + u] = s;
  }
  return out;
}

/** Bounding box `[x0, y0, x1, y1]` (exclusive ends) of the ink, or null when there is none. */
export function inkBox(img: ArrayLike<number>, side: number): [number, number, number, number] | null {
  let x0 = side, y0 = side, x1 = -1, y1 = -1;
  for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) {
    if (img[y * side + x] > INK) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
  }
  return x1 < 0 ? null : [x0, y0, x1 + 1, y1 + 1];
}

/**
 * The 20×20 network input (values in [0, 1], row-major) for a square drawing of `side`×`side` ink values,
 * or null when the drawing is empty.
 * @example
 * ```ts
 * toInput(new Float64Array(140 * 140), 140); // null: nothing drawn
 * ```
 */
export function toInput(img: ArrayLike<number>, side: number): Float64Array | null {
  const box = inkBox(img, side);
  if (!box) return null;
  const [x0, y0, x1, y1] = box;
  const w = x1 - x0, h = y1 - y0, scale = 20 / Math.max(w, h);
  const bw = Math.max(1, Math.round(w * scale)), bh = Math.max(1, Math.round(h * scale));
  const digit = resample(img, side, side, x0, y0, w, h, bw, bh);
  let mass = 0, mx = 0, my = 0;
  digit.forEach((v, k) => { mass += v; mx += v * (k % bw + 0.5); my += v * (Math.floor(k / bw) + 0.5); });
  const ox = Math.round(14 - mx / mass), oy = Math.round(14 - my / mass);
  const frame = new Float64Array(28 * 28);
  for (let y = 0; y < bh; y++) for (let x = 0; x < bw; x++) {
    const fx = x + ox, fy = y + oy;
    if (fx >= 0 && fx < 28 && fy >= 0 && fy < 28) frame[fy * 28 + fx] = Math.min(1, digit[y * bw + x]);
  }
  return resample(frame, 28, 28, 0, 0, 28, 28, 20, 20).map((v) => Math.min(1, v)); // sums of weights round to 1 ± 1e-16
}
