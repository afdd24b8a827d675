import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { renderTex } from './render';
import { linearizeMath, mathSearchText } from './search-text.mjs';

/** The one-line text of a formula as the pages render it (renderTex: the course's macros, HTML and MathML). */
function searchText(tex: string, display = false): string {
  const tree = fromHtml(renderTex(tex, display), { fragment: true });
  const katex = tree.children.find((c) => c.type === 'element') as Parameters<typeof mathSearchText>[0];
  return mathSearchText(display ? (katex.children.find((c) => c.type === 'element') as typeof katex) : katex);
}

describe('a formula in the search index reads as one line of the course notation', () => {
  // Expected values written by hand in the notation of src/notation's plain text (Θ(1)_ij, ∂J/∂Θ(1)_ij).
  test.each([
    ['\\frac{\\partial J}{\\partial \\Theta^{(1)}_{ij}}', '∂J/∂Θ(1)_ij'],
    ['z^{(2)} = \\Theta^{(1)} a^{(1)}', 'z(2) = Θ(1) a(1)'],
    ['\\delta^{(3)} = a^{(3)} - y', 'δ(3) = a(3) − y'],
    ["g'(z) = g(z)(1 - g(z))", 'g′(z) = g(z)(1 − g(z))'],
    ['\\frac{a + b}{c}', '(a + b)/c'],
    ['x^2 + y_k', 'x^2 + y_k'],
    ['\\sum_{i=1}^{m} \\log h', '∑_(i = 1)^m log h'],
    ['y_k \\log a + (1 - y_k) \\log (1 - a)', 'y_k log a + (1 − y_k) log(1 − a)'],
    ['\\underbrace{\\frac{\\partial J}{\\partial a}}_{①} \\underbrace{\\frac{\\partial a}{\\partial z}}_{②}', '∂J/∂a (①) ∂a/∂z (②)'],
    ['\\hat{y}', 'y^'],
    ['\\frac{\\lambda}{2m} \\sum \\Theta^2', 'λ/(2m) ∑Θ^2'],
    ['g\\!\\left(z^{(2)}\\right)', 'g(z(2))'],
    ["\\operatorname{diag}(g'(z))", 'diag(g′(z))'],
    ['E[\\, y \\mid z]', 'E[y∣z]'],
    ['\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix} \\begin{bmatrix} 3 & 4 \\end{bmatrix}', '[1; 2] [3, 4]'],
    ['g(z) = (1 + e^{-z})^{-1}', 'g(z) = (1 + e^(−z))^(−1)'],
    ['J = -\\frac{1}{m} y', 'J = −1/m y'],
    ['\\sqrt{x + 1}', '√(x + 1)'],
    ['\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}', '[1, 2; 3, 4]'],
    ['\\begin{bmatrix} 0.7414 & -0.2171 \\\\ -0.2403 & 0.7826 \\end{bmatrix}', '[0.7414, −0.2171; −0.2403, 0.7826]'],
    ['-y_i + y_i a_i', '−y_i + y_i a_i'],
    ['(\\Theta^{(2)})^T \\delta^{(3)}', '(Θ(2))^T δ(3)'],
    ['e^{z_k} e^{z_j}', 'e^(z_k) e^(z_j)'],
    ['[v]_{1:s_l}', '[v]_(1:s_l)'],
    ['\\underbrace{2 \\cdot 0.01}_{0.02} + 3', '2 ⋅ 0.01 (0.02) + 3'],
    ['D = \\begin{cases} a + b & j \\ge 1, \\\\ a & j = 0 \\end{cases}', 'D = {a + b, j ≥ 1; a, j = 0'],
    ['\\begin{aligned} J &= a + b \\\\ &= c \\end{aligned}', 'J = a + b; = c'],
  ])('%s → %s', (tex, expected) => {
    expect(searchText(tex)).toBe(expected);
  });

  test('a display equation and its number', () => {
    expect(searchText('J = \\frac{1}{2}(h - y)^2 \\tag{3}', true)).toBe('J = 1/2 (h − y)^2 (3)');
  });

  test('every formula of a passage is replaced in place, the words around it kept; the visual HTML and MathML go', () => {
    const html = `<p>The slope ${renderTex('\\frac{\\partial J}{\\partial b}')} is ${renderTex('\\delta^{(2)}')}.</p>`;
    const tree = fromHtml(html, { fragment: true });
    expect(linearizeMath(tree)).toBe(2);
    expect(toHtml(tree)).toBe('<p>The slope ∂J/∂b is δ(2).</p>');
  });
});
