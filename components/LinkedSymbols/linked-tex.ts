/**
 * KaTeX with the course macros, like `renderTex` (src/math/render.ts), plus `\htmlData{sym=…}{…}` so
 * parts of an equation carry `data-sym` for linked symbols. Only `\htmlData` is trusted; any other
 * HTML extension is still refused. Loaded by widgets on the server, and in the browser only on hydration.
 */
import katex from 'katex';
import macros from '../../src/math/macros.json';

/**
 * Render TeX that may contain `\htmlData{sym=name}{…}` to HTML (with MathML).
 * @example
 * ```ts
 * renderLinkedTex('\\htmlData{sym=delta2_1}{\\dl{2}_1} = 0.008771', true);
 * ```
 */
export function renderLinkedTex(tex: string, displayMode = false): string {
  return katex.renderToString(tex, {
    displayMode,
    macros: { ...macros },
    throwOnError: true,
    strict: 'ignore',
    output: 'htmlAndMathml',
    trust: (ctx) => ctx.command === '\\htmlData',
  });
}
