/**
 * Numbers as ExpressionGraph prints them: the shared formatter's {@link describeNumber} (significant digits, true
 * minus, "≈" when rounded, the exact float64 value for a `title` or an accessible label), with one intended
 * difference: "≈" is written tight to the number (`≈0.3932`), as the graph's node and edge labels are narrow.
 */
import { type DescribedNumber, describeNumber } from '../../src/format/number';

/** A formatted number: what to show, the exact value, and whether `text` is rounded. */
export type FormattedNumber = DescribedNumber;

/**
 * `x` with `digits` significant digits (default 4), as {@link describeNumber} but with a tight "≈".
 * @example
 * ```ts
 * graphNumber(-0.19661193324148185); // { text: '≈−0.1966', exact: '−0.19661193324148185', rounded: true }
 * graphNumber(2.5);                  // { text: '2.5', exact: '2.5', rounded: false }
 * ```
 */
export function graphNumber(x: number, digits = 4): FormattedNumber {
  const d = describeNumber(x, { digits });
  return d.rounded ? { ...d, text: d.text.replace(/^≈ /, '≈') } : d;
}
