/**
 * The widget's state in a URL, so a teacher can share a link: `?eg-expr=(a%2Bb)*(b%2B1)&eg-vals=a:2,b:1&eg-mode=forward`
 * (the prefix is the widget's id). What a link holds is checked the same way as what the reader types. Pure: takes and
 * returns strings.
 */
import { parseExpression, plainText } from './parse.ts';
import { clip } from '../../src/format/text';
import type { Mode } from './steps.ts';

/** An expression, the values of its variables and, if the link names one, the mode shown. */
export interface ExpressionState { expression: string; values: Record<string, number>; mode?: Mode }

/**
 * Parse a typed value: read as the expression parser reads characters ({@link plainText}: a true minus sign U+2212,
 * full-width digits and signs as a Chinese input method types them, －０．５), spaces around it allowed; null unless a
 * finite number.
 */
export function parseValue(raw: string): number | null {
  const s = plainText(raw).trim();
  if (s === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const x = Number(s);
  return Number.isFinite(x) ? x : null;
}

/**
 * Write the state into a query string (other parameters kept).
 * @example
 * ```ts
 * writeState('', 'eg', { expression: 'a*b', values: { a: 2, b: -1 } }); // 'eg-expr=a*b&eg-vals=a%3A2%2Cb%3A-1'
 * ```
 */
export function writeState(search: string, prefix: string, s: ExpressionState): string {
  const q = new URLSearchParams(search);
  q.set(`${prefix}-expr`, s.expression);
  q.set(`${prefix}-vals`, Object.entries(s.values).map(([k, v]) => `${k}:${v}`).join(','));
  if (s.mode) q.set(`${prefix}-mode`, s.mode);
  else q.delete(`${prefix}-mode`);
  return q.toString();
}

/**
 * What a link holds for the widget: the expression and the value texts as written in it, to be checked as if the reader
 * had typed them (an expression that does not parse or cannot be evaluated shows its message and keeps the last
 * graph, a bad value its message beside its field; a variable without a value starts at 1), the mode if it names one,
 * the names given values that the expression does not have, and the parts that could not be read at all (a pair
 * without `:`, a name given twice, an unknown mode), each cut to 24 characters.
 */
export interface LinkedState {
  expression: string;
  /** False when the link names no expression and its values or mode are for the widget's own (`fallback`). */
  linkedExpression: boolean;
  texts: Record<string, string>;
  mode?: Mode;
  /** Names with a value in the link that the expression has no variable for (`z` of `?eg-expr=x*y&eg-vals=z:1`). */
  absent: string[];
  ignored: string[];
}

/**
 * Read the state from a query string: null when it has none for this widget. Nothing in the link is dropped in
 * silence: what the widget cannot show goes into `absent` or `ignored`. A link with values or a mode but no expression
 * sets them on `fallback` (the widget's own expression; without one such a link is not read). Never throws.
 * @example
 * ```ts
 * readState('?eg-expr=a*b&eg-vals=a:2,b:3', 'eg'); // { expression: 'a*b', linkedExpression: true, texts: { a: '2', b: '3' }, absent: [], ignored: [] }
 * readState('?eg-expr=x*y&eg-vals=z:1', 'eg');     // { expression: 'x*y', linkedExpression: true, texts: {}, absent: ['z'], ignored: [] }
 * readState('?eg-vals=x:3', 'eg', 'x*x*x');        // { expression: 'x*x*x', linkedExpression: false, texts: { x: '3' }, absent: [], ignored: [] }
 * ```
 */
export function readState(search: string, prefix: string, fallback?: string): LinkedState | null {
  const q = new URLSearchParams(search);
  const linked = q.get(`${prefix}-expr`);
  if (linked === null && (fallback === undefined || !(q.has(`${prefix}-vals`) || q.has(`${prefix}-mode`)))) return null;
  const expression = linked ?? fallback!;
  const parsed = parseExpression(expression);
  // When the expression does not parse, every named value is kept: the reader may fix the expression to use it.
  const names = parsed.ok ? parsed.variables : null;
  const texts: Record<string, string> = {}, absent: string[] = [], ignored: string[] = [];
  for (const pair of (q.get(`${prefix}-vals`) ?? '').split(',')) {
    if (pair.trim() === '') continue;
    const at = pair.indexOf(':'), name = at < 0 ? '' : plainText(pair.slice(0, at)).trim();
    // `__proto__` (never a variable: the parser refuses it) would not be a key of `texts`.
    if (name === '' || name === '__proto__' || Object.hasOwn(texts, name)) ignored.push(clip(pair, 24));
    else if (names !== null && !names.includes(name)) { if (!absent.includes(clip(name, 24))) absent.push(clip(name, 24)); }
    else texts[name] = pair.slice(at + 1);
  }
  const mode = q.get(`${prefix}-mode`);
  const known = mode === 'forward' || mode === 'reverse' ? mode : undefined;
  if (mode !== null && !known) ignored.push(clip(`${prefix}-mode=${mode}`, 24));
  const state = { expression, linkedExpression: linked !== null, texts, absent, ignored };
  return known ? { ...state, mode: known } : state;
}
