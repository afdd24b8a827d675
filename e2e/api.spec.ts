import { test, expect } from '@playwright/test';
import * as backprop from '../src/backprop/index.ts';

test('the API reference page covers every export of the backprop module, each with an example', async ({ page }) => {
  await page.goto('/reference/api/');
  const listed = await page.$$eval('[data-api-name]', (els) => els.map((e) => e.getAttribute('data-api-name')));
  const missing = Object.keys(backprop).filter((name) => !listed.includes(name));
  expect(missing).toEqual([]);
  for (const name of ['forward', 'backprop', 'gradients', 'numericalGradient', 'train']) {
    await expect(page.locator(`#api-${name} pre.astro-code`)).toContainText(name);
  }
});
