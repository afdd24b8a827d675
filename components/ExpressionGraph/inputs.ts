/**
 * Validation of what the reader typed: the expression field and one field per variable → either a state that
 * can be drawn, or specific messages (the expression's with a column, each value's next to its field). Pure.
 */
import { type ExpressionError, parseExpression } from './parse.ts';
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
 * validateInputs('a/b', { a: '1', b: '0' }, []).expressionError?.column; // 3 (the denominator b)
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
  return built.ok
    ? { variables: parsed.variables, expressionError: null, valueErrors, graph: built.graph, values }
    : { variables: parsed.variables, expressionError: built.error, valueErrors, graph: null, values };
}
