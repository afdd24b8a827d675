import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './pages';

const pages = builtPages();

/** Collects console errors and failed requests while a page loads. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/404.html')) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('loads with no console error or failed request', async ({ page }) => {
      const problems = watch(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
      await expect(page.locator('h1')).toHaveCount(1);
    });

    // Structure and ARIA do not change with the theme, colours do: all rules in light mode, contrast in dark.
    for (const scheme of ['light', 'dark'] as const) {
      test(`has no axe violations in ${scheme} mode`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        // KaTeX's visual HTML is aria-hidden (screen readers get its MathML) and inherits the text colour;
        // leaving its thousands of spans out keeps axe fast on long lessons.
        let axe = new AxeBuilder({ page }).exclude('.katex-html');
        if (scheme === 'dark') axe = axe.withRules(['color-contrast']);
        const results = await axe.analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }

    test('fits a 360 px wide phone without horizontal scroll', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('every internal link resolves', async ({ page, request }) => {
  const seen = new Set<string>();
  const broken: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      const url = new URL(link);
      if (url.origin !== new URL(page.url()).origin) continue;
      const key = url.pathname;
      if (!seen.has(key)) {
        seen.add(key);
        const res = await request.get(key);
        if (res.status() !== 200) broken.push(`${path} → ${key} (${res.status()})`);
      }
      if (url.hash && url.pathname === new URL(page.url()).pathname) {
        const id = decodeURIComponent(url.hash.slice(1));
        const exists = await page.evaluate((i) => document.getElementById(i) !== null, id);
        if (!exists) broken.push(`${path} → #${id} (no such anchor)`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(3);
});

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-lesson/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('not here');
  await expect(page.locator('main a').first()).toBeVisible();
});
