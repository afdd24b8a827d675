import { expect, type Page } from '@playwright/test';
import { test } from './tab';
import { backprop, Network } from '../src/backprop/index.ts';
import { formatText } from '../src/course/format.ts';
import { scenarioValues } from '../src/course/scenarios.ts';
import { DIAGRAM_STRINGS } from '../components/NetworkDiagram/strings.ts';

/** NetworkDiagram and linked symbols on the demo page: numbers from the module, editing, keyboard, no-JS. */
const PAGE = '/demo/stepper/';
const v = scenarioValues('classic');
const exact = (x: number) => formatText(x, 6);
const WEIGHTS = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];

/** Hover an SVG element by its box centre (a horizontal edge has a zero-height box Playwright calls invisible). */
async function hoverCentre(page: Page, el: ReturnType<Page['locator']>, f = 0.5) {
  const b = (await el.boundingBox())!;
  await page.mouse.move(b.x + b.width * f, b.y + b.height * f);
}

/** The editable demo diagram, scrolled into view and hydrated (client:visible-or-tab). */
async function diagram(page: Page) {
  await page.goto(PAGE);
  const section = page.locator('#diagram-demo');
  await section.locator('figure.nd').scrollIntoViewIfNeeded();
  await expect(section.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  return section;
}

test('draws the classic network with the module\'s numbers', async ({ tab: page }) => {
  const d = await diagram(page);
  await expect(d.locator('[data-el^="n-"]')).toHaveCount(8);
  await expect(d.locator('.nd-bias')).toHaveCount(2);
  await expect(d.locator('g[data-el^="e-"]')).toHaveCount(12);
  await expect(d.locator('[data-el="n-3-1"] .nd-a')).toHaveText('0.751');
  await expect(d.locator('[data-el="n-3-1"]')).toHaveAttribute('aria-label', new RegExp(`h_1 = ${exact(v.h_1!)}`));
  await expect(d.locator('[data-el="n-2-2"]')).toHaveAttribute('aria-label', new RegExp(`z\\(2\\)_2 = ${exact(v.z2_2!)}`));
  // Accessible names say what each symbol is, not only how it is written.
  await expect(d.locator('[data-el="e-1-2-1"]')).toHaveAttribute('aria-label', `Θ(1)_21 = 0.250000, weight from unit 1 of layer 1 to unit 2 `
    + `of layer 2; ∂J/∂Θ = ${exact(v.D1_2_1!)}, the derivative of the cost J with respect to this weight. Press Enter to edit.`);
  await expect(d.locator('[data-el="n-2-2"]')).toHaveAttribute('aria-label', new RegExp(`z\\(2\\)_2 = ${exact(v.z2_2!)}, weighted input of unit 2 of layer 2`));
  await expect(d.locator('[data-el="n-1-1"]')).toHaveAttribute('aria-label', 'x_1 = 0.05, input 1. Press Enter to edit.');
  await expect(d.locator('.nd-status')).toHaveText(`Output h = (${exact(v.h_1!)}, ${exact(v.h_2!)}), J = ${exact(v.J!)}`);
  // Every weight label sits on a box of the page's colour that covers its text: no line shows through (reader QA:
  // "0.6" read "0:6").
  const uncovered = await d.locator('svg.nd-svg').evaluate((svg) => [...svg.querySelectorAll('text.nd-wlabel')].flatMap((t) => {
    const r = t.getBoundingClientRect(), box = t.previousElementSibling;
    const b = box?.matches('rect.nd-wbg') ? box.getBoundingClientRect() : null;
    const covers = b && b.left <= r.left + 0.5 && b.right >= r.right - 0.5 && b.top <= r.top + 3 && b.bottom >= r.bottom - 3;
    return covers ? [] : [t.textContent];
  }));
  expect(uncovered).toEqual([]);
  // At desktop width every diagram of the page (this one, the stepper's beside its equations) fits its column: none
  // scrolls (reader QA: the stepper's output layer was cut off).
  const scrolling = await page.locator('.nd-scroll').evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
  expect(await page.locator('.nd-scroll').count()).toBeGreaterThan(1);
  expect(scrolling).toBe(0);
  // On a phone the drawing keeps 0.9 of its size (labels about 10 px; they were 7.7–9.4) and scrolls in its own box.
  await page.setViewportSize({ width: 360, height: 740 });
  const fit = await d.locator('svg.nd-svg').evaluate((svg) => ({
    scale: svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width,
    scrolls: svg.parentElement!.scrollWidth > svg.parentElement!.clientWidth,
  }));
  expect(fit.scale).toBeGreaterThanOrEqual(0.89);
  expect(fit.scrolls).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The keyboard's End goes to J, at the right edge: the box scrolls to show it (reader QA: it stayed at 0, J cut off).
  await d.locator('svg.nd-svg [tabindex="0"]').first().focus();
  await page.keyboard.press('End');
  await expect(d.locator('[data-el="J"]')).toBeFocused();
  const shown = await d.locator('.nd-scroll').first().evaluate((box) => {
    const j = box.querySelector('[data-el="J"]')!.getBoundingClientRect(), b = box.getBoundingClientRect();
    return j.left >= b.left - 0.5 && j.right <= b.right + 0.5;
  });
  expect(shown).toBe(true);
});

test('hover and keyboard focus show the exact number', async ({ tab: page }) => {
  const d = await diagram(page);
  await hoverCentre(page, d.locator('[data-el="e-2-2-1"] .nd-hit'));
  await expect(d.locator('.nd-readout')).toHaveText(`Θ(2)_21 = 0.500000, ∂J/∂Θ = ${exact(v.D2_2_1!)}`);
  await page.mouse.move(0, 0);
  await d.locator('[data-el="n-1-0"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(d.locator('[data-el="n-1-1"]')).toBeFocused();
  await expect(d.locator('.nd-readout')).toHaveText('input x_1 = 0.05');

  // Every kind of focusable element shows a solid focus indicator, 3 units or wider, at ≥ 3:1 against the page, in
  // both themes: the bias units (dashed circles), a unit, the thinnest edge, the cost. (Reduced motion: the widths are
  // read at once, not during their 0.15 s transition.)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    for (const key of ['n-1-0', 'n-2-0', 'n-1-1', 'e-1-1-1', 'J']) {
      await d.locator(`[data-el="${key}"]`).focus();
      const ring = await d.locator(`[data-el="${key}"]`).evaluate((el) => {
        const part = el.matches('g.nd-node') ? el.querySelector('circle')! : el.matches('g.nd-edge') ? el.querySelector('.nd-hit')! : el;
        const cs = getComputedStyle(part);
        const outline = cs.outlineStyle !== 'none';
        const bg = getComputedStyle(document.body).backgroundColor;
        return { focusVisible: el.matches(':focus-visible'), bg, color: outline ? cs.outlineColor : cs.stroke,
          width: parseFloat(outline ? cs.outlineWidth : cs.strokeWidth), solid: outline ? cs.outlineStyle === 'solid' : cs.strokeDasharray === 'none' };
      });
      expect(ring.focusVisible, `${scheme} ${key}`).toBe(true);
      expect(ring.solid, `${scheme} ${key} solid`).toBe(true);
      expect(ring.width, `${scheme} ${key} width`).toBeGreaterThanOrEqual(3);
      expect(contrast(ring.color, ring.bg), `${scheme} ${key}: ${ring.color} on ${ring.bg}`).toBeGreaterThanOrEqual(3);
    }
  }
});

/** WCAG contrast ratio of two computed `rgb(…)` colours; 1 for a colour that is not opaque (`transparent`). */
function contrast(a: string, b: string): number {
  if ([a, b].some((c) => Number(c.match(/[\d.]+/g)![3] ?? 1) < 1)) return 1;
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('editing a weight with the keyboard only recomputes a(3) as the module does', async ({ tab: page }) => {
  const d = await diagram(page);
  // Tab into the drawing (one tab stop), arrow to Θ(2)_11, Enter opens a labelled input.
  await d.locator('p').first().focus();
  for (let k = 0; k < 20 && !(await d.locator('svg [data-el]:focus').count()); k++) await page.keyboard.press('Tab');
  await expect(d.locator('[data-el="n-1-0"]')).toBeFocused();
  for (let k = 0; k < 30 && !(await d.locator('[data-el="e-2-1-1"]:focus').count()); k++) await page.keyboard.press('ArrowRight');
  await expect(d.locator('[data-el="e-2-1-1"]')).toBeFocused();
  await page.keyboard.press('Enter');
  const input = d.getByRole('spinbutton', { name: 'Θ(2)_11' });
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('0.4');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('-1.5');
  const w = WEIGHTS.map((T) => T.map((r) => r.slice()));
  w[1]![0]![1] = -1.5;
  const h = backprop(Network.fromWeights(w), [0.05, 0.1], [0.01, 0.99], { cost: 'squared-error' }).h;
  await expect(d.locator('[data-el="n-3-1"] .nd-a')).toHaveText(formatText(h[0]!, 3));
  await expect(d.locator('[data-el="n-3-1"]')).toHaveAttribute('aria-label', new RegExp(`h_1 = ${exact(h[0]!)}`));
  await expect(d.locator('[data-el="e-2-1-1"]')).toHaveClass(/nd-negative/);
  await page.keyboard.press('Enter');
  await expect(d.locator('[data-el="e-2-1-1"]')).toBeFocused();
  await expect(d.locator('.nd-editor')).toHaveCount(0);
});

test('a weight typed as no finite number is refused on Enter: the value from before is back, and a message says so; Escape cancels', async ({ tab: page }) => {
  // Reader QA: the value follows the text as it is typed, so "1e999" passed through 1e99 and stayed there, unsaid.
  const d = await diagram(page);
  const h1 = formatText(backprop(Network.fromWeights(WEIGHTS), [0.05, 0.1], [0.01, 0.99], { cost: 'squared-error' }).h[0]!, 3);
  const input = d.getByRole('spinbutton', { name: 'Θ(2)_11' });
  // The field has focus from the render that opens the editor (checked here; the fast-typing case is below).
  const edit = async () => { await d.locator('[data-el="e-2-1-1"]').focus(); await page.keyboard.press('Enter'); await expect(input).toBeFocused(); };
  await edit();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1e999');
  await page.keyboard.press('Enter');
  const message = 'Not a finite number: Θ(2)_11 stays 0.4.';
  await expect(d.getByRole('alert')).toHaveText(message);
  await expect(input).toHaveAccessibleDescription(message);
  await expect(input).toHaveValue('0.4');
  await expect(d.locator('[data-el="n-3-1"] .nd-a')).toHaveText(h1);
  // Still open for a number; one closes it and clears the message.
  await page.keyboard.type('0.4');
  await expect(d.locator('.nd-refused')).toHaveText('');
  await expect(input).toHaveAccessibleDescription('');
  await page.keyboard.press('Enter');
  await expect(d.locator('.nd-editor')).toHaveCount(0);
  // Escape with text that is no number closes, leaving the value from before.
  await edit();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1e999');
  await page.keyboard.press('Escape');
  await expect(d.locator('.nd-editor')).toHaveCount(0);
  await expect(d.locator('[data-el="n-3-1"] .nd-a')).toHaveText(h1);
  // Keys typed at once after Enter go into the field (reader QA: "2.5" typed fast was committed as 0.5).
  const w = WEIGHTS.map((T) => T.map((r) => r.slice()));
  w[1]![0]![1] = 2.5;
  const h25 = formatText(backprop(Network.fromWeights(w), [0.05, 0.1], [0.01, 0.99], { cost: 'squared-error' }).h[0]!, 3);
  await d.locator('[data-el="e-2-1-1"]').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('2.5');
  await page.keyboard.press('Enter');
  await expect(d.locator('.nd-editor')).toHaveCount(0);
  await expect(d.locator('[data-el="n-3-1"] .nd-a')).toHaveText(h25);
  // Escape cancels a valid number too: the value from before the editor opened is back.
  await edit();
  await page.keyboard.type('7');
  await expect(d.locator('[data-el="n-3-1"] .nd-a')).not.toHaveText(h25); // the drawing follows the text as typed
  await page.keyboard.press('Escape');
  await expect(d.locator('.nd-editor')).toHaveCount(0);
  await expect(d.locator('[data-el="n-3-1"] .nd-a')).toHaveText(h25);
});

test('editing the input x by click updates every layer', async ({ tab: page }) => {
  const d = await diagram(page);
  await d.locator('[data-el="n-1-2"]').click();
  await d.getByRole('spinbutton', { name: 'x_2' }).fill('1');
  const t = backprop(Network.fromWeights(WEIGHTS), [0.05, 1], [0.01, 0.99], { cost: 'squared-error' });
  await expect(d.locator('[data-el="n-2-1"] .nd-a')).toHaveText(formatText(t.a(2)[1]!, 3));
  await expect(d.locator('[data-el="n-3-2"] .nd-a')).toHaveText(formatText(t.h[1]!, 3));
  await d.getByRole('button', { name: 'Done' }).click();
  await expect(d.locator('.nd-editor')).toHaveCount(0);
});

test('linked symbols: a symbol lights its unit and shows its value, and the reverse', async ({ tab: page }) => {
  const d = await diagram(page);
  const sym = d.locator('.sym[data-sym="delta2_1"]');
  await sym.hover();
  await expect(d.locator('[data-el="n-2-1"]')).toHaveAttribute('data-linked', '');
  await expect(sym).toHaveAttribute('data-value', `δ(2)_1 = ${exact(v.delta2_1!)}`);
  await expect(d.locator('.nd-readout')).toHaveText(`δ(2)_1 = ${exact(v.delta2_1!)}`);
  await page.mouse.move(0, 0);
  await expect(d.locator('[data-el="n-2-1"]')).not.toHaveAttribute('data-linked', '');
  // Reverse: the unit lights every symbol of that unit (a, z, δ), not the others.
  await d.locator('[data-el="n-2-1"] circle').hover();
  for (const name of ['a2_1', 'z2_1', 'delta2_1']) await expect(d.locator(`.sym[data-sym="${name}"]`)).toHaveAttribute('data-linked', '');
  await expect(d.locator('.sym[data-sym="x_1"]')).not.toHaveAttribute('data-linked', '');
  await hoverCentre(page, d.locator('[data-el="e-1-1-1"] .nd-hit'), 0.15);
  await expect(d.locator('.sym[data-sym="Theta1_1_1"]')).toHaveAttribute('data-linked', '');
});

test('linked symbols work by keyboard focus and follow edits', async ({ tab: page }) => {
  const d = await diagram(page);
  const sym = d.locator('.sym[data-sym="a3_1"]');
  await expect(sym).toHaveAttribute('tabindex', '0');
  await expect(sym).toHaveAttribute('aria-label', `a(3)_1 = ${exact(v.a3_1!)}, output of unit 1 of layer 3`);
  await d.locator('[data-el="n-1-1"]').click();
  await d.getByRole('spinbutton', { name: 'x_1' }).fill('2');
  await page.keyboard.press('Enter');
  await expect(d.locator('[data-el="n-1-1"]')).toBeFocused(); // the editor hands focus back to the unit first
  await sym.focus();
  const h = backprop(Network.fromWeights(WEIGHTS), [2, 0.1], [0.01, 0.99], { cost: 'squared-error' }).h;
  await expect(d.locator('[data-el="n-3-1"]')).toHaveAttribute('data-linked', '');
  await expect(sym).toHaveAttribute('aria-label', `a(3)_1 = ${exact(h[0]!)}, output of unit 1 of layer 3`);
  await expect(sym).toHaveAttribute('data-value', `a(3)_1 = ${exact(h[0]!)}`); // the tooltip shows the text only
  await d.locator('.sym[data-sym="J"]').focus();
  await expect(d.locator('[data-el="J"]')).toHaveAttribute('data-linked', '');
  await expect(d.locator('[data-el="n-3-1"]')).not.toHaveAttribute('data-linked', '');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static diagram and its tables show the initial numbers', async ({ tab: page }) => {
    await page.goto(PAGE);
    const d = page.locator('#diagram-demo');
    await expect(d.locator('svg [data-el^="n-"]')).toHaveCount(8);
    await expect(d.locator('[data-el="n-2-1"] .nd-a')).toHaveText('0.593');
    await expect(d.locator('[data-el="J"]')).toHaveText('J = 0.298');
    await d.locator('summary').click();
    await expect(d.locator('table').first()).toContainText(exact(v.delta3_2!));
    await expect(d.locator('table').nth(1)).toContainText(exact(v.D1_1_2!));
  });
});

/** Latin words of three letters or more, apart from names both editions write in Latin letters (the Enter key). */
const latinWords = (text: string) => [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])].filter((w) => w !== 'Enter');

test('on the Chinese lesson 1 the diagram speaks Chinese, with the same numbers', async ({ tab: page }) => {
  const ZH = DIAGRAM_STRINGS.zh;
  await page.goto('/zh/lessons/notation/');
  const d = page.locator('figure.nd').first();
  await d.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: d })).not.toHaveAttribute('ssr', /.*/);
  await expect(d.locator('.nd-readout')).toHaveText(ZH.hintEditable);
  await expect(d.locator('.nd-status')).toHaveText(ZH.status(`${exact(v.h_1!)}, ${exact(v.h_2!)}`, exact(v.J!)));
  await expect(d.locator('[data-el="e-1-2-1"]')).toHaveAttribute('aria-label',
    ZH.editable(`Θ(1)_21 = 0.250000，从第 1 层单元 1 到第 2 层单元 2 的权重；${ZH.slope(exact(v.D1_2_1!))}`));
  await d.locator('[data-el="n-1-0"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(d.locator('.nd-readout')).toHaveText(`${ZH.input('x_1')} = 0.05`);
  await page.keyboard.press('Enter');
  await expect(d.getByRole('button', { name: ZH.done })).toBeVisible();
  expect(latinWords(await d.innerText())).toEqual([]);
});
