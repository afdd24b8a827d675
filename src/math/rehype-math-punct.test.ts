import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeMathPunct from './rehype-math-punct.mjs';

/** Inline math as rehype-katex draws it: `.katex` > `.katex-html` > one `.katex-base` per unbreakable piece. */
const math = (pieces: number) =>
  `<span class="katex"><span class="katex-html" aria-hidden="true">${'<span class="katex-base">x</span>'.repeat(pieces)}</span></span>`;
const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  (rehypeMathPunct() as (t: unknown) => void)(tree);
  return toHtml(tree);
};

describe('punctuation after inline math', () => {
  test('a one-piece formula and the marks after it go into one unbreakable span; the text after them stays', () => {
    expect(run(`<p>in ${math(1)}. A linear</p>`)).toBe(`<p>in <span class="math-nowrap">${math(1)}.</span> A linear</p>`);
    expect(run(`<p>(${math(1)}), then</p>`)).toBe(`<p>(<span class="math-nowrap">${math(1)}),</span> then</p>`);
    expect(run(`<p>输出 ${math(1)}，或者</p>`)).toBe(`<p>输出 <span class="math-nowrap">${math(1)}，</span>或者</p>`);
    expect(run(`<li><strong>${math(1)}:</strong></li>`)).toBe(`<li><strong><span class="math-nowrap">${math(1)}:</span></strong></li>`);
  });

  test('left alone: a formula of several pieces, math followed by a word or a space, display math', () => {
    for (const html of [`<p>${math(3)}, target</p>`, `<p>${math(1)} and</p>`, `<p>${math(1)} .</p>`,
      `<div class="katex-display">${math(1)}.</div>`, `<p>${math(1)}</p>`]) expect(run(html)).toBe(html);
  });
});
