import { expect } from '@playwright/test';
import { test } from './tab';
import { backprop, Network } from '../src/backprop/index.ts';

/** What a reader types into the widgets is what the widgets use (reader QA D4, D5, D7). */
const WEIGHTS = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];
const X = [0.05, 0.1], Y = [0.01, 0.99];

for (const typed of ['0.05', '-0.5']) {
  test(`typing ${typed} key by key into the diagram's weight editor gives ${typed}`, async ({ tab: page }) => {
    await page.goto('/demo/stepper/');
    const d = page.locator('#diagram-demo');
    await d.locator('figure.nd').scrollIntoViewIfNeeded();
    await expect(d.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
    await d.locator('[data-el="e-2-1-1"] .nd-hit').dispatchEvent('click');
    const input = d.getByRole('spinbutton', { name: 'Θ(2)_11' });
    await expect(input).toBeFocused();
    // No select-all: the editor opens with the old value selected, so typing replaces it.
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

test.describe('playground', () => {
  test.describe.configure({ timeout: 60_000 });
  const open = async (page: import('@playwright/test').Page) => {
    await page.goto('/demo/playground/');
    const pg = page.locator('section.pg').first();
    await expect(pg.getByRole('button', { name: 'Play' })).toBeEnabled({ timeout: 20_000 });
    return pg;
  };

  test('an invalid setting is refused with its valid range, and the training progress is kept (D5)', async ({ tab: page }) => {
    const pg = await open(page);
    for (let k = 0; k < 5; k++) await pg.getByRole('button', { name: 'Step' }).click();
    await expect(pg.locator('.pg-step')).toHaveText('5');
    const loss = await pg.locator('.pg-loss-train').textContent();
    // [field, typed text, the rule the message must state]; the message also names the value still in use.
    const cases: [string, string, string][] = [
      ['Points', '5', 'a whole number from 10 to 1000'],
      ['Learning rate α', '-1', 'a number greater than 0 and at most 1e6'],
      ['Batch size', '0', 'a whole number from 1 to 1000'],
      ['Momentum μ', '1', 'a number from 0 to 0.99'],
      ['Layer 2 units', '100', 'a whole number from 1 to 8'],
    ];
    for (const [label, typed, rule] of cases) {
      const field = pg.getByLabel(label, { exact: true });
      const before = await field.inputValue();
      await field.fill(typed);
      await field.press('Tab');
      await expect(pg.getByRole('alert')).toContainText(`${label} must be ${rule}; still using ${before}`);
      await expect(field).toHaveValue(before);
      await expect(pg.locator('.pg-step')).toHaveText('5');
      await expect(pg.locator('.pg-loss-train')).toHaveText(loss!);
    }
    // Retyping the value in use changes nothing either.
    await pg.getByLabel('Points', { exact: true }).fill('500');
    await pg.getByLabel('Points', { exact: true }).press('Tab');
    await expect(pg.locator('.pg-step')).toHaveText('5');
  });

  test('Remove layer keeps keyboard focus when it stops applying (D7)', async ({ tab: page }) => {
    const pg = await open(page);
    const remove = pg.getByRole('button', { name: 'Remove layer' });
    await remove.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(pg.getByLabel('Layer 2 units')).toHaveCount(0);
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(remove).toBeFocused();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
  });

  test('a point far outside the plot is refused with the plotted range (D26)', async ({ tab: page }) => {
    const pg = await open(page);
    const counts = await pg.locator('.pg-counts').textContent();
    await pg.getByLabel('x₁').fill('1e6');
    await pg.getByLabel('x₂').fill('1e6');
    await pg.getByRole('button', { name: 'Add point' }).click();
    await expect(pg.getByRole('status').first()).toContainText('outside the plotted range (−1.5 to 1.5');
    await expect(pg.locator('.pg-counts')).toHaveText(counts!);
  });

  test('the loss axis label is whole for a huge loss, and the chart names J with its penalty when λ > 0 (D25, item 5)', async ({ tab: page }) => {
    const pg = await open(page);
    await pg.getByLabel('Regularisation λ').fill('1');
    await pg.getByLabel('Regularisation λ').press('Tab');
    await expect(pg.locator('.pg-stats')).toContainText('training J (with penalty)');
    await expect(pg.locator('.pg-chart figcaption')).toContainText('training J (with penalty)');
    await pg.getByLabel('Learning rate α').fill('1000000');
    await pg.getByLabel('Learning rate α').press('Tab');
    for (let k = 0; k < 3; k++) await pg.getByRole('button', { name: 'Step' }).click();
    // The top label of the y axis lies wholly inside the chart's SVG box.
    const [label, svg] = await Promise.all([pg.locator('.pg-chart svg text').first().boundingBox(), pg.locator('.pg-chart svg').boundingBox()]);
    expect(label!.x).toBeGreaterThanOrEqual(svg!.x - 0.5);
    const text = (await pg.locator('.pg-chart svg text').first().textContent())!;
    expect(Number(text.replace('−', '-'))).toBeGreaterThan(0);
  });
});

test.describe('analysis widgets', () => {
  const widget = async (page: import('@playwright/test').Page, id: string, control: string) => {
    await page.goto('/demo/analysis/');
    const w = page.locator(`#${id}`);
    await w.scrollIntoViewIfNeeded();
    await expect(w.getByTestId(control).first()).toBeEnabled({ timeout: 20_000 });
    return w;
  };

  test('CostCurve: the caption names the chosen weight (D12); an extreme w flags the finite difference, not backprop (D13)', async ({ tab: page }) => {
    const w = await widget(page, 'demo-cost-curve', 'cc-weight');
    await w.getByTestId('cc-weight').selectOption('2_2_2');
    await expect(w.locator('figcaption')).toContainText('Θ(2)₂₂');
    await expect(w.locator('figcaption')).not.toContainText('Θ(2)₁₁');
    const value = w.getByTestId('cc-value');
    await value.fill('1e300');
    await value.press('Enter');
    await expect(w.getByTestId('cc-verdict')).toContainText('finite difference breaks down');
    await expect(w.getByTestId('cc-verdict')).not.toHaveClass(/bad/);
    // Typing something that is not a number: the field shows the value in use again.
    await value.fill('');
    await value.pressSequentially('abc');
    await value.press('Enter');
    await expect(value).toHaveValue('1e+300');
    await value.fill('0.4');
    await value.press('Enter');
    await expect(w.getByTestId('cc-verdict')).toHaveText(/✓ the slopes agree/);
  });

  test('ComputationGraph: Step keeps focus after the last step (D7), and no node is named by a number (D14)', async ({ tab: page }) => {
    const w = await widget(page, 'demo-graph-cost', 'cg-step');
    const step = w.getByTestId('cg-step');
    await step.focus();
    for (let k = 0; k < 60 && (await step.getAttribute('aria-disabled')) !== 'true'; k++) await page.keyboard.press('Enter');
    await expect(step).toHaveAttribute('aria-disabled', 'true');
    await expect(step).toBeFocused();
    await expect(w.getByTestId('cg-status')).not.toContainText('∂0.5');
    await expect(w.getByTestId('cg-status')).not.toContainText('∂J/∂0');
  });
});
