/**
 * The widget's state in a URL, so a teacher can share a link: `?eg-expr=(a%2Bb)*(b%2B1)&eg-vals=a:2,b:1&eg-mode=forward`
 * (the prefix is the widget's id). Reading validates the same way as typing does. Pure: takes and returns strings.
 */
import { parseExpression, plainText } from './parse.ts';
import { buildGraph } from './model.ts';
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
 * Read the state from a query string: null when absent, `{ error: true }` when present but invalid (bad syntax,
 * a missing or non-numeric value, an expression that cannot be evaluated at those values, or a mode other than
 * `forward` and `reverse`).
 * @example
 * ```ts
 * readState('?eg-expr=a*b&eg-vals=a:2,b:3', 'eg'); // { expression: 'a*b', values: { a: 2, b: 3 } }
 * ```
 */
export function readState(search: string, prefix: string): ExpressionState | { error: true } | null {
  const q = new URLSearchParams(search);
  const expression = q.get(`${prefix}-expr`);
  if (expression === null) return null;
  const parsed = parseExpression(expression);
  if (!parsed.ok) return { error: true };
  const values: Record<string, number> = {};
  for (const pair of (q.get(`${prefix}-vals`) ?? '').split(',').filter(Boolean)) {
    const [name, raw, extra] = pair.split(':');
    const x = parseValue(raw ?? '');
    if (extra !== undefined || !name || x === null || !parsed.variables.includes(name)) return { error: true };
    values[name] = x;
  }
  if (parsed.variables.some((v) => !(v in values))) return { error: true };
  const mode = q.get(`${prefix}-mode`);
  if (mode !== null && mode !== 'forward' && mode !== 'reverse') return { error: true };
  if (!buildGraph(parsed.ast, values).ok) return { error: true };
  return mode === null ? { expression, values } : { expression, values, mode };
}
