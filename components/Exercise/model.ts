/** Pure helpers of the exercise widget: the task text as HTML (code and TeX) and per-lesson progress. */
import { renderTex } from '../../src/math/render';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `**strong**` and `*emphasis*` in already escaped text (not inside code or TeX). */
function emphasis(html: string): string {
  return html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/\*([^*\s][^*]*)\*/g, '<em>$1</em>');
}

/**
 * Task text to HTML: blank lines separate paragraphs, `code` becomes <code>, $tex$ is typeset with KaTeX
 * and the course macros, `**strong**` and `*emphasis*` are marked; everything else is escaped.
 * @example
 * ```ts
 * renderTask('Return $g\'(z)$ from `gPrime`.'); // '<p>Return <span class="katex">…</span> from <code>gPrime</code>.</p>'
 * ```
 */
export function renderTask(task: string): string {
  return task.trim().split(/\n\s*\n/).map((para) => {
    const html = para.split(/(\$[^$]+\$|`[^`]+`)/).map((part) => {
      if (part.startsWith('$') && part.endsWith('$') && part.length > 2) return renderTex(part.slice(1, -1), false);
      if (part.startsWith('`') && part.endsWith('`') && part.length > 2) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return emphasis(escapeHtml(part));
    }).join('');
    return `<p>${html.replace(/\s*\n\s*/g, ' ')}</p>`;
  }).join('\n');
}

export { lessonDone } from './model-progress';
