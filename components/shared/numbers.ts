/**
 * The two ways the network widgets (diagram, stepper, linked symbols) print a number, both from src/format.
 */
import { formatNumber } from '../../src/format/number';

/** A number for exact readouts (hover, focus, aria-labels): 6 significant digits kept, `−` for minus. */
export const exact = (v: number): string => formatNumber(v, { digits: 6, keepZeros: true });
/** A number drawn on a diagram: 3 significant digits, trailing zeros dropped (`0.05`, `0.593`). */
export const short = (v: number): string => formatNumber(v, { digits: 3 });
