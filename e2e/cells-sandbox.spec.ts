import { expect, type Page, type Locator, type Request } from '@playwright/test';
import { test } from './tab';
import { typeCode } from './cell-editing';
import { runAxe } from './axe';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Code-cell runtime faults and sandbox holes (field log F16–F17, QA D6, D8, D10, D11, D15–D23, D29, D31–D33),
 * on the demo page's four notebook cells and its exercise. Expected values are worked out here, not read
 * from the code under test.
 */
const DEMO = '/demo/cells/';
const cell = (page: Page, id: string) => page.locator(`bpn-cell[data-id="${id}"]`);
const output = (c: Locator) => c.locator('.cell-output');
const run = (c: Locator) => c.getByRole('button', { name: /^(Run|Check)$/ }).click();

async function runAndWait(c: Locator) {
  await run(c);
  await expect(c).toHaveAttribute('data-state', /done|failed/, { timeout: 20_000 });
}

/** The demo network's squared-error cost for x = (0.05, 0.10), y = (0.01, 0.99), computed here by hand. */
function demoCost(): number {
  const sigma = (z: number) => 1 / (1 + Math.exp(-z));
  const T1 = [[0.35, 0.15, 0.20], [0.35, 0.25, 0.30]];
  const T2 = [[0.60, 0.40, 0.45], [0.60, 0.50, 0.55]];
  const layer = (T: number[][], a: number[]) => T.map((r) => sigma(r[0] + r[1] * a[0] + r[2] * a[1]));
  const h = layer(T2, layer(T1, [0.05, 0.10]));
  return 0.5 * ((0.01 - h[0]) ** 2 + (0.99 - h[1]) ** 2);
}

test.describe('code-cell runtime', () => {
  test.describe.configure({ timeout: 90_000 });

  test('F16: a later cell reassigns an earlier let (=, ++) and the notebook keeps it; a const says why it cannot', async ({ tab: page }) => {
    await page.goto(DEMO);
    const [a, b, c, d] = ['setup', 'uses-setup', 'plots', 'loop'].map((id) => cell(page, id));
    await typeCode(page, a, 'let t0 = 1;\nlet count = 0;\nconst fixed = 3;');
    await typeCode(page, b, 't0 = 5;');
    await typeCode(page, c, 'count++;');
    await typeCode(page, d, 'const seen = [t0, count];\nconsole.log(seen.join(","));');
    for (const x of [a, b, c, d]) await runAndWait(x);
    for (const x of [a, b, c]) await expect(x.locator('.out-error')).toHaveCount(0);
    await expect(output(d)).toContainText('5,1');
    await typeCode(page, b, 'fixed = 4;');
    await runAndWait(b);
    await expect(output(b).locator('.out-error')).toContainText('fixed was declared with const in an earlier cell');
  });

  test('F17/D10: a runaway timer of a finished cell is stopped with it, and the next cell runs', async ({ tab: page }) => {
    await page.goto(DEMO);
    await runAndWait(cell(page, 'setup'));
    const plots = cell(page, 'plots');
    await typeCode(page, plots, 'setTimeout(() => { while (true) {} }, 0);\nsetInterval(() => console.log("tick from cell A"), 20);\nconsole.log("armed");');
    await runAndWait(plots);
    await expect(output(plots)).toContainText('armed');
    await expect(output(plots)).toContainText('2 timers were still pending when the cell ended');
    const next = cell(page, 'uses-setup');
    await runAndWait(next);
    await expect(next.locator('caption', { hasText: 'Θ(1)' })).toBeVisible();
    await expect(output(next)).toContainText(`J = ${demoCost().toFixed(6)}`);
    await expect(output(next)).not.toContainText('tick from cell A');
    await expect(next.locator('.cell-count')).toContainText('Run #3');
  });

  test('F17: code left running by promise callbacks is blamed on its cell, not on the next one, which runs', async ({ tab: page }) => {
    await page.goto(DEMO);
    await runAndWait(cell(page, 'setup'));
    const plots = cell(page, 'plots');
    // Not a timer: promise callbacks (they run before the cell reports) end in an endless loop.
    await typeCode(page, plots, '(async () => { for (let i = 0; i < 300; i++) await Promise.resolve(i); while (true) {} })();\nconsole.log("armed");');
    await runAndWait(plots);
    await expect(output(plots)).toContainText('Stopped after');
    const next = cell(page, 'uses-setup');
    await runAndWait(next);
    await expect(output(next)).toContainText(`J = ${demoCost().toFixed(6)}`);
    await expect(output(next).locator('.out-error')).toHaveCount(0);
    // The culprit is not replayed: a second run needs no recovery.
    await runAndWait(next);
    await expect(output(next)).not.toContainText('stopped answering');
    await expect(output(next)).toContainText(`J = ${demoCost().toFixed(6)}`);
  });

  test('F17: a loop after an await in an async function of a finished cell is blamed on that cell, not on the next one, which runs', async ({ tab: page }) => {
    await page.goto(DEMO);
    await runAndWait(cell(page, 'setup'));
    const plots = cell(page, 'plots');
    // Not a callback: the code after an `await`, which the engine resumes without `then`, once this cell has ended.
    await typeCode(page, plots, 'let release = () => {};\n(async () => { await new Promise<void>((r) => { release = r; }); while (true) {} })();\nconsole.log("armed");');
    await runAndWait(plots);
    await expect(plots).toHaveAttribute('data-state', 'done');
    // The next cell lets the promise go (when the cell above is in the notebook) and runs a short computation.
    const next = cell(page, 'uses-setup');
    await typeCode(page, next, 'if (typeof release === "function") release();\nlet sum = 0;\nfor (let i = 1; i <= 100; i++) sum += i;\nconsole.log("sum", sum);');
    await runAndWait(next);
    await expect(plots.locator('.cell-status')).toHaveText('This cell left code running that stopped the code runner; it was left out of the restored notebook. Fix it and run it again.');
    await expect(plots).toHaveAttribute('data-state', 'failed');
    await expect(next).toHaveAttribute('data-state', 'done');
    await expect(output(next)).toContainText(`sum ${(100 * 101) / 2}`);
    await expect(output(next)).not.toContainText('Stopped after');
  });

  test('an error after awaits and a type annotation on the same line is shown at the reader\'s column', async ({ tab: page }) => {
    await page.goto(DEMO);
    const plots = cell(page, 'plots');
    const code = 'const v: number = await Promise.resolve(2), w = await v; throw new Error(`after ${w}`);';
    await typeCode(page, plots, code);
    await runAndWait(plots);
    await expect(output(plots).locator('.out-error')).toContainText(`Error on line 1, column ${code.indexOf('new Error') + 1}: after 2`);
  });

  test('an interval that throws on every tick shows one error box with a count; different errors keep a box each', async ({ tab: page }) => {
    // Reader QA: eleven identical "Uncaught (in a timer or promise callback) …" boxes for one throwing interval.
    await page.goto(DEMO);
    const plots = cell(page, 'plots');
    const code = 'let ticks = 0;\nsetInterval(() => { ticks++; throw new Error("iv"); }, 0);\nawait new Promise((r) => setTimeout(r, 30));\nconsole.log("ticks", ticks);';
    await typeCode(page, plots, code);
    await runAndWait(plots);
    const boxes = output(plots).locator('.out-error');
    await expect(boxes).toHaveCount(1);
    const ticks = Number((await output(plots).locator('pre.out-log').textContent())!.replace('ticks', '').trim());
    expect(ticks).toBeGreaterThan(1);
    const column = code.split('\n')[1]!.indexOf('new Error') + 1; // positions name the Error's construction
    await expect(boxes.locator('strong')).toHaveText(`Uncaught (in a timer or promise callback) Error on line 2, column ${column}: iv (×${ticks})`);
    // The count changes in place without a new announcement each time (the box itself is the alert).
    await expect(boxes.locator('.out-repeat')).toHaveAttribute('aria-live', 'off');
    await typeCode(page, plots, 'setTimeout(() => { throw new Error("first"); }, 0);\nsetTimeout(() => { throw new Error("second"); }, 0);\nawait new Promise((r) => setTimeout(r, 30));');
    await runAndWait(plots);
    await expect(boxes).toHaveCount(2);
    await expect(boxes.nth(0)).toContainText('first');
    await expect(boxes.nth(1)).toContainText('second');
    await expect(output(plots).locator('.out-repeat')).toHaveCount(0);
  });

  test('a promise the cell rejects and nobody handles fails the cell, which no longer says it ran without output', async ({ tab: page }) => {
    // Reader QA: the browser reports the rejection after the run has ended, under "Ran without output.".
    await page.goto(DEMO);
    const plots = cell(page, 'plots');
    await typeCode(page, plots, 'const a = 1;\nPromise.reject(new Error("nobody caught this"));\nconst b = 2;');
    await run(plots);
    await expect(output(plots).locator('.out-error')).toContainText('nobody caught this');
    await expect(output(plots).locator('.out-error')).toContainText('line 2');
    await expect(plots).toHaveAttribute('data-state', 'failed');
    await expect(output(plots)).not.toContainText('Ran without output.');
    // The line the message names is framed, as for an error during the run (reader QA).
    await expect(plots.locator('.cm-error-line, .cell-error-line')).toHaveCount(1);
    await expect(plots.locator('.cm-error-line, .cell-error-line')).toContainText('Promise.reject');
    // A value that is not an Error is named as a thrown value, "Uncaught" said once (reader QA: "… Error: Uncaught …").
    await typeCode(page, plots, 'Promise.reject("just a string");');
    await run(plots);
    const title = output(plots).locator('.out-error strong');
    await expect(title).toContainText('Thrown value');
    await expect(title).toContainText('"just a string"');
    expect((await title.textContent())!.match(/Uncaught/g)).toHaveLength(1);
    expect(await title.textContent()).not.toContain('Error');
    // A run that really prints nothing still says so.
    await typeCode(page, plots, 'const quiet = 1;');
    await runAndWait(plots);
    await expect(output(plots)).toHaveText('Ran without output.');
    await expect(plots).toHaveAttribute('data-state', 'done');
  });

  test('a Promise.reject made by a cell\'s callback while another cell runs is shown on the cell that made it', async ({ tab: page }) => {
    await page.goto(DEMO);
    const [a, b] = [cell(page, 'setup'), cell(page, 'uses-setup')];
    await typeCode(page, a, 'let release = () => {};\nnew Promise<void>((r) => { release = r; }).then(() => { Promise.reject(new Error("made by A")); });\nconsole.log("armed");');
    await runAndWait(a);
    await expect(a).toHaveAttribute('data-state', 'done');
    // B lets A's callback run during B's run; A's callback makes the rejected promise nobody handles.
    await typeCode(page, b, 'release();\nconsole.log("B ran");');
    await runAndWait(b);
    await expect(output(a).locator('.out-error')).toContainText('made by A');
    await expect(a).toHaveAttribute('data-state', 'failed');
    await expect(output(b)).toContainText('B ran');
    await expect(output(b)).not.toContainText('made by A');
    await expect(b).toHaveAttribute('data-state', 'done');
  });

  test('D6: self.close() is refused with a reason, and later cells run', async ({ tab: page }) => {
    await page.goto(DEMO);
    const a = cell(page, 'setup');
    await typeCode(page, a, 'console.log("x");\nself.close();');
    await runAndWait(a);
    await expect(output(a).locator('.out-error')).toContainText('cannot close the code runner');
    await expect(output(a).locator('.out-error')).toContainText('line 2');
    // Nor through the property's descriptor, wherever it lives.
    await typeCode(page, a, 'const d = Object.getOwnPropertyDescriptor(self, "close") ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(self), "close");\nd.value.call(self);');
    await runAndWait(a);
    await expect(output(a).locator('.out-error')).toContainText('cannot close the code runner');
    const b = cell(page, 'plots');
    await typeCode(page, b, 'console.log(6 * 7);');
    await runAndWait(b);
    await expect(output(b)).toContainText('42');
    expect(Number(await b.getAttribute('data-ms'))).toBeLessThan(3000);
  });

  test('D11: an error thrown later and an unhandled rejection (also of an async function after its await) show on the cell that caused them', async ({ tab: page }) => {
    await page.goto(DEMO);
    const a = cell(page, 'setup');
    await typeCode(page, a, 'setTimeout(() => { throw new Error("thrown later") }, 10);\nPromise.reject(new Error("late rejection"));\nawait new Promise((r) => setTimeout(r, 50));');
    await runAndWait(a);
    await expect(output(a).locator('.out-error')).toHaveCount(2);
    await expect(output(a)).toContainText('thrown later');
    await expect(output(a)).toContainText('late rejection');
    await expect(a).toHaveAttribute('data-state', 'failed');
    const b = cell(page, 'plots');
    await typeCode(page, b, 'console.log("clean");');
    await runAndWait(b);
    await expect(output(b)).not.toContainText('thrown later');
    await expect(output(b)).not.toContainText('late rejection');

    // A promise callback left by the first cell, set off by the second: what it throws shows on the first.
    await typeCode(page, a, 'let release = () => {};\nnew Promise<void>((r) => { release = r; }).then(() => { throw new Error("callback of the first cell"); });');
    await runAndWait(a);
    await expect(a).toHaveAttribute('data-state', 'done');
    await typeCode(page, b, 'release();\nconsole.log("released");');
    await runAndWait(b);
    await expect(output(a)).toContainText('callback of the first cell');
    await expect(output(b)).toContainText('released');
    await expect(output(b)).not.toContainText('callback of the first cell');
    await expect(b).toHaveAttribute('data-state', 'done');

    // An async function of the first cell, resumed by the second, throws after its await and nobody handles its
    // promise: the browser's unhandledrejection comes while the second runs, and is still the first's.
    await typeCode(page, a, 'let release = () => {};\n(async () => { await new Promise<void>((r) => { release = r; }); throw new Error("from A after an await"); })();\nconsole.log("armed");');
    await runAndWait(a);
    await expect(a).toHaveAttribute('data-state', 'done');
    await typeCode(page, b, 'release();\nconsole.log("released again");');
    await runAndWait(b);
    await expect(output(a)).toContainText('from A after an await');
    await expect(output(b)).toContainText('released again');
    await expect(output(b)).not.toContainText('from A after an await');
    await expect(b).toHaveAttribute('data-state', 'done');
  });
});

test.describe('code-cell sandbox', () => {
  test.describe.configure({ timeout: 90_000 });
  let server: Server;
  let hits = 0;
  test.beforeAll(async () => {
    server = createServer((_, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' });
      res.end('export const x = 42;');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test('D16/D21: import() from another origin is refused before any request; blocked APIs say why', async ({ tab: page }) => {
    const violations: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' && /Content Security Policy/.test(m.text())) violations.push(m.text()); });
    await page.goto(DEMO);
    const { port } = server.address() as AddressInfo;
    const a = cell(page, 'setup');
    await typeCode(page, a, `const m = await import("http://127.0.0.1:${port}/mod.js");\nconsole.log("imported", m.x);`);
    await runAndWait(a);
    await expect(output(a)).not.toContainText('imported 42');
    await expect(output(a).locator('.out-hint')).toContainText('Cells run in a Web Worker: no DOM, storage or network');
    expect(hits).toBe(0);
    for (const [code, api] of [['localStorage.setItem("k", "v");', 'localStorage'], ['document.title;', 'document'], ['await fetch("/");', 'fetch'], ['console.log(typeof navigator.storage); navigator.storage.estimate();', 'navigator.storage']]) {
      await typeCode(page, a, code);
      await runAndWait(a);
      await expect(output(a).locator('.out-hint')).toContainText(`(${api} is not available here)`);
    }
  });

  test('D17/D18: results come only from the runner: spoofed done/out messages change nothing', async ({ tab: page }) => {
    await page.goto(DEMO);
    const a = cell(page, 'setup');
    await typeCode(page, a, 'for (let id = 1; id < 500; id++) { postMessage({ type: "out", runId: id, item: { kind: "bogus" } }); postMessage({ type: "done", runId: id, ok: false, error: { name: "Spoofed", message: "fake error" } }); }\nconsole.log("sent");');
    await runAndWait(a);
    const b = cell(page, 'plots');
    await typeCode(page, b, 'console.log("real result");');
    await runAndWait(b);
    for (const c of [a, b]) {
      await expect(output(c)).not.toContainText('Spoofed');
      await expect(output(c)).not.toContainText('undefined');
    }
    await expect(output(b)).toContainText('real result');

    const ex = page.locator('bpn-cell[data-exercise]');
    await typeCode(page, ex, 'for (let id = 1; id < 500; id++) postMessage({ type: "done", runId: id, ok: true, results: [{ name: "everything", pass: true, message: "trust me" }] }); export {};');
    await runAndWait(ex);
    await expect(output(ex)).not.toContainText('trust me');
    await expect(output(ex)).not.toContainText('Exercise complete');
    await expect(page.locator('.ex-status')).not.toContainText('Passed');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bpn:v1:exercise:')))).toEqual([]);
  });
});

test.describe('code-cell output and controls', () => {
  test.describe.configure({ timeout: 90_000 });

  test('D19/D20: the output-limit notice is visible without expanding; one huge line is cut with "Show all"', async ({ tab: page }) => {
    await page.goto(DEMO);
    const a = cell(page, 'setup');
    await typeCode(page, a, 'for (let i = 0; i < 1e6; i++) console.log("line", i);');
    await runAndWait(a);
    await expect(output(a).getByText('Output stopped after 1000 items')).toBeVisible();
    await expect(output(a).getByText(`${(1e6 - 1000).toLocaleString('en')} more output items were not shown.`)).toBeVisible();
    await typeCode(page, a, 'console.log("x".repeat(1e7));');
    await runAndWait(a);
    const shown = await output(a).locator('pre.out-log').first().textContent();
    expect(shown!.length).toBeLessThanOrEqual(10_000);
    await expect(output(a).getByRole('button', { name: /^Show all \(.* more characters\)$/ })).toBeVisible();
    const height = await output(a).evaluate((el) => el.scrollHeight);
    expect(height).toBeLessThan(5000);
  });

  test('D15/D32/D31/D33: types note, edited marker, undoable Reset, visible Esc hint', async ({ tab: page }) => {
    await page.goto(DEMO);
    const a = cell(page, 'setup');
    await expect(a.locator('.cell-head')).toContainText('types are stripped, not checked');
    await expect(a.getByText('Running this code needs JavaScript.')).toBeHidden(); // JavaScript is on here
    const marker = a.getByText('Your edited version (Reset restores the original)');
    const esc = a.getByText('Esc leaves the editor');
    await expect(marker).toBeHidden();
    await expect(esc).toBeHidden();
    await typeCode(page, a, 'console.log("mine");');
    await expect(esc).toBeVisible();
    await expect(marker).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(esc).toBeHidden();
    await page.reload();
    await expect(a.locator('.cell-plain')).toHaveText('console.log("mine");');
    await expect(marker).toBeVisible();
    await a.getByRole('button', { name: 'Reset' }).click();
    await expect(marker).toBeHidden();
    await expect(a.locator('pre.astro-code')).toBeVisible();
    await a.getByRole('button', { name: 'Undo reset' }).click();
    await expect(a.locator('.cell-plain')).toHaveText('console.log("mine");');
    await expect(marker).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('bpn:v1:cell:demo/cells:setup'))).toContain('mine');
    await expect(a.getByRole('button', { name: 'Reset' })).toBeFocused();
  });

  test('D8/D23: error line contrast and scrollable output focusable, in light and dark', async ({ tab: page }) => {
    // One load and one pair of runs; the editor and output take their colours from CSS variables, so the colour
    // scheme is switched on the same page.
    await page.goto(DEMO);
    const a = cell(page, 'setup');
    await typeCode(page, a, 'function f(x: number) { return x; }\nconst s = "text"; throw new Error("boom " + f(1) + s);');
    await runAndWait(a);
    await expect(a.locator('.cm-error-line')).toHaveCount(1);
    const plots = cell(page, 'plots');
    await runAndWait(plots);
    await expect(output(plots)).toHaveAttribute('tabindex', '0');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      expect(await runAxe(page, { include: 'bpn-cell', rules: ['color-contrast', 'scrollable-region-focusable'] }), scheme).toEqual([]);
    }
  });

  test('D22: code lines fit their box at 1280 px (they wrap)', async ({ tab: page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/lessons/gradient-checking/');
    const pres = page.locator('bpn-cell .cell-code pre.astro-code');
    expect(await pres.count()).toBeGreaterThan(0);
    const overflow = await pres.evaluateAll((ps) => ps.filter((p) => p.scrollWidth > p.clientWidth + 1).length);
    expect(overflow).toBe(0);
  });
});

test.describe('code cells without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('D29: no inert Run/Reset buttons; the page says running needs JavaScript', async ({ tab: page }) => {
    await page.goto(DEMO);
    const a = cell(page, 'setup');
    await expect(a.locator('pre.astro-code')).toContainText('Network.fromWeights');
    await expect(a.getByRole('button', { name: 'Run' })).toBeHidden();
    await expect(a.getByRole('button', { name: 'Reset' })).toBeHidden();
    await expect(a.getByText('Running this code needs JavaScript.')).toBeVisible();
    await expect(a.getByText('click the code to edit')).toBeHidden();
  });
});

test('the page policy breaks nothing: lesson pages load without CSP violations', async ({ tab: page }) => {
  // Four pages, two of them long lessons, each until the network is quiet: on a loaded 2-core box that once took over
  // the default 30 s (CI, 1 Dec), with nothing wrong on the pages.
  test.setTimeout(90_000);
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  // The page's requests still under way. Playwright's 'networkidle' never came once in CI (a tab that had shown other
  // pages, under load), so the test waits on the page's own state instead.
  const pending = new Set<Request>();
  page.on('request', (r) => pending.add(r));
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  for (const path of ['/', '/lessons/deriving-backprop/', '/lessons/training/', '/reference/api/']) {
    await page.goto(path);
    await page.mouse.wheel(0, 20_000);
    // Every widget hydrated (the first Tab hydrates those not seen yet): each island's scripts have loaded and run.
    await page.keyboard.press('Tab');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 30_000 });
    await expect.poll(() => [...pending].map((r) => r.url()), { timeout: 30_000 }).toEqual([]);
  }
  expect(problems).toEqual([]);
});
