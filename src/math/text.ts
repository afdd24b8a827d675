/**
 * Short prose with TeX and code as HTML: the API page's doc comments (`src/site/doc-text.ts`) and the exercises'
 * task text (`components/Exercise/model.ts`) are written the same way and rendered here.
 */
import { escapeHtml } from '../format/number';
import { renderTex } from './render';
import { PUNCT } from './rehype-math-punct.mjs';

/** Options of {@link textToHtml}. */
export interface TextHtmlOptions {
  /** Also mark `**strong**` and `*emphasis*` in the prose (never inside code or TeX). Default false. */
  emphasis?: boolean;
}

/** `$$…$$`, `$…$` and `` `…` ``: the split keeps them at the odd indices, the prose between them at the even ones. */
const MARKED = /(\$\$[\s\S]+?\$\$|\$[^$]+\$|`[^`]+`)/;

/** `**strong**` and `*emphasis*` in already escaped text. */
function emphasise(html: string): string {
  return html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/\*([^*\s][^*]*)\*/g, '<em>$1</em>');
}

/**
 * Text to HTML: blank lines separate paragraphs (other line breaks are spaces), `$$tex$$` is a display equation and
 * `$tex$` inline TeX (KaTeX with the course macros), `` `code` `` becomes <code>; everything else is escaped.
 * @example
 * ```ts
 * textToHtml('Return $g\'(z)$ from `gPrime`.'); // '<p>Return <span class="katex">…</span> from <code>gPrime</code>.</p>'
 * ```
 */
export function textToHtml(text: string, { emphasis = false }: TextHtmlOptions = {}): string {
  const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');
  return text.trim().split(/\n\s*\n/).map((para) => {
    const parts = para.split(MARKED);
    const html = parts.map((part, i) => {
      if (i % 2 === 0) return emphasis ? emphasise(escapeHtml(oneLine(part))) : escapeHtml(oneLine(part));
      if (part.startsWith('$$')) return renderTex(part.slice(2, -2), true);
      if (part.startsWith('$')) {
        const tex = renderTex(part.slice(1, -1));
        // A one-piece formula keeps the punctuation after it on its line (see rehype-math-punct.mjs).
        const mark = PUNCT.exec(parts[i + 1] ?? '')?.[0];
        if (!mark || tex.split('class="katex-base"').length !== 2) return tex;
        parts[i + 1] = parts[i + 1]!.slice(mark.length);
        return `<span class="math-nowrap">${tex}${escapeHtml(mark)}</span>`;
      }
      return `<code>${escapeHtml(oneLine(part.slice(1, -1)))}</code>`;
    }).join('');
    return `<p>${html}</p>`;
  }).join('');
}
