/**
 * TypeScript → JavaScript by Sucrase's TypeScript transform alone. Sucrase's `transform()` also bundles
 * option validation and source maps (≈ 20 KB we never use), so this calls the same pipeline directly,
 * as `transform(code, { transforms: ['typescript'], disableESTransforms: true, keepUnusedImports: true })`
 * does. Types become whitespace and every line stays where it was.
 */
import NameManager from 'sucrase/dist/esm/NameManager.js';
import { HelperManager } from 'sucrase/dist/esm/HelperManager.js';
import TokenProcessor from 'sucrase/dist/esm/TokenProcessor.js';
import RootTransformer from 'sucrase/dist/esm/transformers/RootTransformer.js';
import { parse } from 'sucrase/dist/esm/parser/index.js';

/** JavaScript made from TypeScript, and the way back. */
export interface Stripped {
  js: string;
  /** The offset in the TypeScript of an offset in `js`: exact at the start of every token (where V8 puts errors). */
  source(offset: number): number;
}

/**
 * @throws SyntaxError with `loc` ({ line, column }, 1-based) on a syntax error
 * @example
 * ```ts
 * stripTypes('const a: number = 1;'); // 'const a = 1;'
 * ```
 */
export function stripTypes(code: string): string {
  return stripTypesMapped(code).js;
}

/**
 * {@link stripTypes}, plus where each position came from: a stripped type shortens its line, so a column
 * after it in the JavaScript is further left than in the reader's code.
 * @throws SyntaxError as {@link stripTypes}
 * @example
 * ```ts
 * const s = stripTypesMapped('const a: number = f();');
 * s.js;          // 'const a = f();'
 * s.source(10);  // 18: the `f`
 * ```
 */
export function stripTypesMapped(code: string): Stripped {
  const options = { transforms: ['typescript'], disableESTransforms: true, keepUnusedImports: true };
  const { tokens, scopes } = parse(code, false, true, false);
  const nameManager = new NameManager(code, tokens);
  const helperManager = new HelperManager(nameManager);
  const tokenProcessor = new TokenProcessor(code, tokens, false, true, helperManager);
  const context = { tokenProcessor, scopes, nameManager, importProcessor: null, helperManager };
  const { code: js, mappings } = new RootTransformer(context, ['typescript'], false, options).transform();
  // Output offset of each token that was written (a removed type token maps to where it would have been).
  const out: number[] = [];
  const from: number[] = [];
  mappings.forEach((m, i) => { if (m !== undefined) { out.push(m); from.push(tokens[i].start); } });
  return {
    js,
    source(offset) {
      // The last token written at or before `offset` (the one written, when a removed one maps there too).
      let lo = 0, hi = out.length - 1, k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (out[mid] <= offset) { k = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return k < 0 ? Math.min(offset, code.length) : Math.min(from[k] + (offset - out[k]), code.length);
    },
  };
}
