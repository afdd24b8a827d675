import { expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeCjkBreaks from './rehype-cjk-breaks.mjs';

const run = (html: string) => { const t = fromHtml(html, { fragment: true }); rehypeCjkBreaks()(t); return toHtml(t); };

it('joins a line wrapped between two Chinese characters, also next to inline markup', () => {
  expect(run('<p>在输入时\n即时检查</p>')).toBe('<p>在输入时即时检查</p>');
  expect(run('<p>分享这个\n  <strong>网络</strong>吧</p>')).toBe('<p>分享这个<strong>网络</strong>吧</p>');
  expect(run('<p><em>代价</em>\n函数</p>')).toBe('<p><em>代价</em>函数</p>');
});

it('drops the break before full-width punctuation after inline math', () => {
  expect(run('<p>改变 <span class="katex">b</span>\n，或者</p>')).toBe('<p>改变 <span class="katex">b</span>，或者</p>');
});

it('keeps spaces between Chinese and Latin text or math, in English, in code and inside KaTeX', () => {
  const same = [
    '<p>用\n<span class="katex">x</span> 表示</p>',
    '<p>the chain\nrule</p>',
    '<p>激活值\nsigmoid</p>',
    '<pre><code>// 注释\n// 第二行</code></pre>',
    '<span class="katex">文\n字</span>',
  ];
  for (const html of same) expect(run(html)).toBe(html);
});
