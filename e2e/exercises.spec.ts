import { test, expect } from '@playwright/test';

const DEMO = '/demo/cells/';

test.describe('exercises', () => {
  test.describe.configure({ timeout: 90_000 });
  test('fails with the starter, passes with the solution, and remembers it', async ({ page }) => {
    await page.goto(DEMO);
    const ex = page.locator('section.exercise[data-exercise-id="sigmoid-gradient"]');
    const check = ex.getByRole('button', { name: 'Check' });
    await check.click();
    const out = ex.locator('.cell-output');
    await expect(out.locator('.out-checks li.fail').first()).toContainText('expected 0.25, got 0 for input z = 0');
    await expect(out).toContainText(/0 of 6 checks passed/);
    await expect(ex.locator('.ex-status')).toHaveText('');

    await ex.locator('.solution summary').click();
    await ex.getByRole('button', { name: 'Put the solution in the editor' }).click();
    await expect(ex.locator('.cm-content')).toContainText('return g * (1 - g);');
    await check.click();
    await expect(out).toContainText('All 6 checks passed. Exercise complete.');
    await expect(out.locator('.out-checks li.fail')).toHaveCount(0);
    await expect(ex.locator('.ex-status')).toHaveText('✓ Passed');
    expect(await page.evaluate(() => localStorage.getItem('bpn:v1:exercise:sigmoid-gradient'))).toContain('"passed":true');

    await page.reload();
    await expect(ex.locator('.ex-status')).toHaveText('✓ Passed');
  });

  test('the course outline marks a lesson whose exercises are all passed, in words', async ({ page }) => {
    await page.goto('/lessons/notation/');
    const link = page.locator('.outline-wide a[data-lesson-id$="01-notation"]');
    await expect(link).toHaveAttribute('data-exercises', /sigmoid-gradient/);
    await expect(link.locator('.ex-done')).toHaveCount(0);
    const ids = (await link.getAttribute('data-exercises'))!.split(' ');
    await page.evaluate((list) => { for (const id of list) localStorage.setItem(`bpn:v1:exercise:${id}`, JSON.stringify({ v: 1, passed: true })); }, ids);
    await page.reload();
    await expect(link.locator('.ex-done')).toHaveText(/✓ exercises done/);
    const other = page.locator('.outline-wide a[data-lesson-id$="02-cost"]');
    if (await other.count()) await expect(other.locator('.ex-done')).toHaveCount(0);
  });
});
