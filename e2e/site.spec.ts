import { test as base, expect, type Page, type Request } from '@playwright/test';
import { flattenMathForAxe, runAxe } from './axe';
import { builtPages } from './pages';
import { hasCells, runEveryCell } from './notebook-run';
import { scrollRegionMismatches, tagOverlaps } from './equations';

/**
 * Every built page (read from the build, so new lessons and /zh/ pages are covered without editing this file),
 * loaded ONCE: the tests of a page run in order, in one worker, on that one load. A worker opens one browser tab and
 * goes from page to page in it, as a reader does (see {@link test}'s `tab`). First what measures the typeset
 * math: at desktop width (one h1, equations scroll by keyboard exactly when they overflow, on lessons: no
 * equation number over its formula), then resized to a 360 px phone (no sideways scroll, scroll regions and equation
 * numbers again). Then axe, all rules, on the page with KaTeX's aria-hidden HTML boxed ({@link flattenMathForAxe}):
 * at 360 px in light mode, then back at desktop width in dark mode. Links and math are checked on the built HTML in
 * tests/built/.
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

/**
 * One browser tab per worker, shared by the pages that worker checks: each page is loaded into it in turn, after the
 * last check of the page before (which waits for the network to be quiet) and with the site's storage cleared, the
 * viewport back at desktop width and the colour scheme light. A fresh context and tab per page cost a new renderer
 * process each time, and axe, injected again into a cold one, ran about twice as slow as in a tab that had run it
 * before (measured on six long lessons: 37 s fresh, 20 s in one tab). A failed test ends its worker, so the next page
 * starts in a new tab.
 */
const test = base.extend<object, { tab: { page: Page; problems: string[]; requests: string[]; pending: Set<Request> } }>({
  tab: [async ({ browser }, use) => {
    // Axe needs a page of an explicit context (browser.newPage() gives one it cannot use).
    const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' }); // as playwright.config.ts
    const page = await context.newPage();
    const tab = { page, problems: [] as string[], requests: [] as string[], pending: new Set<Request>() };
    watch(page, tab);
    // The page's requests still under way (reset on each page): the last check waits for none.
    page.on('request', (r) => tab.pending.add(r));
    page.on('requestfinished', (r) => tab.pending.delete(r));
    page.on('requestfailed', (r) => tab.pending.delete(r));
    page.on('request', (r) => { if (/controller|worker/.test(r.url())) tab.requests.push(r.url().split('/').pop()!); });
    await use(tab);
    await context.close();
  }, { scope: 'worker' }],
});

/** Collects console errors and failed requests of the tab into `into.problems` (the array of the page checked now). */
function watch(page: Page, into: { problems: string[] }) {
  page.on('console', (m) => { if (m.type() === 'error') into.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => into.problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => into.problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/404.html')) into.problems.push(`HTTP ${r.status()}: ${r.url()}`); });
}

/**
 * KaTeX's MathML is the library's output for our TeX, the same kind of markup on every page: it is checked in full
 * on the longest lesson of each edition (hundreds of formulas, every construct the course uses) and left out
 * elsewhere, where it is most of axe's work. KaTeX's visual HTML is aria-hidden (screen readers get the MathML) and
 * inherits the text colour: it is always left out, and boxed before axe runs ({@link flattenMathForAxe}).
 * Everything of ours around the math (equation groups and their names, scroll regions, tags) is checked on every page.
 */
const MATHML_CHECKED = new Set(['/lessons/deriving-backprop/', '/zh/lessons/deriving-backprop/']);

/**
 * Axe, all rules, on the page as it is now (width and colour scheme). Each page is checked twice: at 360 px in light
 * mode and at desktop width in dark mode. Between them every rule runs at both widths — what only one layout shows
 * (the phone outline, the desktop table of contents and outline, the smaller table text on phones, equations that
 * overflow only on phones) is checked where it is shown — and contrast in both themes. Contrast does not depend on
 * the width except through text size, and text is never larger on phones, so light contrast is checked at the
 * stricter width.
 */
function axeViolations(page: Page, path: string): Promise<string[]> {
  return runAxe(page, { exclude: MATHML_CHECKED.has(path) ? '.katex-html' : '.katex' });
}

test('the lessons whose MathML axe checks in full are in the build', () => {
  expect(pages).toEqual(expect.arrayContaining([...MATHML_CHECKED]));
});

test('lessons of both editions have notebook cells, which the pages below run', () => {
  const withCells = pages.filter((p) => isLesson(p) && hasCells(p));
  expect(withCells.filter((p) => p.startsWith('/zh/')).length).toBeGreaterThan(5);
  expect(withCells.filter((p) => !p.startsWith('/zh/')).length).toBeGreaterThan(5);
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    // In order, in one worker, on one page load; a failure does not skip the rest (the next worker reloads).
    test.describe.configure({ mode: 'default', timeout: 180_000 });
    let page: Page;
    let problems: string[];
    let requests: string[];
    let pending: Set<Request>;

    test.beforeAll(async ({ tab }) => {
      page = tab.page;
      // What the page before left: its saved state (theme, edits, progress) and its viewport and colour scheme.
      if (page.url().startsWith('http')) await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
      // Off the page before first, so the resets do not restyle it (e2e/tab.ts says why).
      if (page.url() !== 'about:blank') await page.goto('about:blank');
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme: 'light' });
      problems = tab.problems = [];
      requests = tab.requests = [];
      pending = tab.pending = new Set();
      await page.goto(path);
    });

    test('has one h1', async () => {
      await expect(page.locator('h1')).toHaveCount(1);
    });

    test('no control lies inside a block that skips rendering off screen', async () => {
      // A skipped block (`content-visibility: auto`) stands in with an estimated height, yet a script measuring an
      // element inside it gets the element's real place, which can lie over the content below: Lighthouse's axe
      // (target-size, at load, nothing rendered by us first) read a code cell's Run button as obscured. Checked
      // before anything adds `all-rendered`, which turns the skipping off.
      const found = await page.evaluate(() => {
        const controls = 'button, input, select, textarea, summary, a[href]:not(p a, li a), [role="button"], [role="slider"]';
        const skipping = [...document.querySelectorAll<HTMLElement>('main :not(.katex, .katex *)')].filter((el) => getComputedStyle(el).contentVisibility === 'auto');
        return { skipping: skipping.length, inside: skipping.flatMap((b) => [...b.querySelectorAll(controls)].map((c) => `${b.tagName.toLowerCase()}.${b.className} > ${c.outerHTML.slice(0, 80)}`)) };
      });
      if (isLesson(path)) expect(found.skipping).toBeGreaterThan(0);
      expect(found.inside).toEqual([]);
    });

    if (isLesson(path)) {
      test('at desktop width no equation number is drawn over a formula glyph', async () => {
        if (page.viewportSize()?.width !== DESKTOP.width) await page.setViewportSize(DESKTOP);
        await expectTagsClear(page);
      });
    }

    test('at desktop width the equations that scroll sideways are focusable named groups, and those that fit are not', async () => {
      if (page.viewportSize()?.width !== DESKTOP.width) await page.setViewportSize(DESKTOP);
      await expect.poll(() => scrollRegionMismatches(page)).toEqual([]);
    });

    if (isLesson(path)) {
      test('on a short desktop window the sticky table of contents and course outline stay in view and reach their last entries, each focus ring whole', async () => {
        // Reader QA: lesson 4's "On this page" (823 px) outgrew a 650 px window and its last entries were out of reach;
        // the course outline's `position: sticky` had no effect (its box was as tall as it, in an <aside> as tall as
        // the lesson), so it scrolled away with the page.
        await page.setViewportSize({ width: DESKTOP.width, height: 650 });
        const unreachable = await page.evaluate(async () => {
          scrollTo(0, document.documentElement.scrollHeight / 2);
          await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
          return ['.toc', '.outline'].flatMap((sel) => {
            const nav = document.querySelector<HTMLElement>(sel);
            const links = nav ? [...nav.querySelectorAll<HTMLElement>('li a')].filter((a) => a.checkVisibility()) : [];
            const last = links.at(-1);
            if (!nav || !last) return [`${sel}: missing`];
            // Halfway down a long lesson the list is still on screen (sticky), at most 1rem + a little from the top.
            const top = nav.getBoundingClientRect().top;
            if (top < 0 || top > 20) return [`${sel}: not in view halfway down the page (top at ${Math.round(top)} px)`];
            nav.scrollTop = nav.scrollHeight;
            const r = last.getBoundingClientRect();
            if (r.top < 0 || r.bottom > innerHeight) return [`${sel}: last entry at ${Math.round(r.top)}–${Math.round(r.bottom)} px of ${innerHeight}`];
            // Each entry focused in turn (as Tab does, scrolling it into view) shows its whole focus ring: the link's
            // box grown by the ring (outline width + offset) inside the list's box and the window.
            nav.scrollTop = 0;
            return links.flatMap((a) => {
              a.focus();
              // global.css's :focus-visible ring: 3 px + 2 px offset, if the browser does not show it for a scripted focus.
              const ring = a.matches(':focus-visible') ? parseFloat(getComputedStyle(a).outlineWidth) + parseFloat(getComputedStyle(a).outlineOffset) : 5;
              const q = a.getBoundingClientRect(), box = nav.getBoundingClientRect();
              const clipped = q.top - ring < Math.max(box.top, 0) - 0.5 || q.bottom + ring > Math.min(box.bottom, innerHeight) + 0.5;
              return clipped ? [`${sel}: focus ring of "${a.textContent}" clipped (${q.top.toFixed(1)}–${q.bottom.toFixed(1)} px, ring ${ring} px, list ${box.top.toFixed(1)}–${box.bottom.toFixed(1)})`] : [];
            });
          });
        });
        await page.evaluate(() => scrollTo(0, 0));
        await page.setViewportSize(DESKTOP);
        expect(unreachable).toEqual([]);
      });
    }

    test('fits a 360 px wide phone without horizontal scroll', async () => {
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBe(PHONE.width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The page's title keeps a margin from the screen's edge (reader QA: the demo pages' text touched it).
      const titleLeft = await page.locator('h1').evaluate((h) => h.getBoundingClientRect().left);
      expect(titleLeft).toBeGreaterThanOrEqual(8);
      // Also with everything a reader can open (solutions, hints, panels): opened, measured, closed again (reader QA:
      // an opened solution's code widened its exercise, and the page, to 1,184 px).
      const opened = await page.evaluate(async () => {
        const closed = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')];
        for (const d of closed) d.open = true;
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        const wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
        for (const d of closed) d.open = false;
        return { count: closed.length, wide };
      });
      expect(opened.wide, `page overflow with ${opened.count} closed details opened`).toBeLessThanOrEqual(0);
    });

    if (isLesson(path)) {
      test('at 360 px no punctuation mark starts a line after a one-piece inline formula', async () => {
        // Reader QA: ". A linear model" began a line after "$(0,1)$" (Chromium breaks after an inline-block).
        if (page.viewportSize()?.width !== PHONE.width) await page.setViewportSize(PHONE);
        const orphans = await page.evaluate(() => {
          document.documentElement.classList.add('all-rendered'); // skipped blocks laid out, as the first Tab does
          return [...document.querySelectorAll('main .katex')].flatMap((k) => {
            const pieces = k.querySelectorAll('.katex-base');
            const next = k.nextSibling;
            if (k.closest('.katex-display') || pieces.length !== 1 || next?.nodeType !== 3 || !/^[.,;:!?)\]，。；：！？）】、]/.test(next.textContent!)) return [];
            const r = document.createRange();
            r.setStart(next, 0);
            r.setEnd(next, 1);
            const mark = r.getBoundingClientRect(), end = pieces[0]!.getBoundingClientRect();
            return mark.top - end.top > 10 && mark.left < end.left ? [`${k.textContent!.slice(0, 30)}${next.textContent!.slice(0, 12)}`] : [];
          });
        });
        expect(orphans).toEqual([]);
      });
    }

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

    test('at 360 px in light mode axe finds nothing (all rules)', async () => {
      if (page.viewportSize()?.width !== PHONE.width) await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: 'light' });
      // The scroll regions' attributes follow the size through a ResizeObserver: settled before the math is boxed.
      await expect.poll(() => scrollRegionMismatches(page)).toEqual([]);
      await flattenMathForAxe(page, MATHML_CHECKED.has(path));
      expect(await axeViolations(page, path)).toEqual([]);
    });

    test('at desktop width in dark mode axe finds nothing (all rules)', async () => {
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme: 'dark' });
      // The math is boxed at its 360 px size by now (its real layout at this width was checked first): wait for the
      // scroll regions' ResizeObserver to settle on the boxes before axe reads them.
      await expect.poll(() => scrollRegionMismatches(page)).toEqual([]);
      expect(await axeViolations(page, path)).toEqual([]);
    });

    if (isLesson(path) && hasCells(path)) {
      // Running the cells adds their output to the page (the math is boxed by now; cells do not depend on it).
      test('every notebook cell runs, in order, without an error', async () => {
        await runEveryCell(page, requests);
      });
    }

    // Last: everything the page loaded and logged since it opened, through every check above (the islands, fonts,
    // axe, the cell controller and worker), once the network is quiet.
    test('no console error or failed request from loading to the last check', async () => {
      // Every request of this page has ended, failed or not; a request still open is named. (Playwright's
      // 'networkidle' once never came, under heavy load, in a tab that had shown other pages before.)
      await expect.poll(() => [...pending].map((r) => r.url()), { timeout: 30_000 }).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-lesson/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('not here');
  await expect(page.locator('h2[lang="zh-CN"], section[lang="zh-CN"] h2')).toContainText('页面不存在');
  await expect(page.locator('main a').first()).toBeVisible();
});
