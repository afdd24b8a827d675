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
