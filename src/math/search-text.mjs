/**
 * The text a search index holds for a formula: KaTeX's MathML read as one line, the way the course writes notation in
 * plain text (src/notation: `Θ(1)_ij`, `∂J/∂Θ(1)_ij`). KaTeX draws a formula twice, as visual HTML and as MathML
 * for screen readers, and both read as flat text lose the structure: `\frac{∂J}{∂Θ^{(1)}_{ij}}` became "∂J∂Θij(1)"
 * in search excerpts (reader QA, severity 2). Used only for the index (scripts/postbuild.mjs); the pages keep KaTeX's
 * output as it is.
 *
 * Input and output are hast trees (rehype's HTML syntax tree, as hast-util-from-html gives it).
 * - a fraction is `a/b`, a part of several terms in brackets: `(a + b)/c`, spaced from a factor after it: `1/m y`;
 * - a superscript in brackets (our layer index) follows its base: `Θ(1)`; a prime too: `g′`; any other is `^`: `x^2`;
 * - a subscript is `_`: `Θ(1)_ij`, in brackets when it has several terms: `∑_(i=1)^m`;
 * - operators and relations between terms are spaced (`a = b + c`), and so is a symbol after a script (`y_i a_i`);
 *   a function name is spaced from its argument (`log h`);
 * - a matrix's entries are separated by `,` and its rows by `;` (`[0.7414, −0.2171; −0.2403, 0.7826]`), a case's
 *   value from its condition by `,`;
 * - a brace's label follows the part in brackets: `2 ⋅ 0.01 (0.02)`.
 */

import { CONTINUE, EXIT, SKIP, visit } from 'unist-util-visit';

const kids = (node) => (node.children ?? []).filter((c) => c.type === 'element' || c.type === 'text');
const classes = (node) => (Array.isArray(node.properties?.className) ? node.properties.className : []);

/** Operators written with a space on each side when they stand between terms. */
const SPACED = new Set(['=', '≈', '≠', '<', '>', '≤', '≥', '+', '−', '-', '×', '·', '⋅', '⊙', '→', '←', '↦', '∈', ':=', '≡', '∝', '∘', '⊗']);

/** One token or group: `x`, `Θ(1)`, `ij`, `(1)` stay as they are; anything with a space or an operator is bracketed. */
function group(text) {
  // A number times a symbol is two factors too: λ/(2m), not λ/2m.
  return (/^[^\s+−=]*$/u.test(text) && !/^[\d.]+\p{L}/u.test(text)) || /^\(.*\)$/u.test(text) ? text : `(${text})`;
}

/** Large operators: their limits end with a space before the term they apply to (`∑_(i = 1)^m log h`), as do the
 * scripts of a fraction (`(∂J/∂z)_1 x`). */
const BIG = /^[∑∏∫∮⋃⋂]$/u;
const scripted = (base, text) => (BIG.test(base) || base.includes('/') ? `${text} ` : text); // a fraction's label too
/** Braces drawn under or over a part (`\underbrace`, `\overbrace`): left out; their labels follow in brackets. */
const BRACES = /^[⏟⏞︸︷]$/u;
const SCRIPTS = new Set(['msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover']);
/** Whether an element is a part with a brace under or over it (the base of its label's script). */
const isBraced = (node) => node?.type === 'element' && (node.tagName === 'munder' || node.tagName === 'mover') && BRACES.test(linear(kids(node)[1] ?? { type: 'text', value: '' }).trim());

/** The linear text of one MathML element (and its children). */
function linear(node) {
  if (node.type === 'text') return node.value;
  const parts = kids(node);
  const text = (n) => linear(n).trim();
  switch (node.tagName) {
    case 'annotation':
    case 'annotation-xml':
    case 'mphantom':
      return '';
    case 'mi': {
      const name = parts.map(linear).join('');
      return /^\p{L}{2,}$/u.test(name) ? ` ${name}` : name; // a function name (log, exp, max) is a word: "y_k log a"
    }
    case 'mtext': {
      const t = parts.map(linear).join('');
      if (/^\s*\u2063$/u.test(t)) return ''; // KaTeX's negative space (\!): a space and an invisible separator
      return t.replace(/\u00a0/g, ' ');
    }
    case 'mn':
    case 'ms':
      return parts.map(linear).join('').replace(/\u00a0/g, ' ');
    case 'mo': {
      const op = parts.map(linear).join('').trim();
      if (op === '\u2061') return ' '; // function application: "log h"
      if (op === '\u2062') return ''; // invisible times
      if (op === '\u2063' || op === ',') return ', ';
      return SPACED.has(op) ? ` ${op} ` : op;
    }
    case 'mspace': // a thin space is a space; a negative one (\!) pulls symbols together
      return String(node.properties?.width ?? '').startsWith('-') ? '' : ' ';
    case 'mfrac': // spaced from what follows: "1/m y", not "1/my"
      return `${group(text(parts[0]))}/${group(text(parts[1]))} `;
    case 'msqrt':
      return `√${group(parts.map(linear).join('').trim())}`;
    case 'mroot':
      return `${text(parts[1])}√${group(text(parts[0]))}`;
    case 'msup':
      return scripted(text(parts[0]), text(parts[0]) + sup(text(parts[1])));
    case 'msub':
    case 'munder':
      if (BRACES.test(text(parts[1]))) return text(parts[0]); // \underbrace: the brace is drawing, not text
      if (isBraced(parts[0])) return `${text(parts[0])} (${text(parts[1])}) `; // its label: "2 ⋅ 0.01 (0.02)"
      return scripted(text(parts[0]), text(parts[0]) + sub(text(parts[1])));
    case 'msubsup':
      // Our notation puts the layer before the indices: Θ(1)_ij; other superscripts after: ∑_(i=1)^m.
      return scripted(text(parts[0]), /^\(.*\)$|^′+$/u.test(text(parts[2])) ? text(parts[0]) + sup(text(parts[2])) + sub(text(parts[1])) : text(parts[0]) + sub(text(parts[1])) + sup(text(parts[2])));
    case 'mover':
      if (BRACES.test(text(parts[1]))) return text(parts[0]);
      if (isBraced(parts[0])) return `${text(parts[0])} (${text(parts[1])}) `;
      // An accent (ŷ, x̄, a⃗) is written after its base: "y^" reads as "y hat".
      return node.properties?.accent === 'true' || node.properties?.accent === true ? text(parts[0]) + text(parts[1]) : text(parts[0]) + sup(text(parts[1]));
    case 'munderover':
      return scripted(text(parts[0]), text(parts[0]) + sub(text(parts[1])) + sup(text(parts[2])));
    case 'mtable':
      // Matrix entries and a case's value and condition are separated by commas, rows by semicolons; an aligned
      // equation's next cell goes on with a relation ("J" "= …") and is only spaced, as is an equation number.
      return parts.map((row) => kids(row).map((cell) => text(cell)).filter((c) => c !== '')
        .reduce((line, cell) => (line === '' ? cell : /^[=≈≠<>≤≥→⟹]|^\([\d.]+\)$/u.test(cell) ? `${line} ${cell}` : `${line}, ${cell}`), '')).join('; ');
    default: { // math, semantics, mrow, mstyle, mpadded, menclose, …
      // A script ends a symbol: what follows it is a new factor ("y_i a_i", "(Θ(2))^T δ(3)", "e^(z_k) e^(z_j)").
      let out = '';
      parts.forEach((child, n) => {
        const piece = linear(child);
        if (n > 0 && SCRIPTS.has(parts[n - 1].tagName) && /^[\p{L}\p{N}∂√]/u.test(piece)) out += ' ';
        out += piece;
      });
      return out;
    }
  }
}

/** A script in brackets when it has parts of its own: `e^(z_k)`, `_(1:s_l)`, `^(−1)`; `_ij`, `^2`, `^T` stay bare. */
function scriptGroup(s) {
  return /[_^:]/u.test(s) && !/^\(.*\)$/u.test(s) ? `(${s})` : group(s);
}

function sup(s) {
  if (s === '') return '';
  return /^\(.*\)$|^′+$/u.test(s) ? s : `^${scriptGroup(s)}`;
}

function sub(s) {
  return s === '' ? '' : `_${scriptGroup(s)}`;
}

/**
 * The one-line text of a KaTeX formula: `∂J/∂Θ(1)_ij` for `\frac{\partial J}{\partial \Theta^{(1)}_{ij}}`.
 * @param {import('hast').Element} katexElement an element of class `katex` (KaTeX's output for one formula)
 * @returns {string} the formula as plain text, spaces collapsed; '' when it holds no MathML
 */
export function mathSearchText(katexElement) {
  let math;
  visit(katexElement, 'element', (node) => (node.tagName === 'math' ? ((math = node), EXIT) : CONTINUE));
  if (!math) return '';
  // Invisible times, separator and plus (KaTeX puts one after \!) go; function application is a space.
  return linear(math).replace(/[\u2062-\u2064]/gu, '').replace(/\s+/g, ' ').trim()
    .replace(/([([]) /g, '$1').replace(/ ([)\],;])/g, '$1').replace(/[,.];/g, ';')
    .replace(/(\p{L}{2,}) \(/gu, '$1(') // a named function's argument: diag(g′(z)), softmax(z)
    .replace(/\]\[/g, '] [') // a product of two matrices
    // A sign with nothing to its left (start, bracket, script, another operator, a new entry) is unary: −z, e^(−z),
    // = −1/m, [0.7414, −0.2171; −0.2403, 0.7826].
    .replace(/(^|[([{^_/]|[=≈≠<>≤≥,;] ) ?([−+]) /gu, '$1$2');
}

/**
 * Replaces every KaTeX formula in a hast tree (class `katex`, inline or inside a display block) with its one-line
 * text ({@link mathSearchText}), in place. Returns how many formulas it replaced.
 * @param {import('hast').Root | import('hast').Element} tree
 */
export function linearizeMath(tree) {
  let count = 0;
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined || !classes(node).includes('katex')) return CONTINUE;
    parent.children[index] = { type: 'text', value: mathSearchText(node) };
    count++;
    return SKIP;
  });
  return count;
}
