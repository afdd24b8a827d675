import { expect, type Page, type Locator } from '@playwright/test';
import { test } from './tab';
import { typeCode } from './cell-editing';
import { flattenMathForAxe, runAxe } from './axe';
import { renderAll } from './render-all';

/**
 * Exercises in the browser: hints readable without JavaScript and staged with it; checks run in the worker
 * diagnose the first wrong intermediate and refuse the module's own reference function.
 */
const exercise = (page: Page, id: string) => page.locator(`section.exercise[data-exercise-id="${id}"]`);

test.describe('exercise hints and controls', () => {
  test('without JavaScript every hint can be opened and read; no inert solution button', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/lessons/notation/');
    const ex = exercise(page, 'sigmoid-gradient');
    const hints = ex.locator('details.hint');
    await expect(hints).toHaveCount(2);
    await ex.locator('.solution summary').click();
    await expect(ex.locator('.solution pre')).toContainText('return g * (1 - g);');
    await expect(hints.nth(1).locator('summary')).toHaveText('Hint 2 of 2');
    await hints.nth(1).locator('summary').click();
    await expect(hints.nth(1)).toContainText('second factor is');
    await hints.nth(0).locator('summary').click();
    await expect(hints.nth(0)).toContainText('chain rule');
    await expect(ex.getByRole('button', { name: 'Put the solution in the editor' })).toHaveCount(0);
    await expect(ex.locator('[data-action="use-solution"]')).toBeHidden();
    await context.close();
  });

  test('with JavaScript, hint 2 appears once hint 1 is opened from the keyboard', async ({ tab: page }) => {
    await page.goto('/lessons/notation/');
    const ex = exercise(page, 'sigmoid-gradient');
    const hints = ex.locator('details.hint');
    await expect(hints.nth(1)).toBeHidden();
    await hints.nth(0).locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(hints.nth(0)).toHaveAttribute('open', '');
    await expect(hints.nth(0)).toContainText('chain rule');
    await expect(hints.nth(1)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(hints.nth(1).locator('summary')).toBeFocused();
    await ex.locator('.solution summary').click();
    await expect(ex.getByRole('button', { name: 'Put the solution in the editor' })).toBeVisible();
  });

  test('the exercise has no axe violations in light and dark, hints open, at 360 px', async ({ tab: page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 360, height: 800 });
    // One load of the long lesson; the colour scheme is switched on it.
    await page.goto('/lessons/deriving-backprop/');
    await renderAll(page); // the exercise is far down the lesson: a click must not land while blocks above render
    const ex = exercise(page, 'delta-hidden');
    await ex.locator('details.hint').first().locator('summary').click();
    await expect(ex.locator('details.hint').first()).toHaveAttribute('open', '');
    await flattenMathForAxe(page, true); // the exercise's formulas stay checked through their MathML
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      expect(await runAxe(page, { include: 'section.exercise[data-exercise-id="delta-hidden"]' }), scheme).toEqual([]);
      const overflow = await ex.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow, 'no horizontal overflow at 360 px').toBeLessThanOrEqual(0);
    }
  });
});

test.describe('checks in the worker', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a hidden error without g′ is diagnosed at δ(2) row 1 with the seed post’s numbers', async ({ tab: page }) => {
    // The seed post's δ(3) (squared error) and Θ(2): ((Θ(2))ᵀδ(3))_1 by hand.
    const delta3 = [0.74136507 * 0.75136507 * (1 - 0.75136507), -0.21707153 * 0.77292847 * (1 - 0.77292847)];
    const back1 = 0.4 * delta3[0]! + 0.5 * delta3[1]!;
    await page.goto('/lessons/deriving-backprop/');
    await renderAll(page); // the exercise is far down the lesson: a click must not land while blocks above render
    const ex = exercise(page, 'delta-hidden');
    await typeCode(page, ex, `function deltaHidden(T: number[][], d: number[], a: number[]): number[] {
  return T[0].map((_, j) => T.reduce((s, row, i) => s + row[j] * d[i], 0)).slice(1);
}`);
    await ex.getByRole('button', { name: 'Check' }).click();
    const first = ex.locator('.out-checks li.fail').first();
    await expect(first).toContainText('δ(2) row 1 differs: expected 0.00877135, got');
    const got = Number(/got (-?[0-9.e-]+)/.exec((await first.textContent())!)![1]);
    expect(got).toBeCloseTo(back1, 6);
    await expect(first).toContainText('without ⊙ g′(z(2))');
    await expect(ex.locator('.ex-status')).toHaveText('');
  });

  test('calling the module’s gradients inside the D exercise fails, naming it', async ({ tab: page }) => {
    await page.goto('/lessons/algorithm/');
    await renderAll(page); // the exercise is far down the lesson: a click must not land while blocks above render
    const ex = exercise(page, 'gradient-D');
    await typeCode(page, ex, `import { Network, gradients } from "backprop";
function gradientD(Theta: number[][][], X: number[][], Y: number[][], lambda: number) {
  return gradients(Network.fromWeights(Theta), X, Y, { lambda }).D;
}`);
    await ex.getByRole('button', { name: 'Check' }).click();
    const out = ex.locator('.cell-output');
    await expect(out.locator('.out-checks li.fail').first()).toContainText('expected gradientD to compute it itself, got a call of gradients()');
    await expect(out.locator('.out-checks li.pass')).toHaveCount(0);
    await expect(ex.locator('.ex-status')).toHaveText('');
  });
});
