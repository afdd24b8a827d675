import { expect } from '@playwright/test';
import { test } from './tab';
import { runAxe } from './axe';
import { builtPages } from './pages';
import { tagOverlaps } from './equations';

/**
 * Equation numbers (KaTeX `\tag`) must never be drawn over the formula (reader QA D1, D3), and display equations that
 * scroll sideways must be reachable by keyboard. At 1280 and 360 px both are checked on every lesson, in every
 * language, by site.spec.ts on its one load of the page (no separate load here); `EQ_WIDTHS=390,768` checks the tag
 * overlap at other widths on demand. Measured in the browser (e2e/equations.ts): the rectangles of the tag's
 * glyphs against the rectangles of every glyph, rule and SVG of its formula.
 */
const LESSONS = builtPages().filter((p) => /^\/(?:[a-z]{2}\/)?lessons\/[^/]+\/$/.test(p));
const WIDTHS = process.env.EQ_WIDTHS ? process.env.EQ_WIDTHS.split(',').map(Number) : [];

for (const width of WIDTHS) {
  for (const path of LESSONS) {
    test(`${path} at ${width} px: no equation number over a formula glyph`, async ({ tab: page }) => {
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

for (const [path, widget] of [['/lessons/notation/', '.nd'], ['/lessons/deriving-backprop/', '.bs']] as const) {
  test(`${path}: visible labels are part of the accessible names (axe label-content-name-mismatch)`, async ({ tab: page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    // Hydrate the islands: they render their accessible names on the client.
    await page.locator(widget).first().scrollIntoViewIfNeeded();
    await expect(page.locator(`astro-island:has(${widget})`).first()).not.toHaveAttribute('ssr', /.*/);
    expect(await runAxe(page, { rules: ['label-content-name-mismatch'] })).toEqual([]);
  });
}
