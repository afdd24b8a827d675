/**
 * Weights of the example a widget can point at, and the SVG frame the analysis plots share (CostCurve, GradientCheck).
 */
import type { Example } from './example.ts';
import { plain, weight, type WeightIndex } from '../../src/notation/symbol.ts';

/** One weight the reader can pick: $\Theta^{(l)}_{ij}$ with $i \ge 1$, $j \ge 0$ (0 = bias). */
export type WeightRef = WeightIndex;

/** The SVG frame every plot shares (viewBox units). */
export const FRAME = { width: 360, height: 220, left: 48, right: 352, top: 10, bottom: 186 } as const;

/**
 * The weight's name as the lessons write it, in plain text.
 * @example
 * ```ts
 * weightLabel({ l: 2, i: 1, j: 0 }); // 'Θ(2)₁₀'
 * ```
 */
export function weightLabel(w: WeightRef): string {
  return plain(weight(w), { indices: 'subscript' });
}

/** Every weight of the network, layer by layer, row by row. */
export function weightRefs(ex: Example): WeightRef[] {
  const out: WeightRef[] = [];
  const { sizes } = ex.net;
  for (let l = 1; l < sizes.length; l++) {
    for (let i = 1; i <= sizes[l]!; i++) for (let j = 0; j <= sizes[l - 1]!; j++) out.push({ l, i, j });
  }
  return out;
}

