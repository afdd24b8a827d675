/**
 * Rehype plugin: prefixes root-relative links written in lessons (`[lesson 2](/lessons/cost/)`) with the
 * site's base path, so the same Markdown works at `/` and under a sub-path such as `/backprop-notebook/`.
 */
export default function rehypeBaseLinks({ base = '/' } = {}) {
  const prefix = base.replace(/\/$/, '');
  return (tree) => {
    if (!prefix) return;
    visit(tree, prefix);
  };
}

function visit(node, prefix) {
  if (node.type === 'element' && node.tagName === 'a') {
    const href = node.properties?.href;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
      node.properties.href = prefix + href;
    }
  }
  for (const child of node.children ?? []) visit(child, prefix);
}
