/**
 * What the `try` prepare.ts puts around an async function's body (async-sites.ts) would change in how the
 * engine reads that body: the body's top level becomes a block inside the function's. Two early errors of the
 * body as written would go unreported, so they are found here for prepare.ts to report:
 * - a `let`, `const`, `class` or `using` at the body's top level that redeclares a parameter (legal in a block);
 * - a `"use strict"` directive in a function with non-simple parameters (in the block it is a mere string).
 * And code legal as written would become an error: at the top level of a (strict) body, function declarations
 * are var-like, so one may repeat or share a `var`'s name; in a block they are lexical. Such a body is not wrapped.
 * Cells are modules, so always strict: the directive's only effect was that error.
 */
import type { SucraseScope, SucraseToken } from 'sucrase/dist/esm/parser/index.js';
import { TokenType as tt } from 'sucrase/dist/esm/parser/tokenizer/types.js';
import { IdentifierRole as role } from 'sucrase/dist/esm/parser/tokenizer/index.js';
import type { AsyncBody } from './async-sites';

/** An early error of the code as written: the engine's (V8's) message and the offset in `js` it points at. */
export interface BodyError { message: string; at: number }

/** What to do with an async block body: report `error`, or leave it unwrapped (`keep`), or wrap it (neither). */
export interface BodyCheck { error?: BodyError; keep?: boolean }

const LEXICAL = new Set([role.BlockScopedDeclaration, role.ObjectShorthandBlockScopedDeclaration]);
const VAR = new Set([role.FunctionScopedDeclaration, role.ObjectShorthandFunctionScopedDeclaration]);
/** Tokens after which a string goes on as an expression (`"use strict" + x`, `"use strict"\n.length`). */
const GOES_ON = new Set([tt.dot, tt.questionDot, tt.parenL, tt.bracketL, tt.backQuote, tt.template, tt.comma, tt.question]);

/**
 * Checks one async block body (`body.expression` false) of `js`.
 * @param tokens, scopes `parse(js, false, false, false)` (Sucrase, types stripped)
 * @example
 * ```ts
 * const js = 'async function f(x) { let x = 1; }';
 * const { tokens, scopes } = parse(js, false, false, false);
 * checkBody(js, tokens, scopes, asyncBodies(js, tokens, scopes)[0]).error;
 * // { message: "Identifier 'x' has already been declared", at: 26 }
 * ```
 */
export function checkBody(js: string, tokens: readonly SucraseToken[], scopes: readonly SucraseScope[], body: AsyncBody): BodyCheck {
  const [open, close] = [body.body[0], body.body[1] - 1];
  const depth = tokens[open].scopeDepth; // the body's top level; its parameters are one scope out
  const text = (t: SucraseToken) => js.slice(t.start, t.end);
  const paramTokens = tokens.slice(...body.params);
  const params = new Set(paramTokens.filter((t) => t.scopeDepth === depth - 1 && VAR.has(t.identifierRole ?? -1)).map(text));
  const simple = paramTokens.every((t) => t.type === tt.name || t.type === tt.comma);

  // The directive prologue: leading statements that are a string alone.
  for (let i = open + 1; i < close && tokens[i].type === tt.string; i++) {
    const next = tokens[i + 1];
    const lineBreak = /[\n\r\u2028\u2029]/.test(js.slice(tokens[i].end, next.start));
    const alone = next.type === tt.semi || i + 1 === close || (lineBreak && !GOES_ON.has(next.type) && !(next.type & tt.PRECEDENCE_MASK) && !(next.type & tt.IS_ASSIGN));
    if (!alone) break;
    if (!simple && (text(tokens[i]) === '"use strict"' || text(tokens[i]) === "'use strict'")) {
      return { error: { message: "Illegal 'use strict' directive in function with non-simple parameter list", at: tokens[i].start } };
    }
    if (next.type === tt.semi) i++;
  }

  // Functions nested in the body: their declarations are their own.
  const nested = scopes.filter((s) => s.isFunctionScope && s.startTokenIndex > open && s.endTokenIndex <= close);
  const inNested = (i: number) => nested.some((s) => s.startTokenIndex <= i && i < s.endTokenIndex);
  const functions: string[] = [], vars: string[] = [];
  for (let i = open + 1; i < close; i++) {
    const t = tokens[i];
    if (t.scopeDepth === depth && LEXICAL.has(t.identifierRole ?? -1) && params.has(text(t))) {
      // V8 points at the name, but at the whole declaration of a class.
      const at = tokens[i - 1].type === tt._class ? tokens[i - 1].start : t.start;
      return { error: { message: `Identifier '${text(t)}' has already been declared`, at } };
    }
    if (!VAR.has(t.identifierRole ?? -1) || inNested(i)) continue;
    const before = tokens[i - 1].type === tt.star ? tokens[i - 2] : tokens[i - 1];
    const declaresFunction = before.type === tt._function || text(before) === 'function';
    if (!declaresFunction) vars.push(text(t));
    else if (t.scopeDepth === depth) functions.push(text(t)); // in a nested block a function is lexical either way
  }
  const keep = functions.some((f, k) => functions.indexOf(f) !== k || vars.includes(f));
  return keep ? { keep } : {};
}
