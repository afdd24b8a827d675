// A measurement, not a test: `npm run bench:web` (after `npm run build`). JavaScript bytes before and after the
// first interaction with a code cell, and first-Run times; written to reports/cells-budget.json.
import { test, expect, type Page, type Locator } from '@playwright/test';
import { collectJs, sum } from '../js-bytes';
import { mkdirSync, writeFileSync } from 'node:fs';

const DEMO = '/demo/cells/';
const cell = (page: Page, id: string) => page.locator(`bpn-cell[data-id="${id}"]`);
const output = (c: Locator) => c.locator('.cell-output');


test.describe('code cells budget', () => {
  test.describe.configure({ timeout: 90_000 });
  test('nothing of the editor or runner loads before interaction; sizes before/after are measured', async ({ page }, info) => {
    const js = collectJs(page);
    await page.goto(DEMO);
    await page.waitForLoadState('networkidle');
    await js.settle();
    const before = [...js.seen];
    expect(before.map((r) => r.url).filter((u) => /editor|worker|controller|sucrase|codemirror/i.test(u))).toEqual([]);
    expect(await page.locator('.cm-editor').count()).toBe(0);
    // The highlighted code is there at build time.
    await expect(cell(page, 'setup').locator('pre.astro-code')).toContainText('Network.fromWeights');

    // First interaction: focus the code → the editor loads, and the worker starts in the background.
    await cell(page, 'setup').locator('pre.astro-code').click();
    await expect(cell(page, 'setup').locator('.cm-content')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await js.settle();
    const afterFocus = js.seen.slice(before.length);
    expect(afterFocus.some((r) => /editor/.test(r.url))).toBe(true);

    // First Run → the worker (transpiler + module) loads. Click → output time, measured in the page.
    const clickToOutput = (el: Element) => new Promise<number>((resolve) => {
      const out = el.querySelector('.cell-output')!;
      const t0 = performance.now();
      const obs = new MutationObserver(() => { if (out.textContent?.includes('h(x)')) { obs.disconnect(); resolve(performance.now() - t0); } });
      obs.observe(out, { childList: true, subtree: true, characterData: true });
      (el.querySelector('[data-action="run"]') as HTMLButtonElement).click();
    });
    const coldMs = await cell(page, 'setup').evaluate(clickToOutput);
    await expect(output(cell(page, 'setup'))).toContainText('h(x) = [0.751365, 0.772928]');
    await js.settle();
    const afterRun = js.seen.slice(before.length + afterFocus.length);
    expect([...afterFocus, ...afterRun].some((r) => /worker/.test(r.url))).toBe(true);

    // Warm first-Run latency: click → output on screen, measured in the page.
    const c = cell(page, 'setup');
    await c.evaluate(clickToOutput); // one more warm-up run
    const ms = await c.evaluate(clickToOutput);
    // First Run after a reload without touching the code (HTTP cache warm, no worker yet): controller and
    // worker start-up are inside the measured time.
    await page.reload();
    await page.waitForLoadState('networkidle');
    const reloadMs = await cell(page, 'setup').evaluate(clickToOutput);
    // First Run after a reload, the usual way: open the editor (which starts the worker), then Run.
    await page.reload();
    await page.waitForLoadState('networkidle');
    await cell(page, 'setup').locator('pre.astro-code').click();
    await expect(cell(page, 'setup').locator('.cm-content')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const afterEditMs = await cell(page, 'setup').evaluate(clickToOutput);
    const report = {
      unit: 'bytes of JavaScript; raw as served, gzip = gzip -9 of the same bytes',
      beforeInteraction: sum(before), onFocus: sum(afterFocus), onFirstRun: sum(afterRun),
      firstInteractionTotal: sum([...afterFocus, ...afterRun]),
      files: { before: before.map((r) => ({ ...r, url: new URL(r.url).pathname })), afterFocus: afterFocus.map((r) => ({ ...r, url: new URL(r.url).pathname })), afterRun: afterRun.map((r) => ({ ...r, url: new URL(r.url).pathname })) },
      firstRunColdMs: Math.round(coldMs), firstRunAfterReloadMs: Math.round(reloadMs), firstRunAfterEditorMs: Math.round(afterEditMs), warmRunMs: Math.round(ms * 10) / 10,
      workerRoundTripMs: Number(await c.getAttribute('data-ms')),
    };
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/cells-budget.json', JSON.stringify(report, null, 2));
    await info.attach('cells-budget.json', { body: JSON.stringify(report, null, 2), contentType: 'application/json' });
    console.log(JSON.stringify({ before: report.beforeInteraction, onFocus: report.onFocus, onFirstRun: report.onFirstRun, firstRunColdMs: report.firstRunColdMs, firstRunAfterReloadMs: report.firstRunAfterReloadMs, firstRunAfterEditorMs: report.firstRunAfterEditorMs, warmRunMs: report.warmRunMs }));
    expect(report.beforeInteraction.gzip).toBeLessThan(40_000);
  });

});
