import { expect, it } from 'vitest';
import { PAGES, html } from './built-site';

/**
 * A line break in the source between two Chinese characters must not reach the page, where the browser would show it
 * as a space (reader QA: “在输入时 即时检查”). Checked on every Chinese page's text outside code, scripts and KaTeX,
 * independently of the rehype plugin that removes them (src/site/rehype-cjk-breaks.mjs).
 */
it('no Chinese page has a line break between two Chinese characters in its text', () => {
  const zh = PAGES.filter((p) => p.startsWith('/zh/'));
  expect(zh.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const path of zh) {
    // The text of each paragraph (where prose is written in the source across lines); code and math count as Latin
    // text (x), next to which a space is right.
    const text = [...html(path).matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((p) => p[1]!
      .replace(/<(code|script|textarea)\b[\s\S]*?<\/\1>/g, 'x')
      .replace(/<span class="katex[\s\S]*?<\/annotation>/g, 'x')
      .replace(/<[^>]+>/g, ''));
    for (const paragraph of text) {
      for (const m of paragraph.matchAll(/[\p{Script=Han}，。：；、！？][ \t]*\n\s*[\p{Script=Han}，。：；、！？]/gu)) found.push(`${path}: ${JSON.stringify(m[0])}`);
    }
  }
  expect(found.slice(0, 20)).toEqual([]);
});
