/**
 * Equation numbers that never cover the formula (reader QA D1/D3).
 *
 * KaTeX draws a `\tag` absolutely positioned at the right edge of the display box, on top of whatever formula
 * glyphs are there when the formula is wider than the box (phones) or scrolled sideways. We wrap the formula's
 * parts in one `span.katex-formula` so that the formula and the tag become two flex items of `.katex-html`
 * (see `src/styles/global.css`): side by side when both fit, the tag on its own line, right-aligned, when not.
 * The same rewrite is applied to the HAST of the Markdown pipeline and to the HTML strings of `renderTex`.
 * A space separates the two boxes: it draws nothing (white space between flex items is not rendered), but it makes
 * the tag a word of its own for the site search, which otherwise indexed a formula ending in a comma and its tag as
 * one word ("…yi,(4.13)"), so that "(4.13)" found nothing (issue 9 §3).
 */

export const FORMULA_CLASS = 'katex-formula';
export const TAGGED_CLASS = 'katex-tagged';

const HTML_OPEN = '<span class="katex-html" aria-hidden="true">';
const TAG_OPEN = '<span class="katex-tag">';

/**
 * Rewrites KaTeX's HTML string of one display equation; a string without a tag is returned unchanged.
 * @param {string} html output of `katex.renderToString(…, { displayMode: true })`
 * @returns {string}
 */
export function layoutTaggedHtml(html) {
  const start = html.indexOf(HTML_OPEN);
  const tag = html.indexOf(TAG_OPEN);
  if (start < 0 || tag < start) return html;
  const body = start + HTML_OPEN.length;
  return (
    html.slice(0, start) +
    `<span class="katex-html ${TAGGED_CLASS}" aria-hidden="true"><span class="${FORMULA_CLASS}">` +
    html.slice(body, tag) +
    '</span> ' +
    html.slice(tag)
  );
}

/**
 * Rewrites the HAST of one `.katex-display` element in place (no-op without a tag).
 * @param {import('hast').Element} display
 */
export function layoutTaggedHast(display) {
  const html = findChild(display, 'katex-html');
  if (!html) return;
  const tagIndex = html.children.findIndex((c) => hasClass(c, 'katex-tag'));
  if (tagIndex < 0) return;
  const formula = {
    type: 'element',
    tagName: 'span',
    properties: { className: [FORMULA_CLASS] },
    children: html.children.slice(0, tagIndex),
  };
  html.children = [formula, { type: 'text', value: ' ' }, ...html.children.slice(tagIndex)];
  const cls = html.properties.className;
  html.properties.className = [...(Array.isArray(cls) ? cls : [cls].filter(Boolean)), TAGGED_CLASS];
}

/** @returns {boolean} */
export function hasClass(node, name) {
  if (node?.type !== 'element') return false;
  const cls = node.properties?.className;
  return Array.isArray(cls) ? cls.includes(name) : cls === name;
}

function findChild(node, name) {
  for (const child of node.children ?? []) {
    if (hasClass(child, name)) return child;
    const found = findChild(child, name);
    if (found) return found;
  }
  return null;
}
