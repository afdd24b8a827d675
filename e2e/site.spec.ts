import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { axe, flattenMathForAxe } from './axe';
import { builtPages } from './pages';
import { scrollRegionMismatches, tagOverlaps } from './equations';

/**
 * Every built page (read from the build, so new lessons and /zh/ pages are covered without editing this file),
 * loaded ONCE: the tests of a page run in order, in one worker, on that one load. First what measures the typeset
 * math: at desktop width (console, one h1, on lessons: no equation number over its formula), then resized to a
 * 360 px phone (no sideways scroll, equations scroll by keyboard exactly when they overflow, equation numbers again).
 * Then axe, on the page with KaTeX's aria-hidden HTML boxed ({@link flattenMathForAxe}): at 360 px the
 * layout-dependent rules, back at desktop width all rules in light mode and contrast in dark. Links and math are
 * checked on the built HTML in tests/built/.
 */
const pages = builtPages();
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
/** Lesson pages in every language (`/lessons/x/`, `/zh/lessons/x/`): each has numbered display equations. */
const isLesson = (path: string) => /^\/(?:[a-z]{2}\/)?lessons\/[^/]+\/$/.test(path);

/** Equation numbers (KaTeX `\tag`) never drawn over their formula, and readable without scrolling (QA D1, D3). */
async function expectTagsClear(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  const { tags, overlaps, hiddenTags } = await tagOverlaps(page);
  expect(tags).toBeGreaterThan(0);
  expect(overlaps).toEqual([]);
  expect(hiddenTags).toEqual([]);
}

/** Collects console errors and failed requests while a page loads. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/404.html')) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

/**
 * Axe violations in the given colour scheme. Structure and ARIA do not change with the theme, colours do: all
 * rules in light mode, contrast in dark. KaTeX's visual HTML is aria-hidden (screen readers get its MathML, which
 * stays checked) and inherits the text colour; leaving its thousands of spans out keeps axe fast on long lessons.
 * The contrast-only run leaves out all of `.katex`: its MathML is clipped away (`clip-path: inset(50%)`), which axe's contrast rule
 * never applies to, so the result is the same, only sooner.
 */
/**
 * KaTeX's MathML is the library's output for our TeX, the same kind of markup on every page: it is checked in full
 * on the longest lesson of each edition (hundreds of formulas, every construct the course uses) and left out of
 * the light run elsewhere, where it is most of axe's work. Everything of ours around it (the equation groups and
 * their names, scroll regions, tags) stays checked on every page.
 */
const MATHML_CHECKED = new Set(['/lessons/deriving-backprop/', '/zh/lessons/deriving-backprop/']);

async function axeViolations(page: Page, scheme: 'light' | 'dark', path: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  // options() replaces all run options, so it comes before withRules().
  const builder = axe(page).options({ resultTypes: ['violations'] });
  const results = await (scheme === 'light'
    ? builder.exclude(MATHML_CHECKED.has(path) ? '.katex-html' : '.katex')
    : builder.exclude('.katex').withRules(['color-contrast'])).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * At 360 px only the layout changes, not the colours or the markup (both already checked at desktop width in
 * both themes): the rules whose outcome depends on the layout are run — equations and tables that now overflow
 * must be keyboard-scrollable, touch targets must stay large enough, the viewport must allow zoom.
 */
const PHONE_RULES = ['scrollable-region-focusable', 'target-size', 'meta-viewport', 'meta-viewport-large'];

async function axePhoneViolations(page: Page): Promise<string[]> {
  const results = await axe(page).options({ resultTypes: ['violations'] })
    .exclude('.katex').withRules(PHONE_RULES).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test('the lessons whose MathML axe checks in full are in the build', () => {
  expect(pages).toEqual(expect.arrayContaining([...MATHML_CHECKED]));
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    // In order, in one worker, on one page load; a failure does not skip the rest (the next worker reloads).
    test.describe.configure({ mode: 'default', timeout: 120_000 });
    let context: BrowserContext;
    let page: Page;
    let problems: string[];

    test.beforeAll(async ({ browser }) => {
      // Axe needs a page of an explicit context (browser.newPage() gives one it cannot use).
      context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' }); // as playwright.config.ts
      page = await context.newPage();
      problems = watch(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    });
    test.afterAll(async () => { await context?.close(); });

    test('loads with no console error or failed request, with one h1', async () => {
      expect(problems).toEqual([]);
      await expect(page.locator('h1')).toHaveCount(1);
    });

    if (isLesson(path)) {
      test('at desktop width no equation number is drawn over a formula glyph', async () => {
        if (page.viewportSize()?.width !== DESKTOP.width) await page.setViewportSize(DESKTOP);
        await expectTagsClear(page);
      });
    }

    test('fits a 360 px wide phone without horizontal scroll', async () => {
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBe(PHONE.width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test('at 360 px the equations that scroll sideways are focusable named groups, and those that fit are not', async () => {
      if (page.viewportSize()?.width !== PHONE.width) await page.setViewportSize(PHONE);
      // The attributes follow the size through a ResizeObserver: poll until they have caught up with the resize.
      await expect.poll(() => scrollRegionMismatches(page)).toEqual([]);
    });

    if (isLesson(path)) {
      test('at 360 px no equation number is drawn over a formula glyph', async () => {
        if (page.viewportSize()?.width !== PHONE.width) await page.setViewportSize(PHONE);
        await expectTagsClear(page);
      });
    }

    test('at 360 px its scroll regions, touch targets and viewport pass axe', async () => {
      if (page.viewportSize()?.width !== PHONE.width) await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: 'light' });
      // The scroll regions' attributes follow the size through a ResizeObserver: settled before the math is boxed.
      await expect.poll(() => scrollRegionMismatches(page)).toEqual([]);
      await flattenMathForAxe(page, MATHML_CHECKED.has(path));
      expect(await axePhoneViolations(page)).toEqual([]);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`has no axe violations at desktop width in ${scheme} mode`, async () => {
        if (page.viewportSize()?.width !== DESKTOP.width) await page.setViewportSize(DESKTOP);
        await flattenMathForAxe(page, MATHML_CHECKED.has(path));
        expect(await axeViolations(page, scheme, path)).toEqual([]);
      });
    }
  });
}

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-lesson/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('not here');
  await expect(page.locator('h2[lang="zh-CN"], section[lang="zh-CN"] h2')).toContainText('页面不存在');
  await expect(page.locator('main a').first()).toBeVisible();
});
