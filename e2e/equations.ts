import type { Page } from '@playwright/test';

/**
 * Measurements of the typeset equations in the browser, shared by the per-page suite (site.spec.ts, every lesson in
 * every language at 1280 and 360 px on its one load) and equations-layout.spec.ts (other widths on demand).
 */

export interface Overlap { tag: string; glyph: string }

/** In the page: for every tagged display equation, which formula glyphs the tag's glyphs intersect. */
export function tagOverlaps(page: Page): Promise<{ tags: number; overlaps: Overlap[]; hiddenTags: string[] }> {
  // Off screen an equation skips rendering (`content-visibility: auto`): render everything (as the first Tab does,
  // components/math/scroll-regions.ts), let the fonts this needs arrive, then measure in one layout.
  return page.evaluate(async () => {
    document.documentElement.classList.add('all-rendered');
    void document.body.offsetHeight;
    await document.fonts.ready;
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const rectsOf = (node: Node): DOMRect[] => {
      const r = document.createRange();
      r.selectNodeContents(node);
      return [...r.getClientRects()].filter((q) => q.width > 0.5 && q.height > 0.5);
    };
    const glyphRects = (root: Element, skip: Element): DOMRect[] => {
      const out: DOMRect[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (skip.contains(n)) continue;
        if (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) out.push(...rectsOf(n));
        // Drawn parts: fraction bars, rules, stretchy SVG (radicals, braces).
        else if (n instanceof Element && (n instanceof SVGSVGElement || /frac-line|hline|rule|overline-line|underline-line/.test(n.className as string))) {
          const q = n.getBoundingClientRect();
          if (q.width > 0.5 && q.height > 0.5) out.push(q);
        }
      }
      return out;
    };
    const hit = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const overlaps: { tag: string; glyph: string }[] = [];
    const hiddenTags: string[] = [];
    const tags = [...document.querySelectorAll('main .katex-display .katex-tag')];
    for (const tag of tags) {
      const html = tag.closest('.katex-html')!;
      const display = tag.closest('.katex-display')!;
      const tagRects = rectsOf(tag);
      for (const g of glyphRects(html, tag)) {
        if (tagRects.some((t) => hit(t, g))) overlaps.push({ tag: tag.textContent!, glyph: `${Math.round(g.left)},${Math.round(g.top)}` });
      }
      // The number is readable without scrolling the equation: inside the equation's visible box.
      const box = display.getBoundingClientRect();
      if (tagRects.some((t) => t.right > box.right + 1 || t.left < box.left - 1)) hiddenTags.push(tag.textContent!);
    }
    return { tags: tags.length, overlaps, hiddenTags };
  });
}

/**
 * Display equations whose keyboard access does not match their size: an equation that scrolls sideways must be a
 * focusable, named group (axe `scrollable-region-focusable`), one that fits must add no tab stop.
 */
export function scrollRegionMismatches(page: Page): Promise<string[]> {
  return page.locator('main .katex-display').evaluateAll((els) => els.flatMap((el) => {
    const overflows = el.scrollWidth > el.clientWidth + 1;
    const focusable = el.getAttribute('tabindex') === '0' && el.getAttribute('role') === 'group' && !!el.getAttribute('aria-label');
    return overflows === focusable ? [] : [`${el.id || el.textContent!.slice(0, 30)}: overflows=${overflows}`];
  }));
}
