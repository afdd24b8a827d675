/** A heading as Astro reports it for a Markdown/MDX page (`render(entry).headings`). */
export interface HeadingRef {
  depth: number;
  slug: string;
}

/**
 * The same section in the other edition: each heading id of this page mapped to the id of the heading at the same
 * position in its counterpart. Heading ids are slugs of the heading text, so they differ between the editions
 * (`#why-not-squared-error-for-classification` ⇄ `#为什么分类不用平方误差`); the editions have the same headings in
 * the same order (tests/unit/editions.test.ts), which is what makes the position a safe key. When the two lists
 * do not have the same shape (lengths or levels), no heading is mapped rather than a wrong one. Ids that are the
 * same in both editions are left out (they need no mapping).
 *
 * @example
 * headingAnchors([{ depth: 2, slug: 'summary' }], [{ depth: 2, slug: '小结' }]) // { summary: '小结' }
 */
export function headingAnchors(these: readonly HeadingRef[], those: readonly HeadingRef[]): Record<string, string> {
  if (these.length !== those.length || these.some((h, i) => h.depth !== those[i]!.depth)) return {};
  const map: Record<string, string> = {};
  these.forEach((h, i) => {
    if (h.slug !== those[i]!.slug) map[h.slug] = those[i]!.slug;
  });
  return map;
}
