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

/**
 * @throws SyntaxError with `loc` ({ line, column }, 1-based) on a syntax error
 * @example
 * ```ts
 * stripTypes('const a: number = 1;'); // 'const a = 1;'
 * ```
 */
export function stripTypes(code: string): string {
  const options = { transforms: ['typescript'], disableESTransforms: true, keepUnusedImports: true };
  const { tokens, scopes } = parse(code, false, true, false);
  const nameManager = new NameManager(code, tokens);
  const helperManager = new HelperManager(nameManager);
  const tokenProcessor = new TokenProcessor(code, tokens, false, true, helperManager);
  const context = { tokenProcessor, scopes, nameManager, importProcessor: null, helperManager };
  return new RootTransformer(context, ['typescript'], false, options).transform().code;
}
