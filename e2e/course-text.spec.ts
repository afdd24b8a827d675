import { expect, test } from '@playwright/test';

/*
 * Statements of the course fixed after the teaching review, checked on the built pages (JavaScript off, so what
 * is checked is the static HTML every reader gets).
 */
test.use({ javaScriptEnabled: false });

/** The TeX source KaTeX keeps in each rendered formula, joined, for one page. */
async function texOf(page: import('@playwright/test').Page): Promise<string> {
  return (await page.locator('annotation[encoding="application/x-tex"]').allTextContents()).join('\n');
}

test('home page: the lesson-4 card writes the gradient as the lessons do, with no raw underscores (D36)', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('.lesson-list li').nth(3);
  await expect(card).toContainText('∂J/∂Θ⁽ˡ⁾ᵢⱼ = a⁽ˡ⁾ⱼ δ⁽ˡ⁺¹⁾ᵢ');
  expect(await card.textContent()).not.toMatch(/\)_|_ij/);
});

test('lesson 8: the chaotic α = 20 row quotes no digits, and the α = 100 run is explained by its output bias (E2, E26)', async ({ page }) => {
  await page.goto('/lessons/training/');
  const tex = await texOf(page);
  expect(tex).toMatch(/20 & \\text\{---\} & \\text\{---\} & \\text\{---\}/);
  await expect(page.locator('main')).toContainText('period-2 oscillation');
  await expect(page.locator('main')).not.toContainText('nothing moves any more');
});

test('notation page: the batch matrices with their shapes (E25)', async ({ page }) => {
  await page.goto('/reference/notation/');
  const table = page.locator('h2#a-batch-of-examples-at-once + p + table');
  await expect(table.locator('tbody tr')).toHaveCount(7);
  const tex = (await table.locator('annotation[encoding="application/x-tex"]').allTextContents()).join('\n');
  for (const shape of ['m \\times s_1', 'm \\times (s_l + 1)', 'm \\times s_l']) expect(tex).toContain(shape);
});
