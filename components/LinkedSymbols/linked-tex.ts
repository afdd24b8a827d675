/**
 * KaTeX with the course macros plus `\htmlData{sym=…}{…}`, so parts of an equation carry `data-sym` for
 * linked symbols. Only `\htmlData` is trusted. Loaded by widgets on the server, and in the browser only on
 * hydration.
 */
import { renderTex } from '../../src/math/render';

/**
 * Render TeX that may contain `\htmlData{sym=name}{…}` to HTML (with MathML).
 * @example
 * ```ts
 * renderLinkedTex('\\htmlData{sym=delta2_1}{\\dl{2}_1} = 0.008771', true);
 * ```
 */
export function renderLinkedTex(tex: string, displayMode = false): string {
  return renderTex(tex, displayMode, { linkedSymbols: true });
}
