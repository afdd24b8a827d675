/** Pure helpers of the exercise widget: the task text as HTML (code and TeX) and per-lesson progress. */
import { textToHtml } from '../../src/math/text';

/**
 * Task text to HTML: blank lines separate paragraphs, `code` becomes <code>, $tex$ is typeset with KaTeX
 * and the course macros, `**strong**` and `*emphasis*` are marked; everything else is escaped (`src/math/text.ts`,
 * shared with the API page's doc comments).
 * @example
 * ```ts
 * renderTask('Return $g\'(z)$ from `gPrime`.'); // '<p>Return <span class="katex">…</span> from <code>gPrime</code>.</p>'
 * ```
 */
export function renderTask(task: string): string {
  return textToHtml(task, { emphasis: true });
}

export { lessonDone } from './model-progress';
