/** Reader-visible strings of the Playground that state rules or refusals, in one table for translation. */
import { formatNumber } from '../../src/format/number';
import type { FieldRange } from './settings';

/** Whole numbers with many digits in full (a seed's limit reads 4294967295, not 4.294967295e9); round ones and
 * fractions as the shared formatter writes them (1e6, 0.03). */
const manyDigits = (x: number) => Number.isSafeInteger(x) && String(Math.abs(x)).replace(/0+$/, '').length > 3;
const n = (x: number) => (manyDigits(x) ? `${x < 0 ? '−' : ''}${Math.abs(x)}` : formatNumber(x, { digits: 10 }));

export const PLAYGROUND_STRINGS = {
  /** Why a typed setting was refused, with the valid range and the value still in use. */
  badField: (label: string, r: FieldRange, kept: number) =>
    `${label} must be ${r.whole ? 'a whole number' : 'a number'} ${r.openLo ? `greater than ${n(r.lo)} and at most ${n(r.hi)}` : `from ${n(r.lo)} to ${n(r.hi)}`}; `
    + `still using ${n(kept)}, and training continues from where it was.`,
  /** A point added outside the plotted square. */
  farPoint: (lo: number, hi: number) => `That point lies outside the plotted range (${n(lo)} to ${n(hi)} on both axes); it was not added.`,
  /**
   * Name of a loss curve or number: with λ > 0 the run reports (and minimises) J, the loss plus the penalty
   * (λ/2m)ΣΘ², so it is named that way (`run.ts` `losses()`).
   */
  lossName: (set: 'training' | 'test', lambda: number) => (lambda > 0 ? `${set} J (with penalty)` : `${set} loss`),
} as const;
