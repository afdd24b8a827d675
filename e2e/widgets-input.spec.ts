import { test, expect } from '@playwright/test';
import { backprop, Network } from '../src/backprop/index.ts';

/** What a reader types into the widgets is what the widgets use (reader QA D4, D5, D7). */
const WEIGHTS = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];
const X = [0.05, 0.1], Y = [0.01, 0.99];

for (const typed of ['0.05', '-0.5']) {
  test(`typing ${typed} key by key into the diagram's weight editor gives ${typed}`, async ({ page }) => {
    await page.goto('/demo/stepper/');
    const d = page.locator('#diagram-demo');
    await d.locator('figure.nd').scrollIntoViewIfNeeded();
    await expect(d.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
    await d.locator('[data-el="e-2-1-1"] .nd-hit').dispatchEvent('click');
    const input = d.getByRole('spinbutton', { name: 'Θ(2)_11' });
    await expect(input).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed, { delay: 30 });
    await expect(input).toHaveValue(typed);
    // J recomputed independently with the typed weight.
    const w = WEIGHTS.map((T) => T.map((r) => r.slice()));
    w[1]![0]![1] = Number(typed);
    const J = backprop(Network.fromWeights(w), X, Y, { cost: 'squared-error' }).J;
    await expect(d.locator('.nd-status')).toContainText(`J = ${J.toPrecision(6).replace('-', '−')}`);
    await page.keyboard.press('Enter');
    await expect(d.locator('.nd-editor')).toHaveCount(0);
  });
}
