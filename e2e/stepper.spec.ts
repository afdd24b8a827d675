import { expect, type Page } from '@playwright/test';
import { test } from './tab';
import { formatTex, formatText } from '../src/course/format.ts';
import { scenarioValues } from '../src/course/scenarios.ts';
import { stepperSteps } from '../components/BackpropStepper/model.ts';
import { SCENARIOS } from '../src/course/scenarios.ts';
import { STEPPER_STRINGS } from '../components/BackpropStepper/strings.ts';
import { renderAll } from './render-all';

/** BackpropStepper on the demo page: the classic example, numbers checked against the module's scenario values. */
const PAGE = '/demo/stepper/';
const v = scenarioValues('classic');
// Stepping many times is slow when the shared machine is loaded: these tests get more time, not timed assertions.
test.describe.configure({ timeout: 90_000 });
const ids = stepperSteps(SCENARIOS.classic as Parameters<typeof stepperSteps>[0]).map((s) => s.id);

/** The stepper, scrolled into view and hydrated; KaTeX loaded (the first equation re-rendered in the browser). */
async function stepper(page: Page) {
  await page.goto(PAGE);
  const s = page.locator('#stepper-demo');
  await s.locator('.bs').scrollIntoViewIfNeeded();
  await expect(s.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  return s;
}
const tex = (s: ReturnType<Page['locator']>) => s.locator('.bs-eq annotation').allTextContents().then((rows) => rows.join(' \\\\ '));

test('the initial step is z(2)_1 with KaTeX and the module\'s numbers', async ({ tab: page }) => {
  const s = await stepper(page);
  await expect(s.locator('.bs-count')).toHaveText('Step 1 of 31');
  await expect(s.locator('.bs-eq .katex').first()).toBeVisible();
  expect(await tex(s)).toContain(`= ${formatTex(v.z2_1!)}`);
  await expect(s.locator('.bs-live')).toContainText(`= ${formatText(v.z2_1!)}`);
  await expect(s.getByRole('button', { name: 'Previous' })).toHaveAttribute('aria-disabled', 'true');
  await expect(s.locator('[data-el="n-2-1"]')).toHaveClass(/nd-hl/);
  await expect(s.locator('[data-el="e-1-1-2"]')).toHaveClass(/nd-hl/);
});

test('Next walks all 31 steps; every equation ends with the module\'s value; Previous and Reset go back', async ({ tab: page }) => {
  const s = await stepper(page);
  const next = s.getByRole('button', { name: 'Next' });
  for (let k = 0; k < ids.length; k++) {
    if (k > 0) await next.click();
    await expect(s.locator('.bs-count')).toHaveText(`Step ${k + 1} of 31`);
    const want = v[ids[k]!]!;
    await expect(s.locator('.bs-live')).toContainText(`= ${formatText(want)}`);
    expect((await tex(s))!.trimEnd(), ids[k]).toMatch(new RegExp(`= ${formatTex(want).replace(/[.\\^{}()]/g, '\\$&')}\\s*(\\\\end\\{aligned\\})?$`));
  }
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await s.getByRole('button', { name: 'Previous' }).click();
  await expect(s.locator('.bs-count')).toHaveText('Step 30 of 31');
  await s.getByRole('button', { name: 'Reset' }).click();
  await expect(s.locator('.bs-count')).toHaveText('Step 1 of 31');
});

test('δ(2)_1: two paths, their sum ①, then δ — the numbers the module computes', async ({ tab: page }) => {
  const s = await stepper(page);
  for (let k = 0; k < ids.indexOf('path_1_1_0_1'); k++) await s.getByRole('button', { name: 'Next' }).click();
  await expect(s.locator('.bs-live')).toContainText(`Θ(2)_11 δ(3)_1 = 0.4000 × ${formatText(v.delta3_1!)} = ${formatText(v.path_1_1_0_1!)}`);
  await expect(s.locator('[data-el="e-2-1-1"]')).toHaveClass(/nd-hl/);
  await s.getByRole('button', { name: 'Next' }).click();
  await expect(s.locator('.bs-live')).toContainText(`= ${formatText(v.path_1_1_0_2!)}`);
  await s.getByRole('button', { name: 'Next' }).click();
  await expect(s.locator('.bs-live')).toContainText(`= ${formatText(v.path_1_1_0_1!)} + (${formatText(v.path_1_1_0_2!)}) = ${formatText(v.f1_1_1_0!)}`);
  await s.getByRole('button', { name: 'Next' }).click();
  await expect(s.locator('.bs-live')).toContainText(`${formatText(v.f1_1_1_0!)} × ${formatText(v.f2_1_1_0!)} = ${formatText(v.delta2_1!)}`);
  await expect(s.locator('[data-el="n-2-1"] .nd-small').nth(1)).toHaveText(`δ ${formatText(v.delta2_1!, 3)}`);
});

test('①②③ for Θ(2)_11 and the linked symbols of the equation', async ({ tab: page }) => {
  const s = await stepper(page);
  for (let k = 0; k < ids.indexOf('D2_1_1'); k++) await s.getByRole('button', { name: 'Next' }).click();
  await expect(s.locator('.bs-live')).toContainText(`①·②·③ = ${formatText(v.f1_2_1_1!)} × ${formatText(v.f2_2_1_1!)} × ${formatText(v.f3_2_1_1!)}`);
  await s.locator('.bs-eq [data-sym="delta3_1"]').first().hover();
  await expect(s.locator('[data-el="n-3-1"]')).toHaveAttribute('data-linked', '');
  // Keyboard: the step's symbols are focusable and light their diagram element.
  await s.locator('.bs-symbols [data-sym="a2_1"]').focus();
  await expect(s.locator('[data-el="n-2-1"]')).toHaveAttribute('data-linked', '');
  await expect(s.locator('.bs-symbols [data-sym="a2_1"]')).toHaveAttribute('aria-label', `a(2)_1 = ${formatText(v.a2_1!, 6)}, output of unit 1 of layer 2`);
  await expect(s.locator('.bs-symbols [data-sym="a2_1"]')).toHaveText(`a(2)_1 = ${formatText(v.a2_1!, 6)}`);
});

test('keyboard only: Tab to the controls, Enter and Space step', async ({ tab: page }) => {
  const s = await stepper(page);
  await s.locator('h2').click();
  for (let k = 0; k < 40 && !(await s.getByRole('button', { name: 'Previous' }).evaluate((b) => b === document.activeElement)); k++) await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(s.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(s.locator('.bs-count')).toHaveText('Step 3 of 31');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(s.locator('.bs-count')).toHaveText('Step 2 of 31');
  await expect(s.locator('.bs-live')).toContainText(`a(2)_1 = σ(z(2)_1) = σ(${formatText(v.z2_1!)}) = ${formatText(v.a2_1!)}`);
});

test('Play advances every 3 s with reduced motion, and Pause stops it (on the page\'s fake clock)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The page's timers run on Playwright's clock: time moves only when the test says, so nothing here sleeps.
  await page.clock.install();
  const s = await stepper(page);
  // The controls are shown by an effect after hydration, which runs on the page's timers: shown before time stops
  // (with one worker the clock once stopped first, and the hidden Play button was never found).
  await expect(s.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await s.getByRole('button', { name: 'Play' }).click();
  const pause = s.getByRole('button', { name: 'Pause' });
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  // The effect that schedules the step runs after paint (a frame, at most 100 ms): 2.8 s is short of a step.
  await page.clock.runFor(2800);
  await expect(s.locator('.bs-count')).toHaveText('Step 1 of 31');
  await page.clock.runFor(400);
  await expect(s.locator('.bs-count')).toHaveText('Step 2 of 31');
  await pause.click();
  await expect(s.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  await page.clock.runFor(30_000);
  await expect(s.locator('.bs-count')).toHaveText('Step 2 of 31');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the first step, its equation and the diagram are in the HTML', async ({ tab: page }) => {
    await page.goto(PAGE);
    const s = page.locator('#stepper-demo');
    await expect(s.locator('.bs-eq .katex').first()).toBeVisible();
    expect(await tex(s)).toContain(formatTex(v.z2_1!));
    await expect(s.locator('[data-el="n-2-1"]')).toHaveClass(/nd-hl/);
    await expect(s.locator('.bs-live')).toContainText(formatText(v.z2_1!));
  });
});

test('on the Chinese lesson 5 the stepper speaks Chinese: buttons, counter and live region', async ({ tab: page }) => {
  const ZH = STEPPER_STRINGS.zh;
  const zh = stepperSteps(SCENARIOS.classic as Parameters<typeof stepperSteps>[0], 'zh');
  await page.goto('/zh/lessons/algorithm/');
  await renderAll(page);
  // The lesson's own stepper island (the OwnNetwork widget further down draws a stepper inside its own island).
  const island = page.locator('astro-island[opts*="BackpropStepper"]');
  await expect(island).toHaveCount(1);
  const s = island.locator('section.bs');
  await s.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  await expect(s.locator('.bs-count')).toHaveText(ZH.count(1, 31));
  await s.getByRole('button', { name: ZH.next }).click();
  await expect(s.locator('.bs-count')).toHaveText(ZH.count(2, 31));
  await expect(s.locator('.bs-live')).toHaveText(ZH.live(ZH.phase.forward, 2, zh[1]!.title, zh[1]!.text));
  await expect(s.getByRole('button', { name: ZH.previous })).toHaveAttribute('aria-disabled', 'false');
  await expect(s.getByRole('group', { name: ZH.controls })).toBeVisible();
});

test('keyboard: the first Tab on a lesson hydrates the widgets far below it, so Tab reaches their controls (reader QA)', async ({ tab: page }) => {
  await page.goto('/lessons/algorithm/');
  const islands = page.locator('astro-island');
  expect(await islands.count()).toBeGreaterThan(1);
  // Far below the first screen, not yet hydrated: the stepper's buttons are hidden and the network form disabled.
  const stepper = page.locator('astro-island:has(.bs)').first();
  await expect(stepper).toHaveAttribute('ssr', '');
  const below = () => stepper.locator('.bs').evaluate((el) => el.getBoundingClientRect().top - innerHeight);
  expect(await below()).toBeGreaterThan(0);
  await page.keyboard.press('Tab');
  // Every island hydrates (Astro removes `ssr`), and the stepper's Next button is one Tab stop among the others.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const next = stepper.getByRole('button', { name: 'Next' });
  await expect(next).toBeVisible();
  expect(await next.evaluate((b: HTMLButtonElement) => b.tabIndex >= 0 && !b.disabled)).toBe(true);
  expect(await below()).toBeGreaterThan(0); // still far below: it hydrated without being seen
});
