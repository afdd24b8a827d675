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
  // Code too (reader QA: code cells printed as dark blocks for a reader in dark mode): a light background, dark text.
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const code = await page.locator('bpn-cell .cell-code pre').first().evaluate((pre) => {
    const token = pre.querySelector<HTMLElement>('.line span') ?? pre;
    return { bg: getComputedStyle(pre).backgroundColor, fg: getComputedStyle(token).color };
  });
  expect(luminance(code.bg), `code background ${code.bg}`).toBeGreaterThan(0.8);
  expect(luminance(code.fg), `code text ${code.fg}`).toBeLessThan(0.3);
});
