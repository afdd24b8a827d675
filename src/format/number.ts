/**
 * The one number formatter of the widgets (code review §3.1: eight formatters became one). Significant digits, a true
 * minus sign (U+2212) in front, trailing zeros dropped, exponent form outside [1e-4, 1e6) written as the lessons' prose
 * writes it (`1.3e-6`, `4e5`, as `src/course/format.ts` `formatText`), and an explicit "≈" when the printed
 * value is not the value itself, with the exact value kept one hover or focus away ({@link describeNumber}).
 */

/** Options of {@link formatNumber}. */
export interface NumberFormat {
  /** Significant digits (1–17; default 4). */
  digits?: number;
  /** Keep trailing zeros after the decimal point (`0.5000`), for columns of equal width. Default false. */
  keepZeros?: boolean;
}

const MINUS = '\u2212';

/**
 * A number as text: `formatNumber(0.39321)` is `0.3932`, `formatNumber(220.00000000000003)` is `220`,
 * `formatNumber(-4.2e6, { digits: 2 })` is `−4.2e6`, `formatNumber(1.3e-6)` is `1.3e-6`. NaN is `NaN`, infinities `∞`, `−∞`.
 * @example formatNumber(-0.05) // '−0.05'
 */
export function formatNumber(x: number, { digits = 4, keepZeros = false }: NumberFormat = {}): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : `${MINUS}∞`;
  if (x === 0) return '0';
  const d = Math.min(17, Math.max(1, Math.round(digits)));
  const e = Math.floor(Math.log10(Math.abs(x)));
  let s: string;
  if (e < -4 || e >= 6) {
    const [mantissa, exp] = x.toExponential(d - 1).split('e');
    s = `${keepZeros ? mantissa : trimZeros(mantissa!)}e${Number(exp)}`;
  } else {
    // toFixed, not toPrecision: toPrecision switches to exponents once the integer part is longer than `digits`.
    const fixed = x.toFixed(Math.max(0, d - 1 - e));
    s = keepZeros ? fixed : trimZeros(fixed);
  }
  return s.replace(/^-/, MINUS);
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** The value a formatted text stands for (reads `−`, `∞`); NaN for anything else. */
export function parseFormatted(text: string): number {
  const t = text.replace(/\u2212/g, '-').replace(/^≈\s*/, '');
  if (t === '∞') return Infinity;
  if (t === '-∞') return -Infinity;
  return t.trim() === '' ? NaN : Number(t);
}

/** A number for a reader: what to print (with "≈" when rounded) and the exact value for a title or screen readers. */
export interface DescribedNumber {
  /** Printed text, `≈ 0.3932` when rounding changed the value, `0.05` when it did not. */
  text: string;
  /** Shortest text that reads back as exactly the same double, true minus sign (`0.39321568`). */
  exact: string;
  /** Whether `text` is rounded. */
  rounded: boolean;
}

/**
 * {@link formatNumber} plus the exact value and the "≈" mark.
 * @example describeNumber(0.3932157, { digits: 2 }) // { text: '≈ 0.39', exact: '0.3932157', rounded: true }
 */
export function describeNumber(x: number, opts: NumberFormat = {}): DescribedNumber {
  const shown = formatNumber(x, opts);
  const exact = Number.isFinite(x) ? String(x).replace(/^-/, MINUS) : shown;
  const rounded = Number.isFinite(x) && parseFormatted(shown) !== x;
  return { text: rounded ? `≈ ${shown}` : shown, exact, rounded };
}

/**
 * A name and its value as one relation: `Θ(1)_10 ≈ 0.2541` when the text is rounded, `Θ(1)_10 = 2` when it is
 * exact. The one place a name meets a {@link describeNumber} text, so no title reads "= ≈" (reader QA: two
 * relation signs in a row). Language-neutral (symbols only).
 * @example relation('Θ(1)_10', describeNumber(0.2541478811763227)) // 'Θ(1)_10 ≈ 0.2541'
 */
export function relation(name: string, d: DescribedNumber): string {
  return d.rounded ? `${name} ${d.text}` : `${name} = ${d.text}`;
}

/**
 * About `n` evenly spaced "nice" values (1, 2 or 5 × 10^k apart) covering [lo, hi], each rounded to its step so
 * they print without float noise.
 * @example ticks(0, 1, 5) // [0, 0.2, 0.4, 0.6, 0.8, 1]
 */
export function ticks(lo: number, hi: number, n = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || n < 1) return [];
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) return [lo];
  const raw = (hi - lo) / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * mag).find((s) => s >= raw * 0.999)!;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const out: number[] = [];
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) out.push(Number((k * step).toFixed(decimals)));
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put in HTML or SVG markup, text or attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
