/**
 * How a check's name and message are laid out on narrow screens (reader QA at 360 px): " = " never ends a line
 * ("λ =" / "1.5"), a network's shape never breaks at a hyphen ("a random 2-3-" / "3-1 network"), a short list of
 * numbers never breaks after a comma ("x = [0.05," / "0.1]"), nor a number in its exponent, indices or a seed. DOM-free, so the rules are unit-tested; output.ts turns
 * the runs into text and nowrap spans.
 */

/** A piece of a check's text: `whole` pieces are shown on one line (a nowrap span), the rest wrap as usual. */
export interface TextRun {
  text: string;
  whole: boolean;
}

/** A network's shape as the checks write it: layer sizes joined by hyphens ("2-2-2", "3-4-4-2"). */
const SHAPE = /\d+(?:-\d+)+/;

/** A number as the checks print one: a minus sign − or -, decimals, an exponent ("0.05", "−2", "1e-7", "NaN"). */
const NUMBER = /(?:[-−]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+−]?\d+)?|NaN|[-−]?Infinity)/;

/** A bracketed list of numbers, entries separated by a comma and at most one space ("[0.05, 0.1]", "[1,-1]"). */
const LIST = new RegExp(String.raw`\[${NUMBER.source}(?:, ?${NUMBER.source})*\]`);

/**
 * The longest list kept whole, brackets included: three entries of four decimals ("[0.7514, 0.7729, 0.1234]", 24
 * characters) fit a 360 px line with the name glued before them ("a(3) = [0.7514, 0.7729, 0.1234]" measured 273 px of
 * the check list's 300, bold or not); a longer one ("[1.1059059671, 1.2249214041, 0.0817074402]") keeps its break
 * points, so it wraps instead of overflowing the line.
 */
export const MAX_WHOLE_LIST = 24;

/** A number with a signed exponent ("1e-7", "2.5e+3"): a browser may break after the exponent's hyphen ("1e-" / "7"). */
const EXPONENT = /[-−]?\d+(?:\.\d+)?[eE][-+−]\d+/;

/** A matrix entry's indices ("(1, 0)") and a random network's seed ("seed 2", "(seed 2)", "种子 2"). */
const INDICES = /\(\d+, ?\d+\)|\(?(?:seed|种子) \d+\)?/;

/**
 * What may be kept whole: a list first (so its entries are not read as anything else), then a shape, a number with an
 * exponent, indices, a seed or a partial derivative (reader QA at 360 px: "1e-" / "7", "(1," / "0)", "(seed" / "2)",
 * "∂f/" / "∂x").
 */
/** A partial derivative ("∂f/∂x", "∂J/∂Θ(1)_10"): a browser may break after its slash ("∂f/" / "∂x"). */
const PARTIAL = /∂[^\s/]+\/∂[^\s,:;，：]+/;

const WHOLE = new RegExp(`(${LIST.source})|${SHAPE.source}|${EXPONENT.source}|${INDICES.source}|${PARTIAL.source}`, 'g');

/**
 * A check's name or message with no-break spaces around each " = " ("(input: z = 0)"), so a narrow screen never ends a
 * line with "=" and starts the next with the value. Copying gives U+00A0 there.
 */
export function glueEquals(message: string): string {
  return message.replace(/ = /g, '\u00a0=\u00a0');
}

/**
 * A check's name or message as runs to show: " = " glued ({@link glueEquals}), and each network shape and each short
 * list of numbers (at most {@link MAX_WHOLE_LIST} characters) a run of its own to keep whole. The hyphens stay ASCII
 * (not U+2011): the shape copies and is found by the page's search as it is written in the lessons and the code, and
 * screen readers read it as usual; the nowrap span does the keeping. A list's name stays with it without a span of its
 * own: the no-break space before "[" allows no break (UAX #14: no break after a no-break space), so "x = [0.05, 0.1]"
 * is one piece.
 * @example
 * ```ts
 * checkText('a random 2-3-3-1 network') // [{ text: 'a random ', whole: false }, { text: '2-3-3-1', whole: true }, { text: ' network', whole: false }]
 * checkText('x = [0.05, 0.1]') // [{ text: 'x\u00a0=\u00a0', whole: false }, { text: '[0.05, 0.1]', whole: true }]
 * ```
 */
export function checkText(text: string): TextRun[] {
  const glued = glueEquals(text);
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of glued.matchAll(WHOLE)) {
    if (m[1] !== undefined && m[1].length > MAX_WHOLE_LIST) continue; // a long list: left to wrap, with the text around it
    if (m.index > at) runs.push({ text: glued.slice(at, m.index), whole: false });
    runs.push({ text: m[0], whole: true });
    at = m.index + m[0].length;
  }
  if (at < glued.length) runs.push({ text: glued.slice(at), whole: false });
  return runs;
}
