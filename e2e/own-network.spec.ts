import { expect, type Page } from '@playwright/test';
import { test } from './tab';

/**
 * The reader's own network (issue 12 §1) on lesson 5, both editions: typing a network, pasting plain-text
 * weights, field messages, the step-through and one gradient step, URL state, keyboard. Expected values are
 * worked out by hand in the test, not taken from the module.
 */
/** The widget once hydrated (it hydrates when scrolled into view; its form is hidden until then, also without JavaScript). */
async function ownNetwork(page: Page, name = 'Your own network, step by step') {
  const own = page.getByRole('region', { name });
  await own.scrollIntoViewIfNeeded();
  // Hydration loads the island's code first: on a busy 2-core machine that took over 5 s once (CI flake).
  await expect(own.locator('form')).toBeVisible({ timeout: 15_000 });
  return own;
}

// A long lesson page, loaded twice in the first test.
test.describe.configure({ timeout: 60_000 });

const errors = (page: Page) => {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') seen.push(m.text()); });
  return seen;
};

test('a typed 2-1 network: its gradient step matches the hand computation, and the URL keeps it', async ({ tab: page }) => {
  const seen = errors(page);
  await page.goto('/lessons/algorithm/');
  const own = await ownNetwork(page);
  await own.getByLabel('Layer sizes s(1)-…-s(L)', { exact: true }).fill('2-1');
  await own.getByLabel('Output activation', { exact: true }).selectOption('linear');
  await own.getByLabel('Cost J', { exact: true }).selectOption('squared-error');
  // One output unit z = 0.5 + 2·3 − 1·1 = 5.5 = h; J = ½(5.5 − 2)² = 6.125; D = (h − y)[1, x] = 3.5·[1, 3, 1];
  // with α = 0.1: Θ = [0.15, 0.95, −1.35], z = 1.65, J = ½(1.65 − 2)² = 0.06125.
  await own.getByLabel('Weights Θ', { exact: true }).fill('0.5 2 -1');
  await own.getByLabel('Input x', { exact: true }).fill('3, 1');
  await own.getByLabel('Target y', { exact: true }).fill('2');
  await own.getByLabel('Learning rate α', { exact: true }).fill('0.1');
  await expect(own.locator('.own-msg:not(:empty)')).toHaveCount(0);
  const summary = own.locator('.own-step summary');
  await expect(summary).toContainText('6.125');
  await expect(summary).toContainText('0.06125');
  await summary.click();
  const row = (name: string) => own.locator('tr', { has: page.locator('th', { hasText: name }) });
  await expect(row('Θ(1)₁₁')).toContainText('10.5');
  await expect(row('Θ(1)₁₁')).toContainText('0.95');
  await expect(row('Θ(1)₁₂')).toContainText('−1.35');
  // The stepper runs on it: its first step computes z(2)_1 = 5.5.
  await expect(own.locator('.bs-live')).toContainText('5.5');
  await expect(page).toHaveURL(/[?&]net=/);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await ownNetwork(page);
  await expect(own.getByLabel('Layer sizes s(1)-…-s(L)', { exact: true })).toHaveValue('2-1');
  await expect(summary).toContainText('6.125');
  expect(seen).toEqual([]);
});

test('a shape mismatch names both shapes, and the step-through keeps the last valid network', async ({ tab: page }) => {
  const seen = errors(page);
  await page.goto('/lessons/algorithm/');
  const own = await ownNetwork(page);
  const before = await own.getAttribute('data-valid-spec');
  await own.getByLabel('Layer sizes s(1)-…-s(L)', { exact: true }).fill('2-3-2');
  const weights = own.getByLabel('Weights Θ', { exact: true });
  await expect(weights).toHaveAttribute('aria-invalid', 'true');
  const msg = own.locator(`#${await weights.getAttribute('aria-describedby').then((d) => d!.split(' ')[0])}`);
  await expect(msg).toContainText('2×3');
  await expect(msg).toContainText('3×3');
  await expect(own.getByRole('status')).toContainText('last valid network');
  expect(await own.getAttribute('data-valid-spec')).toBe(before);
  await own.getByLabel('Input x', { exact: true }).fill('0.05, zero');
  await expect(own.getByText('“zero” is not a number (number 2).')).toBeVisible();
  expect(seen).toEqual([]);
});

test('presets load from the keyboard, and the stepper follows', async ({ tab: page }) => {
  await page.goto('/lessons/algorithm/');
  const own = await ownNetwork(page);
  await own.getByRole('button', { name: '2-3-1, tanh, cross-entropy' }).focus();
  await page.keyboard.press('Enter');
  await expect(own.getByLabel('Layer sizes s(1)-…-s(L)', { exact: true })).toHaveValue('2-3-1');
  await expect(own.getByLabel('Hidden activation g', { exact: true })).toHaveValue('tanh');
  // z(2)_1 = 0.1 + 0.8·1 − 0.4·0 = 0.9 on the input x = (1, 0).
  await expect(own.locator('.bs-live')).toContainText('0.9');
});

test('a damaged link shows its problems next to the fields, and the page still works', async ({ tab: page }) => {
  const seen = errors(page);
  await page.goto(`/lessons/algorithm/?net=${encodeURIComponent(JSON.stringify({ sizes: '2-9-1', x: 7 }))}`);
  const own = await ownNetwork(page);
  await expect(own.getByLabel('Layer sizes s(1)-…-s(L)', { exact: true })).toHaveValue('2-9-1');
  await expect(own.getByText('Layer 2 has 9 units: each layer needs 1 to 6.')).toBeVisible();
  await expect(own.getByRole('status')).toContainText('link');
  await own.getByRole('button', { name: 'Mazur’s 2-2-2 example' }).click();
  await expect(own.locator('.own-msg:not(:empty)')).toHaveCount(0);
  // A link cut off in the middle cannot be read at all: the reader is told, not shown Mazur's example as theirs.
  await page.goto('/lessons/algorithm/?net=%7B%22sizes%22%3A%222-3');
  const again = await ownNetwork(page);
  await expect(again.getByRole('status')).toContainText('could not be read');
  await expect(own.locator('.own-msg:not(:empty)')).toHaveCount(0);
  expect(seen).toEqual([]);
});

test('in Chinese: labels and messages are Chinese, shapes still named', async ({ tab: page }) => {
  await page.goto('/zh/lessons/algorithm/');
  const own = await ownNetwork(page, '你自己的网络，逐步演算');
  await own.getByLabel('各层大小 s(1)-…-s(L)', { exact: true }).fill('2-3-2');
  await expect(own.getByText(/Θ\(1\) 是 2×3，但按各层大小应为 3×3/)).toBeVisible();
  await expect(own.getByLabel('学习率 α', { exact: true })).toBeVisible();
});
