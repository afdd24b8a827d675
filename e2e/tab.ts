import { test as base, type BrowserContext, type Page } from '@playwright/test';

/**
 * `tab`: a browser tab that stays open for the whole worker, as a reader's tab does, instead of a new context and page
 * for every test (Playwright's `page`). Going from page to page of one origin in one tab keeps its renderer process,
 * with its compiled code and HTTP cache: measured on this 2-core box, eight loads of /demo/cells/ with one Run took
 * 2.0 s each in fresh contexts and 1.0 s in one tab (/lessons/cost/ 1.8 → 1.0, /demo/playground/ 1.4 → 1.0).
 *
 * Before each test the tab is put back as a fresh page would be: no routes, Playwright's default viewport, light
 * scheme with no reduced motion, no saved state of the site (localStorage, sessionStorage, cookies), the mouse in
 * the corner; after it, the listeners the test added are removed. Each test starts with a `goto`, which ends what the
 * page before was doing (timers, workers). A failed test ends its worker, so the next test gets a new tab.
 *
 * With `test.use({ javaScriptEnabled: false })` the test gets a second shared tab, with JavaScript off (the page's
 * own storage cannot be cleared there, and a page without scripts writes none).
 *
 * Not for a test that needs what a tab cannot take back: a fake clock (`page.clock`), init scripts, service workers,
 * or requests counted from a cold cache. Those keep Playwright's `page`; the fixture refuses service workers.
 */
type SharedTab = { context: BrowserContext; page: Page };
/** One shared tab per worker for each setting of JavaScript (`test.use({ javaScriptEnabled: false })`), made when first used. */
type SharedTabs = Map<boolean, SharedTab>;

/** Playwright's default viewport (what `page` gets from playwright.config.ts, which sets none). */
const VIEWPORT = { width: 1280, height: 720 };
/** The events tests listen to; their listeners are removed after each test. */
const EVENTS = ['console', 'pageerror', 'request', 'response', 'requestfailed', 'requestfinished', 'dialog', 'popup', 'download', 'worker', 'framenavigated', 'load'] as const;

export const test = base.extend<{ tab: Page }, { sharedTabs: SharedTabs }>({
  sharedTabs: [async ({}, use) => {
    const tabs: SharedTabs = new Map();
    await use(tabs);
    for (const { context } of tabs.values()) await context.close();
  }, { scope: 'worker' }],

  tab: async ({ browser, sharedTabs, javaScriptEnabled, serviceWorkers }, use) => {
    if (serviceWorkers === 'allow') throw new Error('`tab` is a tab with service workers blocked: use `page` for this test');
    const js = javaScriptEnabled !== false;
    if (!sharedTabs.has(js)) {
      // As playwright.config.ts sets for `page`.
      const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', javaScriptEnabled: js });
      sharedTabs.set(js, { context, page: await context.newPage() });
    }
    const sharedTab = sharedTabs.get(js)!;
    if (sharedTab.page.isClosed()) sharedTab.page = await sharedTab.context.newPage();
    const { context, page } = sharedTab;
    for (const extra of context.pages()) if (extra !== page) await extra.close();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.clearCookies();
    if (js && page.url().startsWith('http')) await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
    // Off the page before first: it stops what that page was doing (timers, workers), and the resets below do not lay
    // out and restyle a long lesson again for a viewport and scheme it will never be shown in (measured on this box:
    // four long lessons left at 360 px dark, 0.74–0.97 → 0.64–0.70 CPU s per reset and load). Same origin after it, so
    // the tab keeps its renderer process.
    if (page.url() !== 'about:blank') await page.goto('about:blank');
    await page.setViewportSize(VIEWPORT);
    await page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
    await page.mouse.move(0, 0);
    await use(page);
    for (const event of EVENTS) page.removeAllListeners(event);
  },
});
