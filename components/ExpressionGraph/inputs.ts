/**
 * Validation of what the reader typed: the expression field and one field per variable → either a state that
 * can be drawn, or specific messages (the expression's with a column, each value's next to its field). Pure.
 */
import { type ExpressionError, parseExpression, plainText, withColumn } from './parse.ts';
import { buildGraph, type ExprGraph } from './model.ts';
import { parseValue } from './url-state.ts';
import type { Lang } from '../../src/i18n/lang';
import { EXPRESSION_GRAPH_STRINGS } from './strings.ts';

/** The outcome of {@link validateInputs}. */
export interface Validated {
  /** Variables of the expression, in order of appearance (the previous list when the expression does not parse). */
  variables: string[];
  /** A problem in the expression (syntax, or evaluation such as division by zero), with its place. */
  expressionError: ExpressionError | null;
  /** Messages for value fields, by variable name. */
  valueErrors: Record<string, string>;
  /** The graph, when everything is valid. */
  graph: ExprGraph | null;
  values: Record<string, number>;
}

/**
 * Check the fields. A variable without a field yet gets `fallback` (default "1") so that typing a new name
 * shows a graph at once. Messages are in `lang` (default English).
 * @example
 * ```ts
 * validateInputs('a/(b-1)', { a: '1', b: '1' }, []).expressionError?.column; // 3 (the denominator b − 1)
 * validateInputs('a/b', { a: '1', b: '0' }, []).valueErrors.b; // 'division by zero: the denominator is 0'
 * ```
 */
export function validateInputs(expression: string, texts: Record<string, string>, previous: string[], fallback = '1', lang: Lang = 'en'): Validated {
  const S = EXPRESSION_GRAPH_STRINGS[lang];
  const parsed = parseExpression(expression, lang);
  if (!parsed.ok) return { variables: previous, expressionError: parsed.error, valueErrors: {}, graph: null, values: {} };
  const values: Record<string, number> = {}, valueErrors: Record<string, string> = {};
  for (const v of parsed.variables) {
    const raw = texts[v] ?? fallback, x = parseValue(raw);
    if (x === null) valueErrors[v] = raw.trim() === '' ? S.valueMissing(v) : S.valueInvalid(v, raw);
    else values[v] = x;
  }
  if (Object.keys(valueErrors).length) return { variables: parsed.variables, expressionError: null, valueErrors, graph: null, values };
  const built = buildGraph(parsed.ast, values, lang);
  if (built.ok) return { variables: parsed.variables, expressionError: null, valueErrors, graph: built.graph, values };
  // An evaluation error at a lone variable (log(x) at x = −3, the base of x^y at x = −2, a/y at y = 0): its value is
  // what to change, so the message goes beside that field (reader QA: the expression field was marked instead).
  const { start, end } = built.error.span;
  const culprit = plainText(expression.slice(start, end)).replace(/^[\s(]+|[\s)]+$/g, '');
  if (parsed.variables.includes(culprit)) return { variables: parsed.variables, expressionError: null, valueErrors: { [culprit]: built.error.message }, graph: null, values };
  return { variables: parsed.variables, expressionError: withColumn(built.error, expression), valueErrors, graph: null, values };
}

/**
 * Which value fields to show while `check` may not be drawable, and whether they differ from the graph on screen
 * (`shown`: the variables of the last valid graph). A syntax error keeps the graph's fields. An expression that
 * parses but cannot be evaluated (x/0, log(-1), or a value field in error) shows its own variables, since a value
 * may be what fixes it (a/(b-1) at b = 1); when those differ from the graph's, `pending` is true and the widget
 * marks the fields as belonging to the expression typed, not to the graph drawn.
 * @example
 * ```ts
 * fieldsFor(validateInputs('y/0', {}, []), ['x']); // { variables: ['y'], pending: true }
 * ```
 */
export function fieldsFor(check: Validated, shown: string[]): { variables: string[]; pending: boolean } {
  if (check.graph) return { variables: check.variables, pending: false };
  if (check.variables.length === 0) return { variables: shown, pending: false };
  const same = check.variables.length === shown.length && check.variables.every((v, i) => v === shown[i]);
  return { variables: check.variables, pending: !same };
}

/**
 * Whether the author's caption still describes what the reader sees: the expression as given (spaces aside) and
 * every variable at its given value (a variable without one starts at `fallback`). Otherwise the widget shows
 * its neutral caption.
 * @example
 * ```ts
 * captionFits('x*x*x', { x: '2' }, 'x * x * x', { x: 2 }); // true
 * captionFits('x*x', { x: '2' }, 'x*x*x', { x: 2 });       // false
 * ```
 */
export function captionFits(expression: string, texts: Record<string, string>, initialExpression: string, initialValues: Record<string, number>, fallback = '1'): boolean {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  if (squeeze(expression) !== squeeze(initialExpression)) return false;
  const parsed = parseExpression(expression);
  if (!parsed.ok) return false;
  return parsed.variables.every((v) => parseValue(texts[v] ?? fallback) === (initialValues[v] ?? parseValue(fallback)));
}
