import { expect, it } from 'vitest';
import { textToHtml } from './text';

it('prose stays prose: a lone dollar, asterisks without the emphasis option, line breaks as spaces', () => {
  expect(textToHtml('It costs $5 and\na * b * c.')).toBe('<p>It costs $5 and a * b * c.</p>');
  expect(textToHtml('`a`$5')).toBe('<p><code>a</code>$5</p>');
});

it('with emphasis, **strong** and *em* are marked in the prose only', () => {
  expect(textToHtml('**Check** *then* `a *b* c`', { emphasis: true })).toBe('<p><strong>Check</strong> <em>then</em> <code>a *b* c</code></p>');
});

it('paragraphs, inline and display TeX, escaping', () => {
  const html = textToHtml('  One <i>\n\n$$x^2$$ and $y$ "q"  ');
  expect(html).toMatch(/^<p>One &lt;i&gt;<\/p><p><span class="katex-display">/);
  expect(html.match(/class="katex"/g)).toHaveLength(2);
  expect(html).toMatch(/ and <span class="katex">.* &quot;q&quot;<\/p>$/);
});
