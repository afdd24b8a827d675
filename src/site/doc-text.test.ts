import { expect, it } from 'vitest';
import { docTextToHtml } from './doc-text';

it('typesets math, marks code and escapes the rest', () => {
  const html = docTextToHtml('The cost $J$ of `net` <b>\n\nSecond $$\\dl{2}$$');
  expect(html).toMatch(/^<p>The cost <span class="katex">/);
  expect(html).toContain('<code>net</code> &lt;b&gt;</p><p>Second ');
  expect(html).toContain('katex-display');
});
