import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './tab';
import { runAxe } from './axe';
import { gradients, Network } from '../src/backprop/index.ts';
import { COST_CURVE_STRINGS } from '../components/CostCurve/strings.ts';
import { GRADIENT_CHECK_STRINGS } from '../components/GradientCheck/strings.ts';
import { GRAPH_STRINGS } from '../components/ComputationGraph/strings.ts';
import { layoutGraph } from '../components/ComputationGraph/graph.ts';
import { steps } from '../components/ComputationGraph/model.ts';
import { named, sym } from '../src/notation/symbol.ts';
import type { Lang } from '../src/i18n/lang.ts';

/** The analysis widgets on their demo page: CostCurve, GradientCheck, ComputationGraph (both expressions). */
const PAGE = '/demo/analysis/';
const classic = Network.fromWeights([[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]]);
const D = gradients(classic, [[0.05, 0.1]], [[0.01, 0.99]], { cost: 'squared-error' }).D;

/** Parse a number as the widgets print it (− for minus, e-8 exponents). */
const num = (s: string | null) => Number((s ?? '').replace('−', '-').trim());
const text = async (l: Locator) => num(await l.textContent());

/**
 * What a screen reader should hear for each GradientCheck row header, from the notation model's renderer: the classic
 * 2-2-2 network's 12 weights Θ(l)_ij (rows i = 1, 2 of layer l + 1; columns j = 0 (bias), 1, 2), layer by layer.
 */
const weightNames = (lang: Lang) => [1, 2].flatMap((l) => [1, 2].flatMap((i) => [0, 1, 2].map((j) =>
  named(sym.Theta(l, i, j), lang, { indices: 'subscript' }))));

/** Each row header of the GradientCheck table in `w` has, in Chromium's accessibility tree, the weight's name in `lang`. */
async function expectRowHeaderNames(w: Locator, lang: Lang) {
  const headers = w.getByTestId('gc-table').getByRole('rowheader');
  const expected = weightNames(lang);
  await expect(headers).toHaveCount(expected.length);
  for (const [k, name] of expected.entries()) await expect(headers.nth(k)).toHaveAccessibleName(name);
}

/** Scroll a widget into view (client:visible-or-tab) and wait until its controls are enabled, i.e. hydrated. */
async function widget(page: Page, id: string, control: string): Promise<Locator> {
  const w = page.locator(`#${id}`);
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByTestId(control).first()).toBeEnabled();
  return w;
}

test.describe('CostCurve', () => {
  test('renders the classic J and slopes; moving the weight moves the point and the slopes agree', async ({ tab: page }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'demo-cost-curve', 'cc-value');
    expect(await text(w.getByTestId('cc-J'))).toBeCloseTo(0.298371109, 8);
    expect(await text(w.getByTestId('cc-slope'))).toBeCloseTo(D[1]![0]![1]!, 9);
    const before = Number(await w.getByTestId('cc-point').getAttribute('cx'));
    await w.getByTestId('cc-value').fill('2.5');
    await w.getByTestId('cc-value').press('Enter');
    await expect(w.getByTestId('cc-w')).toHaveText('2.50000');
    const after = Number(await w.getByTestId('cc-point').getAttribute('cx'));
    expect(after).toBeGreaterThan(before + 20);
    const net = classic.clone();
    net.setWeight(2, 1, 1, 2.5);
    const expected = gradients(net, [[0.05, 0.1]], [[0.01, 0.99]], { cost: 'squared-error' }).D[1]![0]![1]!;
    const slope = await text(w.getByTestId('cc-slope')), numerical = await text(w.getByTestId('cc-numerical'));
    expect(slope).toBeCloseTo(expected, 9);
    expect(Math.abs(slope - numerical)).toBeLessThan(1e-6);
    await expect(w.getByTestId('cc-diff')).toHaveText(/e-1[0-9]|e-9|e-8|e-7/);
  });

  test('keyboard only: choose another weight and step its value with the arrow keys', async ({ tab: page }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'demo-cost-curve', 'cc-weight');
    await w.getByTestId('cc-weight').focus();
    await page.keyboard.press('Home'); // first weight: Θ(1)₁₀
    await expect(w.getByTestId('cc-weight')).toHaveValue('1_1_0');
    expect(await text(w.getByTestId('cc-slope'))).toBeCloseTo(D[0]![0]![0]!, 9);
    await page.keyboard.press('Tab'); // to the slider
    await expect(w.getByTestId('cc-slider')).toBeFocused();
    const cx0 = Number(await w.getByTestId('cc-point').getAttribute('cx'));
    for (let n = 0; n < 10; n++) await page.keyboard.press('ArrowRight');
    // The slider's grid is −4 + k·0.02, so the first step snaps 0.35 to 0.36, then nine more steps of 0.02.
    await expect(w.getByTestId('cc-w')).toHaveText('0.560000');
    expect(Number(await w.getByTestId('cc-point').getAttribute('cx'))).toBeGreaterThan(cx0);
    const slope = await text(w.getByTestId('cc-slope')), numerical = await text(w.getByTestId('cc-numerical'));
    expect(Math.abs(slope - numerical)).toBeLessThan(1e-6);
  });
});

test.describe('GradientCheck', () => {
  test('table of 12 weights passes at ε = 1e-4; the ε slider changes the table and moves the plot marker', async ({ tab: page }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'demo-gradient-check', 'gc-epsilon');
    const rows = w.locator('[data-testid="gc-table"] tbody tr');
    await expect(rows).toHaveCount(12);
    await expect(w.locator('tbody tr.bad')).toHaveCount(0);
    // Row headers are read as the weights' names, not as bare symbols with subscript digits (reader QA, issue 9).
    await expectRowHeaderNames(w, 'en');
    expect(await text(w.getByTestId('gc-overall'))).toBeLessThan(1e-9);
    await expect(rows.nth(7).locator('td').first()).toHaveText(D[1]![0]![1]!.toPrecision(7));
    const cx = Number(await w.getByTestId('gc-marker').getAttribute('cx'));
    const numerical = await rows.nth(7).locator('td').nth(1).textContent();
    await w.getByTestId('gc-epsilon').focus();
    await page.keyboard.press('End'); // ε = 1e-1: truncation error dominates
    await expect(w.getByTestId('gc-eps')).toHaveText('ε = 0.10');
    expect(Number(await w.getByTestId('gc-marker').getAttribute('cx'))).toBeGreaterThan(cx + 50);
    expect(await text(w.getByTestId('gc-overall'))).toBeGreaterThan(1e-6);
    await expect(rows.nth(7).locator('td').nth(1)).not.toHaveText(numerical!);
    await page.keyboard.press('Home'); // ε = 1e-12: round-off dominates
    await expect(w.getByTestId('gc-eps')).toHaveText('ε = 1.0e-12');
    expect(Number(await w.getByTestId('gc-marker').getAttribute('cx'))).toBeLessThan(cx);
  });

  test('keyboard only: planting the bug fails the six Θ(1) rows, and removing it passes again', async ({ tab: page }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'demo-gradient-check', 'gc-bug');
    await w.getByTestId('gc-epsilon').focus();
    await page.keyboard.press('Tab');
    await expect(w.getByTestId('gc-bug')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(w.getByTestId('gc-bug')).toHaveAttribute('aria-pressed', 'true');
    await expect(w.locator('tbody tr.bad')).toHaveCount(6);
    await expect(w.getByTestId('gc-summary')).toContainText('check fails');
    expect(await text(w.getByTestId('gc-overall'))).toBeGreaterThan(1e-3);
    await page.keyboard.press('Enter');
    await expect(w.locator('tbody tr.bad')).toHaveCount(0);
  });
});

test.describe('ComputationGraph', () => {
  test('e = (a+b)(b+1): forward mode takes 2 passes, reverse mode 1 backward pass; counts from the module', async ({ tab: page }) => {
    await page.goto(PAGE);
    const w = await widget(page, 'demo-graph-e', 'cg-step');
    await expect(w.locator('[data-node="e"] .cg-value')).toHaveText('6');
    const counts = w.getByTestId('cg-counts');
    await expect(counts.locator('tr[data-mode="forward"] td')).toHaveText(['2', '18', '…, …']);
    await expect(counts.locator('tr[data-mode="reverse"] td').nth(0)).toHaveText('2');
    await expect(counts.locator('tr[data-mode="reverse"] td').nth(1)).toHaveText('9');
    const step = w.getByTestId('cg-step');
    await step.click();
    await expect(w.getByTestId('cg-counter')).toHaveText('Step 1 of 12 · pass 1 of 2 (∂/∂a)');
    await expect(w.locator('.cg-current')).toHaveCount(1);
    for (let n = 1; n < 6; n++) await step.click();
    await expect(counts.locator('tr[data-mode="forward"] td').nth(2)).toHaveText('2, …');
    for (let n = 6; n < 12; n++) await step.click();
    await expect(w.getByTestId('cg-counter')).toHaveText('Step 12 of 12 · pass 2 of 2 (∂/∂b)');
    await expect(counts.locator('tr[data-mode="forward"] td').nth(2)).toHaveText('2, 5');
    await expect(step).toBeDisabled();

    await w.getByTestId('cg-mode-reverse').click();
    await expect(w.getByTestId('cg-counter')).toHaveText('Step 0 of 6');
    await step.click();
    await expect(w.getByTestId('cg-status')).toContainText('∂e/∂d is now 3');
    for (let n = 1; n < 6; n++) await step.click();
    await expect(w.getByTestId('cg-counter')).toHaveText('Step 6 of 6 · backward pass');
    await expect(counts.locator('tr[data-mode="reverse"] td').nth(2)).toHaveText('2, 5');
    await expect(w.locator('[data-node="a"] .cg-deriv')).toHaveText('2');
    await expect(w.locator('[data-node="b"] .cg-deriv')).toHaveText('5');
  });

  test('seed-cost: keyboard only, play the backward pass; gradients equal the matrix backprop', async ({ page }) => {
    // The animation steps on the page's timers (one step per 0.7 s, about 17 steps): the test moves the page's clock
    // on instead of waiting 12 s for it.
    await page.clock.install();
    await page.goto(PAGE);
    const w = await widget(page, 'demo-graph-cost', 'cg-play');
    const net = Network.fromWeights([[[0.35, 0.15, 0.2]]]);
    const d = gradients(net, [[0.05, 0.1]], [[0.01]], { cost: 'squared-error' }).D[0]![0]!;
    await w.getByTestId('cg-play').focus();
    await page.keyboard.press('Enter');
    const result = w.getByTestId('cg-counts').locator('tr[data-mode="reverse"] td').nth(2);
    const want = d.map((v) => String(Number(v.toPrecision(4)))).join(', ');
    await page.clock.runFor(30_000); // more than the whole pass: the animation stops at its last step
    await expect(result).toHaveText(want);
    await expect(w.getByTestId('cg-counts').locator('tr[data-mode="forward"] td').nth(0)).toHaveText('3');
    await page.keyboard.press('Tab'); // Reset
    await expect(w.getByTestId('cg-reset')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(w.getByTestId('cg-counter')).toHaveText(/^Step 0 of \d+$/);
  });

  test('with reduced motion, Play jumps to the end of the pass instead of animating', async ({ tab: page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(PAGE);
    const w = await widget(page, 'demo-graph-e', 'cg-play');
    await w.getByTestId('cg-play').click();
    await expect(w.getByTestId('cg-counter')).toHaveText('Step 6 of 12 · pass 1 of 2 (∂/∂a)');
  });
});

test('without JavaScript every widget shows its initial state: SVGs, numbers and tables', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.locator('#demo-cost-curve svg path.cc-curve')).toHaveCount(1);
  expect(num(await page.locator('#demo-cost-curve [data-testid="cc-slope"]').textContent())).toBeCloseTo(D[1]![0]![1]!, 9);
  await expect(page.locator('#demo-gradient-check [data-testid="gc-table"] tbody tr')).toHaveCount(12);
  await expectRowHeaderNames(page.locator('#demo-gradient-check'), 'en');
  await expect(page.locator('#demo-gradient-check [data-testid="gc-marker"]')).toHaveCount(1);
  await expect(page.locator('#demo-graph-e [data-node]')).toHaveCount(6);
  await expect(page.locator('#demo-graph-e [data-testid="cg-derivatives"] tbody tr')).toHaveCount(6);
  await expect(page.locator('#demo-graph-e [data-testid="cg-derivatives"]')).toBeVisible();
  // e = (a+b)(b+1) at a = 2, b = 1: ∂e/∂a = b+1 = 2, ∂e/∂b = a+2b+1 = 5 in both rows of the counts table, finished
  // (reader QA: without JavaScript they read "…").
  for (const m of ['forward', 'reverse']) await expect(page.locator(`#demo-graph-e [data-testid="cg-counts"] tr[data-mode="${m}"] td`).nth(2)).toHaveText('2, 5');
  await expect(page.locator('#demo-graph-cost [data-node="J"]')).toHaveCount(1);
  // Controls that need JavaScript are disabled and look it (issue 9 §4): faded, no pointer cursor, unlike an enabled
  // button of the same page (the theme toggle's place in the header is a button too; here: a fresh one in main).
  const looks = await page.locator('#main').evaluate((main) => {
    const probe = main.appendChild(document.createElement('button'));
    const style = (el: Element) => { const s = getComputedStyle(el); return `${s.cursor} ${s.opacity}`; };
    const enabled = style(probe);
    probe.remove();
    const disabled = [...main.querySelectorAll(':is(button, input, select):disabled')].map(style);
    return { enabled, disabled };
  });
  expect(looks.enabled).toBe('pointer 1');
  expect(looks.disabled.length).toBeGreaterThan(8);
  for (const l of looks.disabled) expect(l).toMatch(/^not-allowed 0\.[1-7]\d*$/);
  await context.close();
});

test('hydrated and mid-animation, the widgets have no axe violations in light and dark', async ({ tab: page }) => {
  test.setTimeout(120_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(PAGE);
    await widget(page, 'demo-cost-curve', 'cc-weight');
    const gc = await widget(page, 'demo-gradient-check', 'gc-bug');
    await gc.getByTestId('gc-bug').click();
    await expect(gc.locator('tbody tr.bad')).toHaveCount(6);
    for (const id of ['demo-graph-e', 'demo-graph-cost']) {
      const g = await widget(page, id, 'cg-step');
      for (let n = 0; n < 3; n++) await g.getByTestId('cg-step').click();
      await expect(g.locator('.cg-current')).toHaveCount(1);
    }
    expect(await runAxe(page, { include: '#main' }), `axe in ${scheme} mode`).toEqual([]);
  }
});

test('on the Chinese lessons the three widgets speak Chinese', async ({ tab: page }) => {
  test.setTimeout(120_000);
  /** Latin words of three letters or more: English left in a Chinese widget. */
  const latinWords = async (l: Locator) => [...new Set((await l.innerText()).match(/[A-Za-z]{3,}/g) ?? [])];
  const onPage = async (path: string, name: string, control: string) => {
    await page.goto(path);
    const w = page.locator(`[data-widget="${name}"]`).first();
    await w.scrollIntoViewIfNeeded();
    await expect(w.getByTestId(control).first()).toBeEnabled();
    return w;
  };
  const cc = await onPage('/zh/lessons/cost/', 'cost-curve', 'cc-slider');
  const CC = COST_CURVE_STRINGS.zh;
  await expect(cc.locator('label').first()).toContainText(CC.weight);
  await expect(cc.getByTestId('cc-readout')).toContainText(CC.numericalSlope.trim());
  await expect(cc.getByTestId('cc-slider')).toHaveAccessibleName(CC.valueOf('Θ(2)₁₁'));
  expect(await latinWords(cc)).toEqual([]);

  const gc = await onPage('/zh/lessons/gradient-checking/', 'gradient-check', 'gc-bug');
  const GC = GRADIENT_CHECK_STRINGS.zh;
  await expect(gc.getByTestId('gc-bug')).toHaveText(GC.bug);
  await expect(gc.getByTestId('gc-summary')).toContainText(GC.pass);
  await expectRowHeaderNames(gc, 'zh');
  // By keyboard on the long lesson pages: a click can land where the button was before an island above it changed
  // height (one lost click in CI); the mouse is tested on the demo page.
  await gc.getByTestId('gc-bug').press('Enter');
  await expect(gc.getByTestId('gc-summary')).toContainText(GC.fail('1e-7'));
  expect(await latinWords(gc)).toEqual([]);

  const cg = await onPage('/zh/lessons/chain-rule/', 'computation-graph', 'cg-step');
  const G = GRAPH_STRINGS.zh;
  await cg.getByTestId('cg-step').press('Enter');
  await expect(cg.getByTestId('cg-counter')).toHaveText(`${G.counter(1, 12)}${G.forwardPass(1, 2, 'a')}`);
  await expect(cg.getByTestId('cg-status')).toContainText(steps(layoutGraph(), 'forward', 'zh')[0]!.text);
  expect(await latinWords(cg)).toEqual([]);
});
