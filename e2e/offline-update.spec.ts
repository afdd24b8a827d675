import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveOutDir } from '../src/site/out-dir.mjs';

/** The site's base path (a build with BASE_PATH=/backprop-notebook/ is previewed under it). */
const B = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const SW = join(resolveOutDir(), 'sw.js');

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' }); // blocked everywhere else (playwright.config.ts)

test('a new deployment shows the "updated — reload" notice, and Reload switches to it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${B}lessons/notation/`);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null, null, { timeout: 90_000 });
  const notice = page.locator('.sw-notice');
  await expect(notice).toBeHidden();

  // Deployment 2: the built sw.js with one precache revision changed (same length, so the preview server's
  // cached file size still holds); the original is put back afterwards.
  const original = readFileSync(SW, 'utf8');
  const changed = original.replace(/revision:"(.)/, (_m, c: string) => `revision:"${c === "0" ? "1" : "0"}`);
  expect(changed).not.toBe(original);
  writeFileSync(SW, changed);
  try {
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(notice).toContainText('updated');
  const firstWorker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.locator('.sw-notice')).toBeHidden();
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
  expect(waiting).toBeNull();
  expect(firstWorker).toContain('sw.js');
  } finally {
    writeFileSync(SW, original);
  }
});
