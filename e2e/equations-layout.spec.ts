import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './pages';

/**
 * Equation numbers (KaTeX `\tag`) must never be drawn over the formula (reader QA D1, D3), and display equations that
 * scroll sideways must be reachable by keyboard (axe `scrollable-region-focusable`). Measured in the browser: the
 * rectangles of the tag's glyphs against the rectangles of every glyph, rule and SVG of its formula.
 */
const LESSONS = builtPages().filter((p) => /^\/lessons\/[^/]+\/$/.test(p));
// 360 and 1280 by default; EQ_WIDTHS=390,768 checks other widths on demand.
const WIDTHS = process.env.EQ_WIDTHS ? process.env.EQ_WIDTHS.split(',').map(Number) : [360, 1280];

interface Overlap { tag: string; glyph: string }

/**
 * In the page: for every tagged display equation, which formula glyphs the tag's glyphs intersect. Each equation is
 * measured on screen, as the reader sees it: off screen it skips rendering (`content-visibility: auto`), and a
 * forced layout there may use a fallback font that the page has not needed yet.
 */
function tagOverlaps(page: Page): Promise<{ tags: number; overlaps: Overlap[]; hiddenTags: string[] }> {
  return page.evaluate(async () => {
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
      display.scrollIntoView({ block: 'center' });
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      await document.fonts.ready;
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

for (const width of WIDTHS) {
  for (const path of LESSONS) {
    test(`${path} at ${width} px: no equation number over a formula glyph`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const { tags, overlaps, hiddenTags } = await tagOverlaps(page);
      expect(tags).toBeGreaterThan(0);
      expect(overlaps).toEqual([]);
      expect(hiddenTags).toEqual([]);
    });
  }
}

test('at 360 px, equations that scroll sideways are focusable named regions, and those that fit are not', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/lessons/deriving-backprop/');
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => page.locator('main .katex-display[role="group"]').count()).toBeGreaterThan(0);
  const wrong = await page.locator('main .katex-display').evaluateAll((els) => els.flatMap((el) => {
    const overflows = el.scrollWidth > el.clientWidth + 1;
    const focusable = el.getAttribute('tabindex') === '0' && el.getAttribute('role') === 'group' && !!el.getAttribute('aria-label');
    return overflows === focusable ? [] : [`${el.id || el.textContent!.slice(0, 30)}: overflows=${overflows}`];
  }));
  expect(wrong).toEqual([]);
  const results = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).include('main').analyze();
  expect(results.violations.filter((v) => v.id === 'scrollable-region-focusable').flatMap((v) => v.nodes.map((n) => n.target.join(' '))))
    .toEqual([]);
});

for (const [path, widget] of [['/lessons/notation/', '.nd'], ['/lessons/deriving-backprop/', '.bs']] as const) {
  test(`${path}: visible labels are part of the accessible names (axe label-content-name-mismatch)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    // Hydrate the islands: they render their accessible names on the client.
    await page.locator(widget).first().scrollIntoViewIfNeeded();
    await expect(page.locator(`astro-island:has(${widget})`).first()).not.toHaveAttribute('ssr', /.*/);
    const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });
}
