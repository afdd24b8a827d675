import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * Playwright drives Debian's Chromium (no browser download) against the built site, served by
 * tests/serve-dist.mjs the way a static host serves it: under BASE_PATH if the build used one, with root paths
 * (`page.goto('/demo/cells/')`) redirected into the base, so specs never mention the base.
 * E2E_WORKERS sets the number of parallel browsers (default: half the cores, at least 2).
 *
 * Two builds of the same Chromium (Debian's source package `chromium`, one version):
 * - `chromium-headless-shell` (Debian package of that name, /usr/bin/chromium-headless-shell) runs every other spec. It is
 *   Chromium's headless shell, the "old headless" mode that Playwright itself uses for headless Chromium: the same
 *   Blink and V8, without the desktop browser's profile services and window UI. Measured on this 2-core box (Chromium
 *   156, eight fresh tabs each loading lesson 4): 8.5 CPU s against 13.4 for the full browser; an empty tab 0.32
 *   against 0.70 CPU s, most of a test's fixed cost.
 * - the full browser `chromium` (/usr/bin/chromium, what readers run) runs {@link FULL_BROWSER_SPECS}, the offline
 *   service worker's, and only there: installing the worker precaches the whole site (about 15 MB), the costliest
 *   tests of the suite (measured in a cgroup: 24.6 CPU s in the shell, 30.1 in the full browser), so they run once,
 *   in the browser readers use. (Themes, printing and the API page ran in both until 1 Dec: 27 CPU s more for
 *   nothing the shell does not do — they exercise CSS media, storage and script, the same Blink and V8.)
 * CHROMIUM_PATH runs every spec in the browser it names instead (`CHROMIUM_PATH=/usr/bin/chromium npm test`). Without
 * the headless shell installed, everything runs in /usr/bin/chromium.
 */
const PORT = Number(process.env.E2E_PORT ?? 4391);
const FULL_BROWSER = '/usr/bin/chromium';
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const chromium = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_BROWSER);
const FULL_BROWSER_SPECS = ['offline.spec.ts', 'offline-update.spec.ts'];
/** Whether the full browser is there to run {@link FULL_BROWSER_SPECS} (else the shell or CHROMIUM_PATH runs them). */
const fullBrowserProject = chromium !== FULL_BROWSER && existsSync(FULL_BROWSER) && !process.env.E2E_BENCH;
const PLAYWRIGHT_DISABLED_FEATURES = ['AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch'];

export default defineConfig({
  testDir: './e2e',
  // `npm run bench:web` runs the measurements in e2e/bench/*.bench.ts instead of the tests.
  testMatch: process.env.E2E_BENCH ? '**/*.bench.ts' : '**/*.spec.ts',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS) || Math.max(2, Math.ceil(cpus().length / 2)),
  // In CI a failed test runs once more and, if it then passes, is reported as flaky (listed by .ci/count-results.mjs),
  // not hidden: on a loaded 2-core machine about one click in a thousand on a long lesson page lands after the page
  // moved under it (an island above hydrating, skipped blocks rendering) and is lost. Locally: no retry.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_REPORT ?? 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Every page registers the offline service worker, which precaches the whole site (about 15 MB, 150 files) on a
    // context's first visit: in each of ~440 fresh contexts that was downloading and storing the site again, beside
    // the page under test and competing with its requests. The offline specs allow it (test.use) and test it; every
    // other test runs as a reader whose browser refuses service workers, which the site must survive anyway.
    serviceWorkers: 'block',
    launchOptions: launchOptions(chromium),
  },
  projects: [
    { name: 'chromium-headless-shell', testIgnore: fullBrowserProject ? FULL_BROWSER_SPECS : [] },
    // The full browser for the offline specs, unless it already runs everything.
    ...(fullBrowserProject ? [{ name: 'chromium', testMatch: FULL_BROWSER_SPECS, use: { launchOptions: launchOptions(FULL_BROWSER) } }] : []),
  ],
  webServer: {
    command: `npm run serve:dist -- --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

function launchOptions(executablePath: string) {
  return {
    executablePath,
    // Chromium 156 (the full browser) builds a WebUI omnibox popup (chrome://omnibox-popup.top-chrome/, two documents
    // in their own renderer) for every new window, and each Playwright context is a new window: measured on this
    // 2-core box, a fresh context plus one lesson load cost 2.1 CPU seconds with it and 1.0 without. Pages never use
    // the omnibox, so the tests turn it off. Playwright puts its own --disable-features first and Chromium may keep
    // only the last one, so that list (playwright-core 1.65's chromiumSwitches) is repeated here.
    // V8 compiles hot functions with its optimizing compilers on background threads by default; in the test browser it
    // compiles them on the thread that runs them (`--no-concurrent-recompilation`), which does the same work with less
    // CPU on this 2-core box: measured 1 Dec 2026 (machine-wide busy CPU, runs interleaved): six lessons through
    // site.spec's steps (load, 360 px, axe light, axe dark) 20.8–23.0 → 15.8–18.2 CPU s; seven widget specs 227 and
    // 269 → 209 and 207 CPU s; the whole browser suite (one run each) 723 CPU s in 6.2 min → 569 in 4.9. What pages do is unchanged; the
    // benchmarks (`npm run bench:web`) keep V8's default, what readers' browsers do.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      ...(process.env.E2E_BENCH ? [] : ['--js-flags=--no-concurrent-recompilation']),
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'].join(',')}`],
  };
}
