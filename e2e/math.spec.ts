import { test, expect } from '@playwright/test';

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
  test(`${path}#eq-4.17 at ${width} px: the linked equation is on screen once the page has settled`, async ({ page }) => {
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
