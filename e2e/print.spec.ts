import { test, expect } from '@playwright/test';

test('a lesson prints with math, widget pictures and code, without navigation or controls', async ({ page }) => {
  await page.goto('/lessons/cost/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.katex-display').first()).toBeVisible();
  await expect(page.locator('bpn-cell .cell-code pre').first()).toBeVisible();
  await expect(page.locator('main svg:not(.katex svg)').first()).toBeVisible();
  for (const hidden of ['site-search', '.site-header nav', '.col-outline', '.col-toc', 'main button >> nth=0', '.pager']) {
    const loc = page.locator(hidden);
    if (await loc.count()) await expect(loc.first()).toBeHidden();
  }
  // Printed in light colours even when the reader uses the dark theme.
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
});
