import { test, expect } from '@playwright/test';

const bg = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the dark-mode toggle switches the theme and the choice persists across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/lessons/notation/');
  const light = await bg(page);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await bg(page);
  expect(dark).not.toBe(light);
  await page.goto('/');
  expect(await bg(page)).toBe(dark);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('the theme follows the system when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('a broken stored theme does not break the page', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('bpn:theme', '{not json'));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a lesson reads fully: math typeset, outline and contents present', async ({ page }) => {
    await page.goto('/lessons/notation/');
    await expect(page.locator('.katex-display').first()).toBeVisible();
    expect(await page.locator('.katex').count()).toBeGreaterThan(20);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeAttached();
    // No search box that cannot search (reader QA: it showed, and Enter only reloaded the page with ?q=).
    await expect(page.locator('site-search form')).toBeAttached();
    await expect(page.locator('site-search form')).toBeHidden();
  });
});

test('a lesson prints without the site chrome', async ({ page }) => {
  await page.goto('/lessons/notation/');
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Course outline', 'On this page', 'Site']) {
    await expect(page.getByRole('navigation', { name, exact: true })).toBeHidden();
  }
  await expect(page.locator('.katex-display').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dark mode' })).toBeHidden();
});
