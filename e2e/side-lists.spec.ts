import { expect } from '@playwright/test';
import { test } from './tab';

/**
 * The two side lists of a lesson at desktop width (course outline, "On this page"): sticky, each scrolling on its own
 * when the window is shorter than it. Reader QA: with `overscroll-behavior: contain` a mouse wheel over either list
 * never reached the page, even when the list had nothing left to scroll — the page stood still under the pointer.
 */
for (const list of ['.outline', '.toc']) {
  test(`a mouse wheel over the side list ${list} scrolls the page once the list has nothing left to scroll`, async ({ tab: page }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto('/lessons/deriving-backprop/');
    await page.evaluate(() => scrollTo(0, 1500));
    await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBe(1500);
    const box = (await page.locator(list).boundingBox())!;
    // Over the list's upper part, where its entries are: the list is sticky, so it is on screen here.
    await page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 40);
    // Scroll the list itself to its end first (if it can scroll at all), then the wheel must move the page.
    await page.locator(list).evaluate((el) => { el.scrollTop = el.scrollHeight; });
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1500 + 400);
  });
}

test('on a short window the course outline shows the entry of the page being read', async ({ tab: page }) => {
  for (const [path, size] of [['/lessons/digits/', { width: 1280, height: 500 }], ['/lessons/training/', { width: 1280, height: 500 }],
    ['/lessons/training/', { width: 1000, height: 600 }], ['/zh/lessons/digits/', { width: 1000, height: 450 }]] as const) {
    await page.setViewportSize(size);
    await page.goto(path);
    const { list, entry, scrolls } = await page.locator('.outline').evaluate((outline) => {
      const current = outline.querySelector('.outline-wide a[aria-current="page"]')!;
      const r = outline.getBoundingClientRect(), e = current.getBoundingClientRect();
      // What the reader sees of the list: its box within the window.
      return { list: { top: Math.max(r.top, 0), bottom: Math.min(r.bottom, innerHeight) }, entry: { top: e.top, bottom: e.bottom }, scrolls: outline.scrollHeight > outline.clientHeight };
    });
    expect(scrolls, `${path}: the outline is taller than the window here`).toBe(true);
    expect(entry.top, path).toBeGreaterThanOrEqual(list.top);
    expect(entry.bottom, path).toBeLessThanOrEqual(list.bottom);
    expect(await page.evaluate(() => scrollY), `${path}: the page itself stays at its top`).toBe(0);
  }
});
