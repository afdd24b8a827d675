/** The loss chart of the digits lab as SVG path data: train and test cost against epochs. Pure. */

/** One evaluation during training. */
export interface Point { epoch: number; trainLoss: number; testLoss: number; testAccuracy: number }

export const CHART = { width: 320, height: 140, pad: 28 };

/**
 * Polylines for the train and test cost on shared axes (x: 0 … `epochs`, y: 0 … the largest finite cost).
 * Non-finite points are skipped, so a diverging run never draws NaN.
 * @example
 * ```ts
 * lossPaths([{ epoch: 1, trainLoss: 1, testLoss: 1.2, testAccuracy: 0.8 }], 4).train; // "M…"
 * ```
 */
export function lossPaths(points: Point[], epochs: number): { train: string; test: string; yMax: number } {
  const ok = points.filter((p) => Number.isFinite(p.trainLoss) && Number.isFinite(p.testLoss));
  const yMax = Math.max(1e-9, ...ok.map((p) => Math.max(p.trainLoss, p.testLoss)));
  const { width, height, pad } = CHART;
  const x = (e: number) => pad + (e / Math.max(epochs, 1e-9)) * (width - pad - 6);
  const y = (v: number) => height - pad + 0 - (v / yMax) * (height - pad - 8);
  const path = (key: 'trainLoss' | 'testLoss') => ok.map((p, i) => `${i ? 'L' : 'M'}${x(p.epoch).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
  return { train: path('trainLoss'), test: path('testLoss'), yMax };
}
