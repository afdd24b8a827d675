import { expect, it } from 'vitest';
import katex from 'katex';
import { layoutTaggedHtml } from './tag-layout.mjs';
import { renderTex } from './render';

it('wraps everything between the start of the HTML layer and the tag in one formula box', () => {
  const raw = katex.renderToString('x + y \\tag{3.2}', { displayMode: true, output: 'htmlAndMathml' });
  const out = layoutTaggedHtml(raw);
  // Same glyphs, two extra tags' worth of markup, and a space before the tag (a word break for the site search).
  expect(out.replace(/<span class="katex-formula">|<\/span>| katex-tagged| (?=<span class="katex-tag">)/g, '')).toBe(raw.replace(/<\/span>/g, ''));
  expect(out).toContain('<span class="katex-html katex-tagged" aria-hidden="true"><span class="katex-formula">');
  expect(out).toMatch(/<\/span><\/span> <span class="katex-tag">/);
});

it('leaves untagged equations alone, and renderTex applies the layout to display math only', () => {
  const raw = katex.renderToString('x + y', { displayMode: true });
  expect(layoutTaggedHtml(raw)).toBe(raw);
  expect(renderTex('x \\tag{1}', true)).toContain('katex-formula');
  expect(renderTex('x', false)).not.toContain('katex-formula');
});
