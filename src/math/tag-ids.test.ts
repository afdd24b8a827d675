import { expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import rehypeKatex from 'rehype-katex';
import macros from './macros.json';
import rehypeEquationIds from './tag-ids.mjs';

async function render(html: string): Promise<string> {
  const file = await unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeKatex, { macros })
    .use(rehypeEquationIds)
    .use(rehypeStringify)
    .process(html);
  return String(file);
}

it('gives tagged display equations an id from their tag, and leaves untagged ones alone', async () => {
  const html = await render(
    '<div class="math math-display">\\zl{2} = \\Th{1}\\al{1} \\tag{1.3}</div><div class="math math-display">x</div>',
  );
  expect(html).toContain('id="eq-1.3"');
  expect(html.match(/id="eq-/g)).toHaveLength(1);
});

it('expands the shared notation macros', async () => {
  const html = await render('<span class="math math-inline">\\dl{3}</span>');
  expect(html).toContain('δ');
  expect(html).not.toContain('katex-error');
});

it('puts the formula of a tagged equation in its own box before the tag, so CSS can keep them apart', async () => {
  const html = await render('<div class="math math-display">a = b \\tag{2.1}</div>');
  const formula = html.indexOf('class="katex-formula"');
  const tag = html.indexOf('class="katex-tag"');
  expect(formula).toBeGreaterThan(html.indexOf('katex-tagged'));
  expect(tag).toBeGreaterThan(formula);
  // The formula's glyphs are inside the formula box: the box closes right before the tag opens (after a space,
  // which keeps the tag a word of its own for the site search).
  expect(html.slice(formula, tag)).toMatch(/>a<.*>b<.*<\/span><\/span> <span $/s);
});
