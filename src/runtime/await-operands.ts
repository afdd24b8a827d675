/**
 * Where the operand of each `await` expression of a cell lies, found in the Sucrase token stream that
 * prepare.ts already has (prepare.ts passes every operand through a function, see owner.ts).
 *
 * Why not a full parser: acorn would add 119 KB (34 KB gzipped) to the worker, whose own code is 289 KB
 * (78 KB gzipped). Sucrase's parser has already done the hard part: it told regular expressions from
 * division, split templates, marked a `++` postfix only where no line break allows a semicolon, and gave
 * property names their role. What remains is the extent of a UnaryExpression, which a short grammar fixes:
 * prefix operators, one primary expression, then `.x` / `?.x` / `[…]` / `(…)` / tagged templates, and at
 * most one postfix `++`/`--`. await-operands.test.ts checks the result against TypeScript's parser.
 */
import type { SucraseToken } from 'sucrase/dist/esm/parser/index.js';
import { TokenType as tt } from 'sucrase/dist/esm/parser/tokenizer/types.js';
import { ContextualKeyword as kw } from 'sucrase/dist/esm/parser/tokenizer/keywords.js';

/** Source offsets of one `await` operand: `js.slice(start, end)` is the whole operand. */
export interface Operand { start: number; end: number }

/**
 * The operands of the `await` expressions in `js`, in source order (an operand may hold another `await`).
 * Not included (async-sites.ts has them): `for await`, `await using` declarations; nor `await` as a property name (`o.await`,
 * `{ await: 1 }`, `#await`); an operand this grammar does not know (a syntax error) is left out.
 * @param tokens `parse(js, false, false, false).tokens` (Sucrase, no types: they were stripped)
 * @example
 * ```ts
 * const js = 'const v = await f(1).x + 2;';
 * awaitOperands(js, parse(js, false, false, false).tokens).map((o) => js.slice(o.start, o.end)); // ['f(1).x']
 * ```
 */
export function awaitOperands(js: string, tokens: readonly SucraseToken[]): Operand[] {
  const close = matchBrackets(tokens);
  const type = (i: number) => tokens[i]?.type ?? tt.eof;
  const lineBreak = (i: number) => /[\n\r\u2028\u2029]/.test(js.slice(tokens[i - 1].end, tokens[i].start));
  const after = (i: number) => (close[i] >= 0 ? close[i] + 1 : -1);

  const isAwait = (i: number): boolean => {
    const t = tokens[i];
    if (t.type !== tt.name || t.contextualKeyword !== kw._await || t.identifierRole !== null) return false;
    const before = type(i - 1);
    if (before === tt.dot || before === tt.questionDot || before === tt.hash || before === tt._for) return false;
    // `await using x = …` declares; `await using;` and `await using[0]` await the name `using`.
    const using = tokens[i + 1]?.contextualKeyword === kw._using && type(i + 2) === tt.name && !lineBreak(i + 1) && !lineBreak(i + 2);
    return !using;
  };
  // Sucrase types the keyword of a function expression as a name (it reads it as for `function.sent`).
  const isFunction = (i: number) => type(i) === tt._function || (type(i) === tt.name && js.slice(tokens[i].start, tokens[i].end) === 'function');
  /** `x` or `#x` after `.` / `?.` (Sucrase types a keyword used as a property name as a name). */
  const member = (i: number) => (type(i) === tt.name ? i + 1 : type(i) === tt.hash && type(i + 1) === tt.name ? i + 2 : -1);

  function subscripts(i: number): number {
    for (;;) {
      const t = type(i);
      if (t === tt.dot) i = member(i + 1);
      else if (t === tt.questionDot) i = type(i + 1) === tt.parenL || type(i + 1) === tt.bracketL ? after(i + 1) : member(i + 1);
      else if (t === tt.bracketL || t === tt.parenL || t === tt.backQuote) i = after(i);
      else return i;
      if (i < 0) return -1;
    }
  }

  function primary(i: number): number {
    if (isFunction(i)) {
      let j = i + 1;
      if (type(j) === tt.star) j++;
      if (type(j) === tt.name) j++;
      j = type(j) === tt.parenL ? after(j) : -1;
      return j >= 0 && type(j) === tt.braceL ? after(j) : -1;
    }
    switch (type(i)) {
      case tt.parenL: case tt.bracketL: case tt.braceL: case tt.backQuote:
        return after(i);
      case tt.name:
        return tokens[i].contextualKeyword === kw._async && isFunction(i + 1) && !lineBreak(i + 1) ? primary(i + 1) : i + 1;
      case tt._this: case tt._super: case tt._import: case tt._null: case tt._true: case tt._false:
      case tt.num: case tt.bigint: case tt.decimal: case tt.string: case tt.regexp:
        return i + 1;
      case tt._new:
        if (type(i + 1) === tt.dot) return type(i + 2) === tt.name ? i + 3 : -1; // new.target
        return primary(i + 1); // the callee; its arguments and what follows are subscripts
      case tt._class: {
        let j = i + 1;
        if (type(j) === tt.name) j++;
        if (type(j) === tt._extends) {
          const heritage = primary(j + 1);
          j = heritage < 0 ? -1 : subscripts(heritage);
        }
        return j >= 0 && type(j) === tt.braceL ? after(j) : -1;
      }
      default:
        return -1;
    }
  }

  /** The index after the UnaryExpression that starts at token `i`, or -1. */
  function unary(i: number): number {
    while ((type(i) & tt.IS_PREFIX && type(i) !== tt.postIncDec) || (type(i) === tt.name && isAwait(i))) i++;
    const p = primary(i);
    const end = p < 0 ? -1 : subscripts(p);
    if (end < 0 || type(end) !== tt.postIncDec) return end;
    // `x++.y` is a syntax error the browser must still see, not `f(x++).y`.
    return subscripts(end + 1) === end + 1 || lineBreak(end + 1) ? end + 1 : -1;
  }

  const operands: Operand[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isAwait(i)) continue;
    const end = unary(i + 1);
    if (end > i + 1) operands.push({ start: tokens[i + 1].start, end: tokens[end - 1].end });
  }
  return operands;
}

/** For each opening bracket, brace, `${` or template quote, the index of the token that closes it; else -1 (async-sites.ts uses it too). */
export function matchBrackets(tokens: readonly SucraseToken[]): Int32Array {
  const close = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].type;
    if (t === tt.parenL || t === tt.bracketL || t === tt.braceL || t === tt.dollarBraceL) open.push(i);
    else if (t === tt.backQuote && (open.length === 0 || tokens[open[open.length - 1]].type !== tt.backQuote)) open.push(i);
    else if (t === tt.parenR || t === tt.bracketR || t === tt.braceR || t === tt.backQuote) {
      const o = open.pop();
      if (o === undefined) break; // unbalanced: Sucrase would have thrown; leave the rest unmatched
      close[o] = i;
    }
  }
  return close;
}
