/**
 * Rehype plugin (after rehype-katex): keeps a punctuation mark on the line of the inline formula it follows. Chromium
 * breaks a line after an inline-block whatever comes next, and KaTeX draws each unbreakable piece of a formula as an
 * inline-block (`.katex-base`), so "…stays in $(0,1)$. A linear…" could put ". A linear" at the start of the next line
 * (reader QA, lessons 2, 4, 8, 9 at 360 and 1280 px; a word joiner does not stop it). A formula made of ONE piece has
 * no break opportunity of its own: it and the punctuation after it (`.,;:!?)]` and full-width `，。；：！？）】、`) go
 * into `<span class="math-nowrap">`, which does not break (global.css). A formula of several pieces is left as it is:
 * gluing it whole could push a long formula past a phone's edge, and its own breaks are where it may wrap.
 * Component text with TeX (exercise tasks, hints, API docs) gets the same treatment in src/math/text.ts.
 */
/** The punctuation marks that must not start a line after a formula (a run of them, at the start of a text). */
export const PUNCT = /^[.,;:!?)\]，。；：！？）】、]+/u;

const classes = (node) => (node.type === 'element' && Array.isArray(node.properties?.className) ? node.properties.className : []);

/** How many `.katex-base` pieces a formula is drawn in. */
function pieces(node) {
  if (node.type !== 'element') return 0;
  return (classes(node).includes('katex-base') ? 1 : 0) + (node.children ?? []).reduce((n, c) => n + pieces(c), 0);
}

export default function rehypeMathPunct() {
  return (tree) => { visit(tree); };
}

function visit(node) {
  if (!node.children) return;
  const cls = classes(node);
  if (cls.includes('katex') || cls.includes('katex-display')) return; // inside math: nothing to do
  const kids = node.children;
  for (let i = 0; i < kids.length; i++) {
    const math = kids[i], next = kids[i + 1];
    if (classes(math).includes('katex') && next?.type === 'text' && PUNCT.test(next.value) && pieces(math) === 1) {
      const mark = PUNCT.exec(next.value)[0];
      next.value = next.value.slice(mark.length);
      kids[i] = { type: 'element', tagName: 'span', properties: { className: ['math-nowrap'] }, children: [math, { type: 'text', value: mark }] };
      if (next.value === '') kids.splice(i + 1, 1);
    } else visit(kids[i]);
  }
}
