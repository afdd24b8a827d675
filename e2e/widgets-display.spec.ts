import { expect } from '@playwright/test';
import { test } from './tab';
import { readFileSync } from 'node:fs';
import { resolveOutDir } from '../src/site/out-dir.mjs';

/** What the widgets and the site chrome show: narrow screens, no JavaScript, the theme toggle, demo pages (reader QA). */

test('at 360 px the verdict column of the gradient-check table and the graph\'s gradient column are on screen (D28)', async ({ tab: page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/demo/analysis/');
  for (const [id, table] of [['demo-gradient-check', 'gc-table'], ['demo-graph-cost', 'cg-counts']] as const) {
    const t = page.locator(`#${id}`).getByTestId(table);
    await t.scrollIntoViewIfNeeded();
    const fits = await t.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const cells = [...el.querySelectorAll('tr > :last-child')].map((c) => c.getBoundingClientRect().right);
      return { scrolls: el.scrollWidth > el.clientWidth + 1, right: Math.max(...cells), box: box.right, vw: document.documentElement.clientWidth };
    });
    expect(fits.scrolls, id).toBe(false);
    expect(fits.right, id).toBeLessThanOrEqual(Math.min(fits.box, fits.vw) + 1);
  }
});

test('at 360 px every number and header word of the gradient-check table stays whole on one line', async ({ tab: page }) => {
  // Reader QA: the table broke numbers and words inside ("0.00877135" / "5", "weigh" / "t") to keep four columns on
  // screen. A cell's text is broken inside a word when one of its words spans two line boxes.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/demo/analysis/', '/lessons/gradient-checking/', '/zh/lessons/gradient-checking/']) {
    await page.goto(path);
    const t = page.getByTestId('gc-table').first();
    await t.scrollIntoViewIfNeeded();
    await page.evaluate(() => document.fonts.ready); // measured in the page's own fonts
    const broken = await t.evaluate((table) => [...table.querySelectorAll('th, td')].flatMap((cell) => {
      const text = cell.textContent ?? '';
      const node = [...cell.childNodes].flatMap(function all(n): Node[] { return n.nodeType === 3 ? [n] : [...n.childNodes].flatMap(all); });
      return node.flatMap((n) => [...(n.textContent ?? '').matchAll(/\S+/g)].filter((m) => {
        const r = document.createRange();
        r.setStart(n, m.index!);
        r.setEnd(n, m.index! + m[0].length);
        return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size > 1;
      }).map((m) => `${m[0]} (in "${text}")`));
    }));
    expect(broken, path).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the stepper hides its inert buttons and says they need JavaScript; the theme toggle is hidden (D29)', async ({ tab: page }) => {
    await page.goto('/demo/stepper/');
    const s = page.locator('.bs').first();
    await expect(s.getByRole('button', { name: 'Next' })).toBeHidden();
    await expect(s).toContainText('need JavaScript');
    await expect(s.locator('.bs-eq .katex').first()).toBeVisible();
    await expect(page.locator('theme-toggle button')).toBeHidden();
  });
  test('the computation graph says its buttons need JavaScript (D29)', async ({ tab: page }) => {
    await page.goto('/demo/analysis/');
    await expect(page.locator('#demo-graph-e')).toContainText('need JavaScript');
  });
});

test('the theme toggle shows its state, not only aria-pressed (D30)', async ({ tab: page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toContainText('on');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toContainText('off');
});

test('demo pages are noindex and not in the sitemap; lessons are (D37)', () => {
  const dir = resolveOutDir();
  const sitemap = readFileSync(`${dir}/sitemap-0.xml`, 'utf8');
  expect(sitemap).toContain('/lessons/notation/');
  expect(sitemap).not.toContain('/demo/');
  for (const page of ['analysis', 'cells', 'playground', 'stepper']) {
    expect(readFileSync(`${dir}/demo/${page}/index.html`, 'utf8'), page).toMatch(/<meta name="robots" content="noindex"/);
  }
  expect(readFileSync(`${dir}/lessons/notation/index.html`, 'utf8')).not.toContain('noindex');
});

test('a gradient-check row that passes on the absolute floor alone is marked, and a note says why', async ({ tab: page }) => {
  // Reader QA: at ε = 0.1 one row read "✓ 1.0e-6" and another "✗ 1.0e-6", with no word on the absolute floor.
  await page.goto('/demo/analysis/');
  const gc = page.locator('#demo-gradient-check');
  await gc.scrollIntoViewIfNeeded(); // the widget comes alive when it is seen
  const slider = gc.getByTestId('gc-epsilon');
  await expect(slider).toBeEnabled();
  await slider.focus();
  await page.keyboard.press('End');
  await expect(gc.getByTestId('gc-eps')).toHaveText('ε = 0.10');
  const note = gc.getByTestId('gc-floor-note');
  await expect(note).toContainText('the absolute floor');
  const rows = await gc.getByTestId('gc-table').locator('tbody tr td:last-child').allTextContents();
  const marked = rows.map((text) => {
    const rel = Number(/[\d.]+e[-+]?\d+|[\d.]+/.exec(text.replace('✓', '').replace('✗', ''))![0]);
    return { pass: text.startsWith('✓'), rel, star: text.includes('*') };
  });
  // Marked exactly when it passed with a relative difference above the 1e-7 tolerance; both kinds occur here.
  for (const m of marked) expect(m.star, JSON.stringify(m)).toBe(m.pass && m.rel > 1e-7);
  expect(marked.some((m) => m.star)).toBe(true);
  expect(marked.some((m) => !m.pass)).toBe(true);
  // Back at ε = 1e-4 every row passes on the relative test: no mark, no note.
  await page.keyboard.press('Home');
  for (let i = 0; i < 32; i++) await page.keyboard.press('ArrowRight');
  await expect(gc.getByTestId('gc-eps')).toHaveText('ε = 0.00010');
  await expect(note).toHaveCount(0);
});
