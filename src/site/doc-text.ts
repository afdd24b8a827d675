import { renderTex } from '../math/render';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Turns a doc comment's text into HTML: `$…$` and `$$…$$` become KaTeX, `` `code` `` becomes <code>,
 * blank lines become paragraphs. Everything else is escaped.
 */
export function docTextToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => `<p>${inline(para)}</p>`)
    .join('');
}

function inline(para: string): string {
  return para
    .split(/(\$\$[\s\S]+?\$\$|\$[^$\n]+?\$|`[^`]+`)/)
    .map((part) => {
      if (part.startsWith('$$')) return renderTex(part.slice(2, -2), true);
      if (part.startsWith('$') && part.length > 1) return renderTex(part.slice(1, -1));
      if (part.startsWith('`')) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part);
    })
    .join('');
}
