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

/**
 * Chinese text ends its sentences with Chinese punctuation: no Latin full stop right after a Chinese character or a
 * link whose text ends in one (reader QA: the Chinese 404 page read “返回课程首页.”). Checked on the Chinese parts of
 * every page (Chinese pages, and sections marked lang="zh-CN" elsewhere, as on the 404 page), outside code and math.
 */
it('no Latin full stop ends a Chinese sentence', () => {
  const found: string[] = [];
  for (const path of PAGES) {
    const page = html(path);
    const parts = path.startsWith('/zh/') ? [page] : [...page.matchAll(/<section lang="zh-CN"[\s\S]*?<\/section>/g)].map((m) => m[0]);
    for (const part of parts) {
      const text = part
        .replace(/<(code|script|style|textarea|pre)\b[\s\S]*?<\/\1>/g, 'x')
        .replace(/<span class="katex[\s\S]*?<\/annotation>/g, 'x')
        .replace(/<[^>]+>/g, '');
      for (const m of text.matchAll(/\p{Script=Han}\.(?=\s|$)/gu)) found.push(`${path}: …${text.slice(Math.max(0, m.index! - 12), m.index! + 2)}`);
    }
  }
  expect(found.slice(0, 20)).toEqual([]);
});
