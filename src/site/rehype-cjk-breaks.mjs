/**
 * Rehype plugin: a line break in the source between two Chinese characters is not a space. Browsers render a
 * newline inside a paragraph as a space, which is right between English words but wrong in Chinese text, where
 * words are not separated (reader QA: “在输入时 即时检查” from a line wrapped in the zh source). Removes whitespace
 * that contains a newline when the characters on both sides are CJK (ideographs, CJK punctuation, full-width
 * forms), also across the edge of an inline element (`…网络\n<strong>参数</strong>`), and before a full-width
 * punctuation mark that follows inline math (`$b$\n，或者`). Leaves code, preformatted text and KaTeX's output alone.
 */
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF';
const INSIDE = new RegExp(`([${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'gu');
const LEADING = /^[ \t]*\n\s*/;
const TRAILING = /[ \t]*\n\s*$/;
const IS_CJK = new RegExp(`^[${CJK}]$`, 'u');
/** Full-width punctuation never takes a space before it. */
const PUNCTUATION = /^[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]$/u;
const SKIP_TAGS = new Set(['pre', 'code', 'script', 'style', 'textarea']);

export default function rehypeCjkBreaks() {
  return (tree) => { visit(tree); };
}

function skipped(node) {
  if (node.type !== 'element') return false;
  if (SKIP_TAGS.has(node.tagName)) return true;
  const cls = node.properties?.className;
  return Array.isArray(cls) && (cls.includes('katex') || cls.includes('katex-display'));
}

/** The first or last character of the text inside a node (not looking into skipped elements: math counts as Latin). */
function edge(node, last) {
  if (node.type === 'text') { const t = node.value.trim(); return t ? (last ? [...t].at(-1) : [...t][0]) : ''; }
  if (node.type !== 'element' || skipped(node)) return node.type === 'element' ? 'x' : '';
  const kids = last ? [...(node.children ?? [])].reverse() : node.children ?? [];
  for (const k of kids) { const c = edge(k, last); if (c) return c; }
  return '';
}

function visit(node) {
  if (skipped(node) || !node.children) return;
  const kids = node.children;
  kids.forEach((k, n) => {
    if (k.type !== 'text') return visit(k);
    k.value = k.value.replace(INSIDE, '$1');
    const first = [...k.value.trimStart()][0] ?? '';
    const last = [...k.value.trimEnd()].at(-1) ?? '';
    const before = n > 0 ? edge(kids[n - 1], true) : '';
    const after = n < kids.length - 1 ? edge(kids[n + 1], false) : '';
    if (LEADING.test(k.value) && (PUNCTUATION.test(first) || (IS_CJK.test(first) && IS_CJK.test(before)))) k.value = k.value.replace(LEADING, '');
    if (TRAILING.test(k.value) && IS_CJK.test(last) && IS_CJK.test(after)) k.value = k.value.replace(TRAILING, '');
  });
}
