import { test, expect } from '@playwright/test';

/** The site's base path (a build with BASE_PATH=/backprop-notebook/ is previewed under it). */
const B = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

test.use({ serviceWorkers: 'allow' }); // blocked everywhere else (playwright.config.ts)

test.describe('offline after one visit (service worker)', () => {
  test.describe.configure({ timeout: 120_000 });

  test('another lesson opens offline with typeset math, and its code cell runs', async ({ page, context }) => {
    await page.goto(`${B}lessons/notation/`);
    // The worker precaches everything before it activates, then claims this page.
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active !== null && navigator.serviceWorker.controller !== null;
    }, null, { timeout: 90_000 });

    await context.setOffline(true);
    await page.goto(`${B}lessons/cost/`);
    await expect(page.locator('h1')).toBeVisible();
    const math = page.locator('.katex-display .katex-html').first();
    await expect(math).toBeVisible();
    // KaTeX's stylesheet and woff2 fonts came from the cache: the math uses KaTeX's font.
    expect(await math.evaluate((el) => getComputedStyle(el.closest('.katex')!).fontFamily)).toMatch(/KaTeX_Main/);
    expect(await page.evaluate(() => document.fonts.check('1em KaTeX_Main'))).toBe(true);

    // A code cell: open the editor, type, run in the worker — all from the cache.
    const cell = page.locator('bpn-cell').first();
    await cell.locator('.cell-code pre:visible').first().click();
    const content = cell.locator('.cm-content');
    await expect(content).toBeVisible();
    await content.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('console.log("offline", 6 * 7);');
    await cell.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(cell.locator('.cell-output')).toContainText('offline 42', { timeout: 30_000 });

    // Search works offline too (the Pagefind index is precached).
    await page.keyboard.press('Escape');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the course' }).fill('gradient checking');
    await expect(page.locator('#site-search-results ol a').first()).toHaveAttribute('href', /gradient-checking/, { timeout: 15_000 });
    await context.setOffline(false);
  });
});
