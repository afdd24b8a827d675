import { expect, type Browser, type Page } from '@playwright/test';
import { test } from './tab';

/**
 * Keyboard access to wide display equations on a phone, as a reader meets the page (issue 9): no key pressed, the
 * off-screen blocks still skipping rendering (`content-visibility: auto`, global.css). site.spec.ts checks the scroll
 * regions too, but after rendering the whole page (`all-rendered`), which is what the first Tab does; these tests
 * check the page before any of that.
 */
const PHONE = { width: 360, height: 740 };
/** Long lessons with equations too wide for a phone, far below the first screen. */
const PAGES = ['/lessons/cost/', '/lessons/softmax/', '/lessons/training/', '/zh/lessons/matrix-form/'];
/** The display equations of the lesson text (not the widgets': islands may re-render theirs). */
const EQUATIONS = 'main article .katex-display:not(astro-island *)';

/**
 * Which of a page's equations are wider inside than their box at 360 px, measured on a separate load of the same
 * page with every block rendered (as the first Tab renders them) and KaTeX's fonts loaded: the independent answer.
 */
async function overflowingAtPhoneWidth(browser: Browser, path: string): Promise<boolean[]> {
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(path);
  const wide = await page.evaluate(async (sel) => {
    document.documentElement.classList.add('all-rendered');
    await document.fonts.ready;
    return [...document.querySelectorAll<HTMLElement>(sel)].map((el) => el.scrollWidth > el.clientWidth + 1);
  }, EQUATIONS);
  await context.close();
  return wide;
}

/** Which equations are keyboard-scrollable named groups now: attributes only, no layout read. */
function focusableGroups(page: Page): Promise<boolean[]> {
  return page.locator(EQUATIONS).evaluateAll((els) => els.map((el) =>
    el.getAttribute('tabindex') === '0' && el.getAttribute('role') === 'group' && !!el.getAttribute('aria-label')));
}

for (const path of PAGES) {
  test(`${path} at 360 px: every wide equation is a tab stop once the page is idle, before any key press`, async ({ browser, tab: page }) => {
    const wide = await overflowingAtPhoneWidth(browser, path);
    expect(wide.filter(Boolean).length, 'equations wider than a phone').toBeGreaterThan(0);
    await page.setViewportSize(PHONE);
    await page.goto(path);
    // Wide equations far below the first screen are skipped at load: the case under test.
    const skippedWide = await page.locator(EQUATIONS).evaluateAll((els, w) => els.filter((el, i) =>
      w[i] && !el.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })).length, wide);
    expect(skippedWide, 'wide equations skipped at load').toBeGreaterThan(0);
    await expect.poll(() => focusableGroups(page), { timeout: 15_000 }).toEqual(wide);
    // The page was not rendered in full to get there (the skipping is for phones' load time, issue 14).
    expect(await page.evaluate(() => document.documentElement.classList.contains('all-rendered'))).toBe(false);
  });
}

for (const path of ['/lessons/cost/', '/zh/lessons/matrix-form/']) {
  test(`${path} at 360 px: the whole focus ring of a wide equation is visible, not clipped by its container`, async ({ tab: page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    // As a keyboard reader: the first Tab renders every block and makes every wide equation a tab stop.
    await page.keyboard.press('Tab');
    await page.evaluate(() => document.fonts.ready);
    const rings = await page.evaluate(() => {
      const out: { eq: string; focusVisible: boolean; clippedBy: string[] }[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('main .katex-display[tabindex="0"]')) {
        el.focus();
        const cs = getComputedStyle(el);
        // The outline's outer edge: the border box grown by offset + width (an inset ring has a negative offset).
        const grow = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth);
        const r = el.getBoundingClientRect();
        const ring = { left: r.left - grow, right: r.right + grow, top: r.top - grow, bottom: r.bottom + grow };
        const clippedBy: string[] = [];
        const viewport = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: innerHeight };
        if (ring.left < viewport.left - 0.5 || ring.right > viewport.right + 0.5) clippedBy.push('viewport');
        // Every ancestor that clips its content: at its padding box.
        for (let a = el.parentElement; a; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX === 'visible' && s.overflowY === 'visible' && !/paint|content|strict/.test(s.contain)) continue;
          const q = a.getBoundingClientRect();
          const left = q.left + a.clientLeft, top = q.top + a.clientTop;
          const clip = { left, top, right: left + a.clientWidth, bottom: top + a.clientHeight };
          if (ring.left < clip.left - 0.5 || ring.right > clip.right + 0.5 || ring.top < clip.top - 0.5 || ring.bottom > clip.bottom + 0.5) {
            clippedBy.push(`${a.tagName.toLowerCase()}.${a.className}: ring ${ring.left}..${ring.right} × ${ring.top}..${ring.bottom}, clip ${clip.left}..${clip.right} × ${clip.top}..${clip.bottom}`);
          }
        }
        out.push({ eq: el.id || el.parentElement!.id || el.textContent!.slice(0, 20), focusVisible: el.matches(':focus-visible'), clippedBy });
      }
      return out;
    });
    expect(rings.length, 'focusable wide equations').toBeGreaterThan(3);
    expect(rings.filter((r) => !r.focusVisible)).toEqual([]);
    expect(rings.filter((r) => r.clippedBy.length > 0)).toEqual([]);
    // And the page still fits the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}
