import { hasClass, layoutTaggedHast } from './tag-layout.mjs';

/**
 * Rehype plugin: gives every display equation that carries a KaTeX `\tag{…}` an id (`eq-2.3` for
 * `\tag{2.3}`), so a lesson can link to "(2.3)" with `[(2.3)](#eq-2.3)`, and lays the tag out beside
 * or below the formula, never over it (`tag-layout.mjs`). Runs after rehype-katex.
 */
export default function rehypeEquationIds() {
  return (tree) => visit(tree);
}

function visit(node) {
  if (node.type === 'element' && hasClass(node, 'katex-display')) {
    const tag = findTag(node);
    if (tag) {
      node.properties.id = `eq-${tag}`;
      layoutTaggedHast(node);
    }
    return;
  }
  for (const child of node.children ?? []) visit(child);
}

/** The text inside the `.katex-tag` span (`.tag` before KaTeX 0.17) of KaTeX's HTML output, without the parentheses. */
function findTag(node) {
  if (node.type === 'element' && hasClass(node, 'katex-tag') || hasClass(node, 'tag')) {
    return textOf(node).replace(/[()\s]/g, '') || null;
  }
  for (const child of node.children ?? []) {
    const found = findTag(child);
    if (found) return found;
  }
  return null;
}

function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}
