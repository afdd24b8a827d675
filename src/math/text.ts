/**
 * Short prose with TeX and code as HTML: the API page's doc comments (`src/site/doc-text.ts`) and the exercises'
 * task text (`components/Exercise/model.ts`) are written the same way and rendered here.
 */
import { escapeHtml } from '../format/number';
import { renderTex } from './render';

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
    const html = para.split(MARKED).map((part, i) => {
      if (i % 2 === 0) return emphasis ? emphasise(escapeHtml(oneLine(part))) : escapeHtml(oneLine(part));
      if (part.startsWith('$$')) return renderTex(part.slice(2, -2), true);
      if (part.startsWith('$')) return renderTex(part.slice(1, -1));
      return `<code>${escapeHtml(oneLine(part.slice(1, -1)))}</code>`;
    }).join('');
    return `<p>${html}</p>`;
  }).join('');
}
