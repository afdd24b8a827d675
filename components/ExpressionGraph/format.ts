/**
 * Numbers as ExpressionGraph prints them: a few significant digits, a true minus sign (U+2212), "≈" when the
 * shown digits are rounded, and the exact float64 value for a `title` (hover) or an accessible label (focus).
 */

/** A formatted number: what to show, the exact value, and whether `text` is rounded. */
export interface FormattedNumber { text: string; exact: string; rounded: boolean }

const minus = (s: string) => s.replace(/-/g, '−');

/**
 * Format `x` with `digits` significant digits (default 4), trailing zeros dropped; exponent form below 1e−4
 * and from 1e6 on.
 * @example
 * ```ts
 * formatNumber(-0.19661193324148185); // { text: '≈−0.1966', exact: '−0.19661193324148185', rounded: true }
 * formatNumber(2.5);                  // { text: '2.5', exact: '2.5', rounded: false }
 * ```
 */
export function formatNumber(x: number, digits = 4): FormattedNumber {
  const exact = minus(String(x));
  if (!Number.isFinite(x)) return { text: exact, exact, rounded: false };
  const ax = Math.abs(x);
  let short: string;
  if (ax !== 0 && (ax < 1e-4 || ax >= 1e6)) {
    const [m, e] = x.toExponential(digits - 1).split('e');
    short = `${m!.replace(/\.?0+$/, '')}e${Number(e)}`;
  } else {
    short = String(Number(x.toPrecision(digits)));
  }
  const rounded = Number(short) !== x;
  return { text: `${rounded ? '≈' : ''}${minus(short)}`, exact, rounded };
}

/** Read back a number as printed (true minus, "≈", spaces), e.g. from a test or a title. */
export function parsePrinted(s: string): number {
  return Number(s.replace(/≈/g, '').replace(/−/g, '-').trim());
}
