/**
 * Parser glue: the reader's expression in plain notation → a small typed syntax tree with source spans,
 * parsed by jsep (no `eval`). Errors carry the column where they happened.
 *
 * jsep gives its nodes no positions and reads `^` as XOR, so a subclass (per parse, no global jsep setting is
 * changed) stamps `start`/`end` on every token and reads `^` as jsep's right-associative power `**`.
 */
import jsep from 'jsep';
import type { Lang } from '../../src/i18n/lang';
import { EXPRESSION_GRAPH_STRINGS, type ExpressionGraphStrings } from './strings.ts';

/** A half-open range of 0-based character offsets into the expression. */
export interface Span { start: number; end: number }

/** The unary functions the reader may call; each maps to one graph node. */
export const UNARY_FUNCTIONS = ['exp', 'log', 'tanh', 'sigmoid', 'relu'] as const;
export type UnaryFunction = (typeof UNARY_FUNCTIONS)[number];
/** Binary operators (after `^`/`**` normalisation). */
export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

/** The syntax tree: numbers, variables, negation, binary operators and calls, each with its span. */
export type Ast =
  | { kind: 'num'; value: number; span: Span }
  | { kind: 'var'; name: string; span: Span }
  | { kind: 'neg'; arg: Ast; span: Span }
  | { kind: 'bin'; op: BinaryOperator; left: Ast; right: Ast; span: Span; opSpan: Span }
  | { kind: 'call'; fn: UnaryFunction | 'max'; args: Ast[]; span: Span };

/** A problem with the expression: the message and where (0-based span; `column` is 1-based for people). */
export interface ExpressionError { message: string; span: Span; column: number }

/** The result of {@link parseExpression}. */
export type ParseResult = { ok: true; ast: Ast; variables: string[] } | { ok: false; error: ExpressionError };

type JNode = jsep.Expression & { start?: number; end?: number };

/**
 * The error with its column counted in characters of `src`, as a reader counts them: `𝑥` (U+1D465, two UTF-16 units,
 * as copied from typeset math) is one column. {@link errorAt} counts UTF-16 units; the public results
 * ({@link parseExpression}, `validateInputs`) go through here.
 */
export function withColumn(error: ExpressionError, src: string): ExpressionError {
  return { ...error, column: Array.from(src.slice(0, error.span.start)).length + 1 };
}

/** Make an {@link ExpressionError} for a span. */
export function errorAt(message: string, span: Span): ExpressionError {
  return { message, span, column: span.start + 1 };
}

class ParseFailure extends Error {
  constructor(readonly error: ExpressionError) { super(error.message); }
}

// jsep's typings omit its parser class, exported at run time as `jsep.Jsep`.
const JsepClass = (jsep as unknown as { Jsep: unknown }).Jsep as new (expr: string) => {
  index: number; expr: string; code: number; parse(): JNode;
  gobbleSpaces(): void; gobbleToken(): JNode | false; gobbleBinaryOp(): string | false;
};

/** jsep with token spans and `^` read as `**`; one instance per parse, so no shared state. */
class SpannedJsep extends JsepClass {
  override gobbleToken(): JNode | false {
    this.gobbleSpaces();
    const start = this.index;
    const node = super.gobbleToken();
    // jsep swallows the spaces after a token; the span ends at its last visible character.
    if (node) Object.assign(node, { start, end: start + this.expr.slice(start, this.index).trimEnd().length });
    return node;
  }
  override gobbleBinaryOp(): string | false {
    this.gobbleSpaces();
    if (this.code === 94 /* ^ */) { this.index++; return '**'; }
    return super.gobbleBinaryOp();
  }
}

const span = (n: JNode): Span => ({ start: n.start ?? 0, end: n.end ?? n.start ?? 0 });

/**
 * jsep's tree → {@link Ast}, spans in `src` (the parser's text, see {@link normalise}); `typed` gives the reader's own
 * characters of a span, for messages that quote a name.
 */
function convert(n: JNode, src: string, S: ExpressionGraphStrings, typed: (s: Span) => string): Ast {
  const sp = span(n);
  switch (n.type) {
    case 'Literal': {
      if (typeof n.value !== 'number') throw new ParseFailure(errorAt(S.notAllowed(`“${String(n.raw)}”`), sp));
      return { kind: 'num', value: n.value, span: sp };
    }
    case 'Identifier': {
      const name = n.name as string;
      if ((UNARY_FUNCTIONS as readonly string[]).includes(name) || name === 'max') throw new ParseFailure(errorAt(S.reservedName(name), sp));
      // Names such as `constructor` or `__proto__` would read inherited properties of the values object.
      if (name in Object.prototype) throw new ParseFailure(errorAt(S.reservedWord(name), sp));
      const chars = Array.from(name);
      if (!NAME.test(name)) {
        // The first character that cannot be in a name (jsep takes any non-ASCII one): `x²`, `a′`, `x→y`.
        const at = chars.findIndex((c, k) => !(k === 0 ? /[\p{L}_]/u : /[\p{L}\p{Nd}_]/u).test(c));
        const bad = chars[at]!;
        const start = sp.start + chars.slice(0, at).join('').length;
        const where = { start, end: start + bad.length };
        throw new ParseFailure(errorAt(S.badNameCharacter(typed(where), typed(sp), powerHint(chars, at)), where));
      }
      // A node's label is its name: a longer one would spill out of the drawing (reader QA: past the page's edge).
      if (chars.length > MAX_NAME) throw new ParseFailure(errorAt(S.nameTooLong(typed(sp), MAX_NAME), sp));
      return { kind: 'var', name, span: sp };
    }
    case 'UnaryExpression': {
      const arg = convert(n.argument as JNode, src, S, typed);
      if (n.operator === '+') return arg;
      if (n.operator !== '-') throw new ParseFailure(errorAt(S.operator(n.operator as string), sp));
      return { kind: 'neg', arg, span: sp };
    }
    case 'BinaryExpression': {
      const l = n.left as JNode, r = n.right as JNode;
      const left = convert(l, src, S, typed), right = convert(r, src, S, typed);
      const raw = n.operator as string;
      const opStart = src.slice(left.span.end, right.span.start).search(/\S/) + left.span.end;
      const opSpan = { start: opStart, end: opStart + (raw === '**' && src[opStart] === '^' ? 1 : raw.length) };
      const op = raw === '**' ? '^' : raw;
      if (!['+', '-', '*', '/', '^'].includes(op)) throw new ParseFailure(errorAt(S.operator(raw), opSpan));
      // jsep builds binary nodes outside gobbleToken, so only a parenthesised one has a span of its own.
      const whole = n.start === undefined ? { start: left.span.start, end: right.span.end } : sp;
      // Convention: −x^2 = −(x^2). jsep binds the unary minus to x first; undo that unless it was written (−x)^2.
      if (op === '^' && left.kind === 'neg' && src[left.span.start] === '-') {
        const inner = { kind: 'bin' as const, op: '^' as const, left: left.arg, right, span: { start: left.arg.span.start, end: whole.end }, opSpan };
        return { kind: 'neg', arg: inner, span: whole };
      }
      return { kind: 'bin', op: op as BinaryOperator, left, right, span: whole, opSpan };
    }
    case 'CallExpression': {
      const callee = n.callee as JNode;
      const name = callee.type === 'Identifier' ? (callee.name as string) : '';
      const args = (n.arguments as JNode[]).map((a) => convert(a, src, S, typed));
      // jsep also reads `max(a b)` as two arguments: between two arguments there must be a comma.
      for (let k = 1; k < args.length; k++) {
        if (!src.slice(args[k - 1]!.span.end, args[k]!.span.start).includes(',')) throw new ParseFailure(errorAt(S.missingOperator, args[k]!.span));
      }
      const known = [...UNARY_FUNCTIONS, 'max'].join(', ');
      if (name === 'max') {
        if (args.length !== 2) throw new ParseFailure(errorAt(S.arity('max', 2, args.length), sp));
        return { kind: 'call', fn: 'max', args, span: sp };
      }
      if (!(UNARY_FUNCTIONS as readonly string[]).includes(name)) throw new ParseFailure(errorAt(S.unknownName(name || '?', known), { start: sp.start, end: sp.start + Math.max(1, name.length) }));
      if (args.length !== 1) throw new ParseFailure(errorAt(S.arity(name, 1, args.length), sp));
      return { kind: 'call', fn: name as UnaryFunction, args, span: sp };
    }
    case 'Compound': { // jsep reads `a b` or `a, b` as a list of expressions: point at the second one
      const second = (n.body as JNode[])[1];
      // Unless the second is no name at all (`x + 1 $`: jsep takes `$` for a name): that is what to say (reader QA).
      if (second?.type === 'Identifier') convert(second, src, S, typed);
      throw new ParseFailure(errorAt(S.missingOperator, second ? span(second) : sp));
    }
    case 'ConditionalExpression': throw new ParseFailure(errorAt(S.notAllowed('“? :”'), sp));
    case 'MemberExpression': throw new ParseFailure(errorAt(S.notAllowed(S.memberAccess), sp));
    default: throw new ParseFailure(errorAt(S.notAllowed(`“${src.slice(sp.start, sp.end) || n.type}”`), sp));
  }
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻';

/**
 * For a name with a superscript at `at` (`x³`, `x⁻¹`): the power as the parser reads it (`x^3`, `x^-1`), to suggest
 * in the message; null when the character at `at` is not a superscript or nothing stands before it.
 */
function powerHint(chars: string[], at: number): string | null {
  let end = at;
  while (end < chars.length && SUPERSCRIPTS.includes(chars[end]!)) end++;
  if (end === at || at === 0) return null;
  const exponent = chars.slice(at, end).map((c) => '0123456789+-'[SUPERSCRIPTS.indexOf(c)]).join('');
  return `${chars.slice(0, at).join('')}^${exponent}`;
}

function collectVariables(a: Ast, out: string[]): string[] {
  if (a.kind === 'var') { if (!out.includes(a.name)) out.push(a.name); }
  else if (a.kind === 'neg') collectVariables(a.arg, out);
  else if (a.kind === 'bin') { collectVariables(a.left, out); collectVariables(a.right, out); }
  else if (a.kind === 'call') a.args.forEach((x) => collectVariables(x, out));
  return out;
}

/**
 * Parse a scalar expression such as `(a+b)*(b+1)` or `1/(1+exp(-(w0*x0+w1*x1+w2)))`.
 * Precedence: `^` (right-associative, binds tighter than unary minus: −x^2 = −(x^2)), then `* /`, then `+ −`.
 * Messages are in `lang` (default English). Never throws: syntax errors, unknown functions and unsupported operators come back as an
 * {@link ExpressionError} with the column of the offending character.
 * @example
 * ```ts
 * parseExpression('a*(b+1)');        // { ok: true, variables: ['a', 'b'], ast: … }
 * parseExpression('a+*b').error.column; // 3
 * ```
 */
export function parseExpression(src: string, lang: Lang = 'en'): ParseResult {
  const r = parseText(src, lang);
  return r.ok ? r : { ok: false, error: withColumn(r.error, src) };
}

function parseText(src: string, lang: Lang): ParseResult {
  const S = EXPRESSION_GRAPH_STRINGS[lang];
  if (src.trim() === '') return { ok: false, error: errorAt(S.empty, { start: 0, end: 0 }) };
  const { text, from } = normalise(src);
  // Spans are found in `text` and given back in the reader's `src`.
  const inSrc = (s: Span): Span => ({ start: from[s.start] ?? src.length, end: from[s.end] ?? src.length });
  const typed = (s: Span) => { const r = inSrc(s); return src.slice(r.start, r.end); };
  const failure = (message: string, at: Span): ParseResult => ({ ok: false, error: errorAt(message, inSrc(at)) });
  try {
    // Two signs in a row, one of them typeset (`x××2`), became `**`, which jsep reads as a power: what was written is
    // an operator with nothing after it (reader QA).
    // Two stars are a power however they were typed (`**`, `＊＊`); a typeset × · ⋅ in the pair is not.
    for (let i = 0; i + 1 < text.length; i++) {
      if (text.startsWith('**', i) && /[×·⋅]/u.test(typed({ start: i, end: i + 2 }))) {
        return failure(S.syntax(`Expected expression after ${typed({ start: i, end: i + 1 })}`), { start: i + 1, end: i + 2 });
      }
    }
    const tree = new SpannedJsep(text).parse();
    // The parser's text: convert reads signs from it (`-x^2` is −(x^2) whichever minus was typed).
    const ast = mapSpans(convert(tree, text, S, typed), inSrc);
    return { ok: true, ast, variables: collectVariables(ast, []) };
  } catch (e) {
    if (e instanceof ParseFailure) return failure(e.error.message, e.error.span);
    const err = e as { index?: number; description?: string; message?: string };
    const at = Math.max(0, Math.min(text.length, err.index ?? 0));
    const said = err.description ?? err.message ?? '';
    // jsep reads a number run into a character it takes for part of a name (`1$`, `2²`) as a name that starts with a
    // digit. When that character could be in no name, it is what to name (reader QA), as after the number.
    const digitStart = /^Variable names cannot start with a number \((.*)\)$/.exec(said)?.[1];
    if (digitStart !== undefined) {
      const chars = Array.from(digitStart);
      const k = chars.findIndex((c) => !/[0-9.]/.test(c));
      if (k > 0 && text.startsWith(digitStart, at - k) && !/[\p{L}\p{Nd}_]/u.test(chars[k]!)) {
        const where = { start: at, end: at + chars[k]!.length };
        return failure(S.badAfterNumber(typed(where), typed({ start: at - k, end: at }), powerHint(chars, k)), where);
      }
    }
    let what = said.replace(/\*\*/g, '^');
    // The operator as the reader typed it (＋ or ×, not the + or * jsep saw).
    const op = /^Expected expression after (.+)$/.exec(said)?.[1];
    const opAt = op === undefined ? -1 : text.lastIndexOf(op, at);
    if (op !== undefined && opAt >= 0) what = `Expected expression after ${typed({ start: opAt, end: opAt + op.length })}`;
    // An unclosed bracket as typed (（, not the ( jsep saw): the last one before the error.
    const bracket = /^Unclosed (.)$/.exec(said)?.[1];
    const bracketAt = bracket === undefined ? -1 : text.lastIndexOf(bracket, at);
    if (bracket !== undefined && bracketAt >= 0) what = `Unclosed ${typed({ start: bracketAt, end: bracketAt + 1 })}`;
    return failure(S.syntax(what), { start: at, end: Math.min(text.length, at + 1) });
  }
}

/** The tree with every span moved by `move` (from the parser's text to the reader's). */
function mapSpans(a: Ast, move: (s: Span) => Span): Ast {
  switch (a.kind) {
    case 'num': case 'var': return { ...a, span: move(a.span) };
    case 'neg': return { ...a, arg: mapSpans(a.arg, move), span: move(a.span) };
    case 'bin': return { ...a, left: mapSpans(a.left, move), right: mapSpans(a.right, move), span: move(a.span), opSpan: move(a.opSpan) };
    case 'call': return { ...a, args: a.args.map((x) => mapSpans(x, move)), span: move(a.span) };
  }
}

/**
 * The reader's text as the parser reads it, and where each of its UTF-16 units came from (`from[i]`: the offset in
 * `src` of the character that gave unit `i`; one more entry for the end). jsep reads every character above U+007F as
 * part of a name, so what a reader copies from typeset math or types with a Chinese input method is put in its plain
 * form first (reader QA: `x*x−x` had a variable "x−x", `x＊x` a variable "x＊x", 𝑥 was a second variable beside x):
 * - the operator signs of typeset math, as the lessons print them and the widget's hint lists "−": − (U+2212) as `-`,
 *   × · ⋅ as `*`, ÷ as `/`;
 * - full-width forms (U+FF01–FF5E: （ ） ＋ ＊ ， ｘ ０ …) as their ASCII characters, the ideographic space as a space;
 * - mathematical letters and digits (U+1D400–1D7FF, such as 𝑥 or 𝜃, and ℎ) as the letter or digit they are (their
 *   NFKC form). Not the whole text through NFKC: that would also make the superscript of `x²` a digit, the name `x2`.
 */
function normalise(src: string): { text: string; from: number[] } {
  let text = '', at = 0;
  const from: number[] = [];
  for (const c of src) {
    const plain = parserForm(c);
    for (let k = 0; k < plain.length; k++) from.push(at);
    text += plain;
    at += c.length;
  }
  from.push(src.length);
  return { text, from };
}

/**
 * `src` in the form the parser reads it ({@link normalise}): a typed value (`－０．５`, `−2`) goes through the same
 * characters as an expression.
 * @example
 * ```ts
 * plainText('－０．５'); // '-0.5'
 * ```
 */
export function plainText(src: string): string {
  return normalise(src).text;
}

/** One character (code point) in the form the parser reads; see {@link normalise}. */
function parserForm(c: string): string {
  if (c === '\u2212') return '-';
  if (c === '÷') return '/';
  if (c === '×' || c === '·' || c === '⋅') return '*';
  const code = c.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  if ((code >= 0x1d400 && code <= 0x1d7ff) || code === 0x210e) {
    const plain = c.normalize('NFKC');
    if (Array.from(plain).length === 1) return plain;
  }
  return c;
}

/** A variable name: a letter or `_`, then letters, decimal digits or `_` (Greek is fine: `θ1`; `x²` is not a name). */
const NAME = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;
/** The longest variable name, in characters (`learning_rate` is 13). */
export const MAX_NAME = 16;

/**
 * The expression with a caret line under the error, for a monospace `<pre>`.
 * @example
 * ```ts
 * caretLines('a+*b', errorAt('…', { start: 2, end: 3 })); // 'a+*b\n  ^'
 * ```
 */
export function caretLines(src: string, error: ExpressionError): string {
  // In characters, as the monospace line shows them (𝑥 is one column, not two UTF-16 units). A wide character
  // (full-width ＋, CJK) takes two columns of a monospace font: under it go an ideographic space or a full-width ＾.
  const before = Array.from(src.slice(0, error.span.start));
  const under = Array.from(src.slice(error.span.start, error.span.end)).slice(0, Math.max(1, Array.from(src).length - before.length));
  const pad = before.map((c) => (WIDE.test(c) ? '\u3000' : ' ')).join('');
  const carets = under.length ? under.map((c) => (WIDE.test(c) ? '＾' : '^')).join('') : '^';
  return `${src}\n${pad}${carets}`;
}

/** A character two columns wide in a monospace font: CJK, Hangul, full-width forms (East Asian Width W or F). */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF01-\uFF60\uFFE0-\uFFE6]/u;
