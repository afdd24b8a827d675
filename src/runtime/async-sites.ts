/**
 * Where a cell's code goes on after a wait that is not an `await` operand (those are in await-operands.ts), so
 * that prepare.ts can hand it to owner.ts: the body of each async function, arrow and method (what leaves it
 * rejects the function's promise, see owner.ts `thrown`), the iterable of each `for await` loop (owner.ts
 * `each`) and each `await using` declaration (owner.ts `using`). Found in the Sucrase tokens and scopes prepare.ts already has: Sucrase records every function's
 * tokens (parameters and body) as a function scope, so only the `async` before it remains to be read.
 */
import type { SucraseScope, SucraseToken } from 'sucrase/dist/esm/parser/index.js';
import { TokenType as tt } from 'sucrase/dist/esm/parser/tokenizer/types.js';
import { ContextualKeyword as kw } from 'sucrase/dist/esm/parser/tokenizer/keywords.js';
import { matchBrackets, type Operand } from './await-operands';

/**
 * An async function's body: for a block, the offsets just inside its braces; for an arrow's expression body,
 * the expression's extent (`expression: true`). `params` are the token indices `[first, end)` of its
 * parameters (inside the parentheses, or the one name of `async x =>`), `body` those of the body (for a
 * block, from its `{` through its `}`).
 */
export interface AsyncBody { start: number; end: number; expression: boolean; params: [number, number]; body: [number, number] }

/**
 * The bodies of the async functions, arrows and methods (generators too) in `js`, in no particular order.
 * @param tokens `parse(js, false, false, false).tokens` (Sucrase, no types: they were stripped)
 * @param scopes the `scopes` of that same parse
 * @example
 * ```ts
 * const js = 'const f = async (x) => x + 1, g = (x) => x;';
 * const { tokens, scopes } = parse(js, false, false, false);
 * asyncBodies(js, tokens, scopes).map((b) => js.slice(b.start, b.end)); // ['x + 1']
 * ```
 */
export function asyncBodies(js: string, tokens: readonly SucraseToken[], scopes: readonly SucraseScope[]): AsyncBody[] {
  const close = matchBrackets(tokens);
  const open = new Map<number, number>();
  close.forEach((c, o) => { if (c >= 0) open.set(c, o); });
  const type = (i: number) => tokens[i]?.type ?? tt.eof;
  const lineBreak = (i: number) => /[\n\r\u2028\u2029]/.test(js.slice(tokens[i - 1].end, tokens[i].start));
  const isAsync = (i: number) => i >= 0 && tokens[i].contextualKeyword === kw._async && (type(i) === tt.name || type(i) === tt._async);
  // Sucrase types the keyword of a function expression as a name (it reads it as for `function.sent`).
  const isFunction = (i: number) => type(i) === tt._function || (type(i) === tt.name && js.slice(tokens[i].start, tokens[i].end) === 'function');

  /** Whether the function or method whose parameters open at `paren` is async: `async [function] [*] [name] (`. */
  function asyncBefore(paren: number): boolean {
    let i = paren - 1;
    if (type(i) === tt.bracketR) i = (open.get(i) ?? 0) - 1; // a computed method name
    else if (type(i) !== tt.star && !isFunction(i)) i -= type(i - 1) === tt.hash ? 2 : 1; // a name, string, number or #name
    if (type(i) === tt.star) i--;
    if (isFunction(i)) i--;
    return isAsync(i) && !lineBreak(i + 1);
  }

  const bodies: AsyncBody[] = [];
  for (const scope of scopes) {
    // The whole cell is a function scope too: it reaches the end-of-file token, which no function does.
    if (!scope.isFunctionScope || scope.endTokenIndex >= tokens.length) continue;
    const first = scope.startTokenIndex, last = scope.endTokenIndex - 1;
    let arrow = -1, body = -1, async = false, params: [number, number] = [first + 1, first + 2];
    if (isAsync(first) && type(first + 1) === tt.name && type(first + 2) === tt.arrow) { arrow = first + 2; async = true; } // async x =>
    else if (type(first) === tt.parenL && close[first] >= 0) {
      const after = close[first] + 1;
      params = [first + 1, close[first]];
      if (type(after) === tt.arrow) { arrow = after; async = isAsync(first - 1) && !lineBreak(first); } // async (…) =>
      else if (type(after) === tt.braceL) { body = after; async = asyncBefore(first); } // function or method
    }
    // Left out: `x => …` (never async), a body block's own scope (starts at `{`), a function expression's name scope.
    if (!async) continue;
    if (arrow >= 0) body = arrow + 1;
    if (type(body) === tt.braceL && close[body] === last) bodies.push({ start: tokens[body].end, end: tokens[last].start, expression: false, params, body: [body, last + 1] });
    else if (arrow >= 0 && body <= last) bodies.push({ start: tokens[body].start, end: tokens[last].end, expression: true, params, body: [body, last + 1] });
  }
  return bodies;
}

/**
 * The iterable of each `for await (… of iterable)` in `js`: `js.slice(start, end)` is the expression after `of`.
 * @param tokens `parse(js, false, false, false).tokens`
 * @example
 * ```ts
 * const js = 'for await (const of of list.items) {}';
 * forAwaitIterables(parse(js, false, false, false).tokens).map((o) => js.slice(o.start, o.end)); // ['list.items']
 * ```
 */
export function forAwaitIterables(tokens: readonly SucraseToken[]): Operand[] {
  const close = matchBrackets(tokens);
  const found: Operand[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].type !== tt._for || tokens[i + 1].contextualKeyword !== kw._await || tokens[i + 2].type !== tt.parenL) continue;
    const end = close[i + 2];
    if (end < 0) continue;
    for (let j = i + 3; j < end - 1; j++) {
      if (close[j] >= 0) { j = close[j]; continue; } // a pattern or default in the head: its `of` is not the loop's
      // The loop's `of` has no identifier role; a name `of` declared or read in the head has one, a property none.
      const property = tokens[j - 1].type === tt.dot || tokens[j - 1].type === tt.questionDot;
      if (tokens[j].type === tt.name && tokens[j].contextualKeyword === kw._of && tokens[j].identifierRole === null && !property) {
        found.push({ start: tokens[j + 1].start, end: tokens[end - 1].end });
        break;
      }
    }
  }
  return found;
}

/**
 * Where each `await using` declaration's bindings start (the offset just after `using`), leaving out those in a
 * `for (…)` head, where only one binding may be declared.
 * @param tokens `parse(js, false, false, false).tokens`
 * @example
 * ```ts
 * const js = '{ await using r = open(); }';
 * awaitUsings(js, parse(js, false, false, false).tokens); // [13]: `{ await using` ends there
 * ```
 */
export function awaitUsings(js: string, tokens: readonly SucraseToken[]): number[] {
  const type = (i: number) => tokens[i]?.type ?? tt.eof;
  const lineBreak = (i: number) => /[\n\r\u2028\u2029]/.test(js.slice(tokens[i - 1].end, tokens[i].start));
  const found: number[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== tt.name || t.contextualKeyword !== kw._await || t.identifierRole !== null) continue;
    // The same test as await-operands.ts: `await using x` declares, `await using;` awaits the name `using`.
    if (tokens[i + 1].contextualKeyword !== kw._using || type(i + 2) !== tt.name || lineBreak(i + 1) || lineBreak(i + 2)) continue;
    const head = type(i - 1) === tt.parenL && (type(i - 2) === tt._for || (tokens[i - 2]?.contextualKeyword === kw._await && type(i - 3) === tt._for));
    if (!head) found.push(tokens[i + 1].end);
  }
  return found;
}
