import { expect } from '@playwright/test';
import { test } from './tab';

// The typesetting itself (KaTeX HTML, nothing raw, equation anchors) is checked on the built HTML without a
// browser: tests/built/math.test.ts. Here: what only a browser can tell.
test('KaTeX fonts and CSS are served by the site itself', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1')) external.push(r.url()); });
  await page.goto('/lessons/notation/');
  await page.waitForLoadState('networkidle');
  const loaded = await page.evaluate(() => document.fonts.check('16px KaTeX_Main'));
  expect(loaded).toBe(true);
  expect(external).toEqual([]);
});

// Off-screen paragraphs and equations skip rendering until they near the viewport (`content-visibility: auto`
// in global.css), so the page's height above an equation is partly an estimate when the browser first scrolls to
// it: a link to an equation must still end with that equation on screen, at both widths, in both editions.
for (const [width, path] of [[1280, '/lessons/deriving-backprop/'], [360, '/zh/lessons/deriving-backprop/']] as const) {
  test(`${path}#eq-4.17 at ${width} px: the linked equation is on screen once the page has settled`, async ({ tab: page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${path}#eq-4.17`);
    await page.waitForLoadState('load');
    await page.evaluate(() => document.fonts.ready);
    const eq = page.locator('[id="eq-4.17"]');
    // Its top lies within the viewport (below the header's scroll margin, above the bottom edge), and stays there.
    const onScreen = () => eq.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.top < innerHeight - 40 && r.height > 0;
    });
    await expect.poll(onScreen, { timeout: 30_000 }).toBe(true);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    expect(await onScreen()).toBe(true);
    // And a later in-page jump (a click on a link to an equation further down) lands on it too.
    await page.evaluate(() => { location.hash = '#eq-4.30'; });
    const later = page.locator('[id="eq-4.30"]');
    await expect.poll(() => later.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight - 40; }), { timeout: 30_000 }).toBe(true);
  });
}

test('the first Tab makes every too-wide equation a tab stop, also those never on screen yet', async ({ tab: page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/lessons/deriving-backprop/');
  await page.waitForLoadState('load');
  // Far below the first screen, the off-screen equations skip rendering, so none of them overflows yet.
  const wideButNoStop = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.katex-display')]
    .filter((el) => el.getBoundingClientRect().top > 3 * innerHeight)
    .map((el) => ({ wide: el.scrollWidth > el.clientWidth + 1, stop: el.tabIndex === 0 })));
  const before = await wideButNoStop();
  expect(before.length).toBeGreaterThan(10);
  await page.keyboard.press('Tab');
  const after = await wideButNoStop();
  // Now every equation down the page is laid out; the wide ones are tab stops, the others are not.
  expect(after.filter((e) => e.wide).length).toBeGreaterThan(0);
  expect(after.filter((e) => e.wide !== e.stop)).toEqual([]);
  expect(after.filter((e) => e.stop).length).toBeGreaterThan(before.filter((e) => e.stop).length);
});
