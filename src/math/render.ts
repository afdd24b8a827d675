import katex from 'katex';
import macros from './macros.json';
import { layoutTaggedHtml } from './tag-layout.mjs';

/** Options of {@link renderTex}. */
export interface RenderTexOptions {
  /** Allow `\htmlData{sym=…}{…}` (and only that HTML extension), so parts of an equation carry `data-sym`. */
  linkedSymbols?: boolean;
}

/**
 * Renders TeX to KaTeX HTML (plus MathML for screen readers) with the course's notation macros, the same
 * ones the Markdown pipeline uses. Works at build time and in the browser. Throws on a TeX error, so a
 * broken equation fails the build instead of showing red text to readers. A display equation's `\tag` is laid
 * out beside or below the formula, never over it (`tag-layout.mjs`).
 */
export function renderTex(tex: string, displayMode = false, opts: RenderTexOptions = {}): string {
  const html = katex.renderToString(tex, {
    displayMode,
    macros: { ...macros },
    throwOnError: true,
    strict: 'ignore',
    output: 'htmlAndMathml',
    trust: opts.linkedSymbols ? (ctx) => ctx.command === '\\htmlData' : false,
  });
  return displayMode ? layoutTaggedHtml(html) : html;
}
