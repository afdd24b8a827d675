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

it('a one-piece inline formula keeps the punctuation after it on its line; a longer formula is left to break', () => {
  const one = textToHtml('Return $z$, then $a + b = c$.');
  expect(one).toMatch(/^<p>Return <span class="math-nowrap"><span class="katex">.*<\/span>,<\/span> then <span class="katex">/);
  expect(one.endsWith('</span>.</p>')).toBe(true); // "a + b = c" is drawn in several pieces: not glued
  expect(textToHtml('输出 $z$。')).toMatch(/<span class="math-nowrap"><span class="katex">.*<\/span>。<\/span><\/p>$/);
  expect(textToHtml('$z$ and')).not.toContain('math-nowrap');
});
