import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './tab';
import LZString from 'lz-string';
import { flattenMathForAxe, runAxe } from './axe';

/**
 * The Playground on lesson 8 with the reader's own CSV data (issue 12 §3): preview, bad rows named, limits,
 * training on the data, downloads, keyboard only, 360 px. Expected values are computed here from the rows the
 * test writes, not read from the widget's code.
 */
const PAGE = '/lessons/training/';

test.describe.configure({ timeout: 90_000 });

/** The lesson's playground, hydrated (it loads when scrolled into view), with its data panel open. */
async function open(page: Page, path = PAGE, summary = 'Use your own data (CSV)'): Promise<Locator> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  const pg = page.locator('section.pg').first();
  await pg.scrollIntoViewIfNeeded();
  await expect(pg.locator('.pg-controls button').first()).toBeEnabled({ timeout: 30_000 });
  await pg.locator('.pg-data > summary', { hasText: summary }).click();
  expect(errors).toEqual([]);
  return pg;
}

/** Three clusters: blue near (10, 2), green near (50, 8), red near (90, 2); x1 spans exactly 0…100, x2 1…9. */
const DX = [-10, -5, 0, 5, 10, -8, 8, -3, 3, 0];
const DY = [0, 1, -1, 0.5, -0.5, 1, -1, 0, 0.5, -0.5];
const CENTRES: Record<string, [number, number]> = { blue: [10, 2], green: [50, 8], red: [90, 2] };
const ROWS = Object.entries(CENTRES).flatMap(([name, [cx, cy]]) => DX.map((dx, i) => [cx + dx, cy + DY[i], name] as const));
const CSV = ['x1,x2,colour', ...ROWS.map((r) => r.join(','))].join('\n');

/**
 * Clicks Play until the widget says it plays. In CI, under load, a Play click was lost twice (the loss never left its
 * start): the click is repeated only while `data-state` is not yet "playing", so it never pauses a running widget.
 */
async function playUntilPlaying(pg: Locator): Promise<void> {
  await expect(async () => {
    if ((await pg.getAttribute('data-state')) !== 'playing') await pg.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(pg).toHaveAttribute('data-state', 'playing', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * The axis note is fully visible under the plot (reader QA: the plot's paint containment clipped it): below the plot's
 * box, inside its column, inside every clipping ancestor, and the page's topmost element at its first and last line.
 * Returns how many lines it takes.
 */
async function expectTickVisible(pg: Locator): Promise<number> {
  const tick = pg.locator('.pg-tick');
  await tick.scrollIntoViewIfNeeded();
  const r = await tick.evaluate((el) => {
    el.scrollIntoView({ block: 'center' }); // clear of the site's sticky header
    const box = (e: Element) => e.getBoundingClientRect();
    const t = box(el), plot = box(el.parentElement!.querySelector('.pg-plot')!), col = box(el.parentElement!);
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = [...range.getClientRects()].filter((q) => q.width > 0);
    const tops = [...new Set(lines.map((q) => Math.round(q.top)))];
    const first = lines[0], last = lines[lines.length - 1];
    const hit = (q: DOMRect) => { const e = document.elementFromPoint(q.left + 2, q.top + q.height / 2); return !!e && (e === el || el.contains(e)); };
    const clippedBy: string[] = [];
    for (let a = el.parentElement; a; a = a.parentElement) {
      const cs = getComputedStyle(a);
      const clips = cs.overflow !== 'visible' || /paint|content|strict/.test(cs.contain);
      const b = box(a);
      if (clips && (t.top < b.top - 0.5 || t.bottom > b.bottom + 0.5 || t.left < b.left - 0.5 || t.right > b.right + 0.5)) clippedBy.push(a.className || a.tagName);
    }
    return {
      below: t.top >= plot.bottom - 0.5, inColumn: t.left >= col.left - 0.5 && t.right <= col.right + 0.5,
      linesInside: lines.every((q) => q.bottom <= t.bottom + 0.5), first: hit(first), last: hit(last), clippedBy, lines: tops.length,
    };
  });
  expect(r).toMatchObject({ below: true, inColumn: true, linesInside: true, first: true, last: true, clippedBy: [] });
  return r.lines;
}

const lossOf = async (pg: Locator) => Number(await pg.getAttribute('data-train-loss'));
const stepOf = async (pg: Locator) => Number(await pg.getAttribute('data-step'));

/** Forward pass of a weights file: tanh (or the file's) hidden layers, softmax or sigmoid output; the predicted class. */
function classify(w: { hidden: string[]; output: string; weights: number[][][] }, x: number[]): number {
  let a = x;
  w.weights.forEach((T, l) => {
    const z = T.map((row) => row[0] + row.slice(1).reduce((s, v, j) => s + v * a[j], 0));
    const last = l === w.weights.length - 1;
    const g = last ? w.output : w.hidden[l];
    if (g === 'softmax') { const m = Math.max(...z), e = z.map((v) => Math.exp(v - m)), s = e.reduce((p, q) => p + q); a = e.map((v) => v / s); }
    else if (g === 'sigmoid') a = z.map((v) => 1 / (1 + Math.exp(-v)));
    else if (g === 'tanh') a = z.map(Math.tanh);
    else if (g === 'relu') a = z.map((v) => Math.max(0, v));
    else a = z;
  });
  return a.length === 1 ? (a[0] >= 0.5 ? 1 : 0) : a.indexOf(Math.max(...a));
}

test('paste a three-class CSV: preview, train (the loss falls), download the data and weights that work on raw inputs', async ({ tab: page }) => {
  // Learning rate 0.3 (from the link): the loss falls below 0.15 in about 50 updates, not the 425 the lesson's 0.03
  // needs, so a loaded machine drawing one update per frame still gets there well within the time limit.
  const pg = await open(page, `${PAGE}?lr=0.3`);
  await pg.getByLabel('CSV text').fill(CSV);
  await pg.getByRole('button', { name: 'Preview' }).click();
  const report = pg.locator('.pg-data-report');
  await expect(report).toContainText(`Read ${ROWS.length} data rows: ${ROWS.length} usable, 0 with problems.`);
  await expect(report).toContainText('Header row: x1, x2, colour.');
  await expect(report).toContainText('Columns separated by commas.');
  await expect(report).toContainText('Classification, 3 classes:');
  // Classes in alphabetical order, ten rows each.
  for (const [k, name] of ['blue', 'green', 'red'].entries()) await expect(report).toContainText(`class ${k} “${name}”`);
  await expect(report.locator('.pg-classes li')).toHaveText([/blue.*10 rows/, /green.*10 rows/, /red.*10 rows/]);
  await expect(report).toContainText('3 softmax output units and softmax cross-entropy.');
  await expect(report.locator('table.pg-preview tbody tr')).toHaveCount(5);
  await expect(report.locator('table.pg-preview tbody tr').first()).toHaveText(['2', String(ROWS[0][0]), String(ROWS[0][1]), 'blue'].join(''));

  await pg.getByRole('button', { name: `Use these ${ROWS.length} rows` }).click();
  const nTest = Math.round(ROWS.length * 0.2);
  await expect(pg.locator('.pg-message')).toContainText(`Training on your data: ${ROWS.length} rows, ${ROWS.length - nTest} for training and ${nTest} for testing`);
  await expect(pg.locator('.pg-step')).toHaveText('0');
  // The axes span the data with 10% room: x1 0…100 → −5…105, x2 1…9 → 0.6…9.4.
  await expect(pg.locator('.pg-tick')).toHaveText('x1 → from −5 to 105; x2 ↑ from 0.6 to 9.4');
  await expectTickVisible(pg);
  await expect(pg.locator('.pg-weights figcaption')).toContainText('2-4-4-3');
  // Points and Noise shape only the built-in data: fixed, with the reason, while these data are in use.
  await expect(pg.getByLabel('Points', { exact: true })).toBeDisabled();
  await expect(pg.getByLabel('Noise', { exact: true })).toBeDisabled();
  await expect(pg.locator('.pg-own-fixed')).toHaveText('Points and Noise shape the built-in data sets only, so they are fixed while your own data are in use.');
  // The plot's text alternative names the reader's classes.
  await expect(pg.locator('canvas.pg-heat')).toHaveAttribute('aria-label', /“blue” \(circle\), “green” \(square\), “red” \(triangle\)/);
  // Three marker shapes on the plot, and the legend names them.
  const drawn = await pg.locator('.pg-points path.pg-pts').evaluateAll((ps) => [...new Set(ps.map((p) => /pg-c\d/.exec(p.getAttribute('class')!)![0]))].sort());
  expect(drawn).toEqual(['pg-c0', 'pg-c1', 'pg-c2']);
  await expect(pg.locator('.pg-legend')).toContainText('circle = blue; square = green; triangle = red');

  const start = await lossOf(pg);
  expect(start).toBeGreaterThan(0.5); // near ln 3 at the start
  await playUntilPlaying(pg);
  await expect.poll(async () => ({ loss: (await lossOf(pg)) < 0.15, step: await stepOf(pg), message: await pg.locator('.pg-message').textContent() }),
    { timeout: 60_000 }).toMatchObject({ loss: true });
  await pg.locator('.pg-controls button').first().click(); // Pause
  await expect.poll(() => pg.getAttribute('data-state')).toBe('paused');
  expect(await stepOf(pg)).toBeGreaterThan(0);

  const [wDl] = await Promise.all([page.waitForEvent('download'), pg.getByRole('button', { name: 'Download the weights (JSON)' }).click()]);
  expect(wDl.suggestedFilename()).toBe('playground-weights.json');
  const w = JSON.parse(await readFile((await wDl.path())!, 'utf8'));
  expect(w.sizes).toEqual([2, 4, 4, 3]);
  expect(w.output).toBe('softmax');
  expect(w.cost).toBe('softmax-cross-entropy');
  expect(w.classes).toEqual(['blue', 'green', 'red']);
  expect(w.inputs).toEqual(['x1', 'x2']);
  expect(w.weights.map((T: number[][]) => [T.length, T[0].length])).toEqual([[4, 3], [4, 5], [3, 5]]);
  // The file works on the raw columns: it classifies the reader's rows (in their own units) correctly.
  const right = ROWS.filter(([x1, x2, name]) => w.classes[classify(w, [x1, x2])] === name).length;
  expect(right).toBeGreaterThanOrEqual(ROWS.length - 1);

  const [dDl] = await Promise.all([page.waitForEvent('download'), pg.getByRole('button', { name: 'Download the data (CSV)' }).click()]);
  expect(dDl.suggestedFilename()).toBe('playground-data.csv');
  expect(await readFile((await dDl.path())!, 'utf8')).toBe(CSV.split('\n').join('\r\n'));

  await pg.getByRole('button', { name: 'Back to the built-in data sets' }).click();
  await expect(pg.locator('.pg-tick')).toHaveText('x₁ → and x₂ ↑, each from −1.5 to 1.5');
  await expect(pg.locator('.pg-weights figcaption')).toContainText('2-4-4-1');
  // The button went away with the data: focus is on the panel's summary, not lost to the page.
  await expect(pg.locator('.pg-data > summary')).toBeFocused();
  await expect(pg.getByLabel('Points', { exact: true })).toBeEnabled();
  await expect(pg.locator('.pg-own-fixed')).toHaveCount(0);
});

test('a numeric target is a regression: one linear unit, the loss falls, the target legend', async ({ tab: page }) => {
  const pg = await open(page);
  // y = x1 + 2·x2 on a 6 × 6 grid, in [0, 5]²: 36 rows, target 0…15.
  const rows = Array.from({ length: 36 }, (_, i) => [i % 6, Math.floor(i / 6), (i % 6) + 2 * Math.floor(i / 6)]);
  await pg.getByLabel('CSV text').fill(['a;b;y', ...rows.map((r) => r.join(';'))].join('\n'));
  await pg.getByRole('button', { name: 'Preview' }).click();
  const report = pg.locator('.pg-data-report');
  await expect(report).toContainText('Columns separated by semicolons.');
  await expect(report).toContainText('Regression: the target y runs from 0 to 15.');
  await pg.getByRole('button', { name: 'Use these 36 rows' }).click();
  await expect(pg.locator('.pg-weights figcaption')).toContainText('2-4-4-1');
  await expect(pg.locator('.pg-legend')).toContainText('Circles are rows with y below 7.5');
  // No point can be added on the plot or with the form (it would need a target): the hint says where rows go.
  await expect(pg.locator('.pg-col .pg-hint').first()).toHaveText('With a numeric target, rows are added in the CSV (in the data panel), not on the plot; click a point to remove it.');
  await expect(pg.getByRole('button', { name: 'Add point' })).toBeDisabled();
  await expect(pg.getByRole('button', { name: 'Remove nearest point' })).toBeEnabled();
  // Remove nearest point with a coordinate that is not a number: the field (the CSV's column a) says why, nothing goes.
  const a = pg.getByLabel('a', { exact: true });
  const rowsBefore = await pg.locator('.pg-counts').textContent();
  await a.fill('2.5.1');
  await pg.getByRole('button', { name: 'Remove nearest point' }).click();
  await expect(a).toHaveAccessibleDescription('a must be a finite number, such as 0.5, -2 or 1e-3.');
  await expect(pg.locator('.pg-counts')).toHaveText(rowsBefore!);
  await a.fill('2.5');
  await expect(a).toHaveAccessibleDescription('');
  const start = await lossOf(pg);
  await playUntilPlaying(pg);
  await expect.poll(async () => ({ fell: (await lossOf(pg)) < start / 10, step: await stepOf(pg) }), { timeout: 60_000 }).toMatchObject({ fell: true });
  await pg.locator('.pg-controls button').first().click(); // Pause
  await expect.poll(() => pg.getAttribute('data-state')).toBe('paused');
  const [wDl] = await Promise.all([page.waitForEvent('download'), pg.getByRole('button', { name: 'Download the weights (JSON)' }).click()]);
  const w = JSON.parse(await readFile((await wDl.path())!, 'utf8'));
  expect([w.output, w.cost, w.target]).toEqual(['linear', 'squared-error', 'y']);
  // Clicking the plot does not add a point with a made-up target.
  const before = await pg.locator('.pg-counts').textContent();
  await pg.locator('svg.pg-points').click(); // the centre (2.5, 2.5): no row within reach
  await expect(pg.locator('.pg-message')).toHaveText('With a numeric target, rows are added in the CSV, not by clicking the plot.');
  await expect(pg.locator('.pg-counts')).toHaveText(before!);
});

test('bad rows are named by line and column, the rest counted; the reader chooses to use the good rows', async ({ tab: page }) => {
  const pg = await open(page);
  const text = [
    'x1,x2,label', // 1
    '0,0,a', // 2
    'abc,1,b', // 3
    '1,,a', // 4
    '1,1,b', // 5
    '2,2', // 6
    '3,3,', // 7
    '4,4,a,5', // 8
    'x,y,a', // 9
    '5,z,b', // 10
    '6,6,a', // 11
  ].join('\n');
  await pg.getByLabel('CSV text').fill(text);
  await pg.getByRole('button', { name: 'Preview' }).click();
  const bad = pg.locator('.pg-data-bad');
  await expect(bad.locator('li')).toHaveText([
    'Row 3, column x1: “abc” is not a number.',
    'Row 4, column x2: empty.',
    'Row 6: column label is missing.',
    'Row 7, column label: empty.',
    'Row 8: 4 columns, but only 3 are expected.',
  ]);
  await expect(bad).toContainText('… and 2 more rows with problems.');
  await expect(pg.locator('.pg-data-report')).toContainText('Read 10 data rows: 3 usable, 7 with problems.');
  await expect(pg.getByLabel('CSV text')).toHaveAttribute('aria-invalid', 'true');
  // The open panel with its preview table and problem list passes axe.
  await flattenMathForAxe(page, false); // no formula in the panel; the lesson's are checked per page (site.spec.ts)
  expect(await runAxe(page, { include: '.pg-data' })).toEqual([]);
  await pg.getByRole('button', { name: 'Use the 3 usable rows (leave out the 7 with problems)' }).click();
  await expect(pg.locator('.pg-message')).toContainText('Training on your data: 3 rows');

  // One class only: refused with the reason.
  await pg.getByLabel('CSV text').fill('1,2,a\n3,4,a\n');
  await pg.getByRole('button', { name: 'Preview' }).click();
  await expect(pg.getByRole('alert')).toHaveText('Every usable row has the label “a”: at least two classes are needed (or choose “a numeric target”).');
});

test('too large: over 1 MB refused before reading, over 10,000 rows stopped; 10,000 rows parse quickly', async ({ tab: page }) => {
  const pg = await open(page);
  const area = pg.getByLabel('CSV text');
  const setText = (t: string) => area.evaluate((el: HTMLTextAreaElement, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, t);
  const row = '0.123456789,0.987654321,1\n'; // 26 bytes
  const big = row.repeat(Math.ceil(1_100_000 / row.length));
  await setText(big);
  await pg.getByRole('button', { name: 'Preview' }).click();
  await expect(pg.getByRole('alert')).toContainText(`This is ${big.length.toLocaleString('en-US')} bytes or more; the limit is 1,000,000 bytes (1 MB). Nothing was read`);

  // A file over the limit is refused from its size (1,200,000 bytes), not read.
  await pg.locator('input[type=file]').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(1_200_000, 'a') });
  await expect(pg.locator('.pg-data-note')).toHaveText('This is 1,200,000 bytes or more; the limit is 1,000,000 bytes (1 MB). Nothing was read: use a smaller file.');

  const rows = (n: number) => Array.from({ length: n }, (_, i) => `${i % 97},${i % 89},${i % 2}`).join('\n');
  await setText(rows(10_001));
  await pg.getByRole('button', { name: 'Preview' }).click();
  await expect(pg.getByRole('alert')).toHaveText('More than 10,000 data rows: reading stopped at row 10,001 and nothing was loaded. Use at most 10,000 rows.');

  await setText(rows(10_000));
  await pg.getByRole('button', { name: 'Preview' }).click();
  await expect(pg.locator('.pg-data-report')).toContainText('Read 10,000 data rows: 10,000 usable, 0 with problems.');
  const ms = Number(await pg.locator('.pg-data-report').getAttribute('data-parse-ms'));
  // Reported, not asserted against a threshold: the time depends on the machine's load.
  console.log(`parse of 10,000 rows (in chunks): ${ms} ms`);
  expect(ms).toBeGreaterThan(0);

  // A file within the limits is read and previewed.
  await pg.locator('input[type=file]').setInputFiles({ name: 'ok.csv', mimeType: 'text/csv', buffer: Buffer.from('p,q,r\n1,2,x\n3,4,y\n') });
  await expect(pg.locator('.pg-data-report')).toContainText('Read 2 data rows: 2 usable, 0 with problems. Header row: p, q, r.');
  await expect(area).toHaveValue('p,q,r\n1,2,x\n3,4,y\n');

  // A file dropped on the text box is read the same way.
  const dt = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(new File(['u;v;w\n1;2;a\n3;4;b\n5;6;a\n'], 'drop.csv', { type: 'text/csv' }));
    return d;
  });
  await area.dispatchEvent('drop', { dataTransfer: dt });
  await expect(pg.locator('.pg-data-report')).toContainText('Read 3 data rows: 3 usable, 0 with problems. Header row: u, v, w. Columns separated by semicolons.');
});

test('keyboard only: open, type, preview, use', async ({ tab: page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(PAGE);
  const pg = page.locator('section.pg').first();
  await pg.scrollIntoViewIfNeeded();
  await expect(pg.locator('.pg-controls button').first()).toBeEnabled({ timeout: 30_000 });
  await pg.locator('.pg-data > summary').focus();
  await page.keyboard.press('Enter');
  await expect(pg.locator('.pg-data')).toHaveAttribute('open', '');
  await expect(pg.locator('.pg-data textarea')).toBeVisible(); // the content renders on the toggle event
  /** Press Tab until the focused element passes the test `fn` (a function's source), at most 12 times. */
  const tab = async (fn: string) => {
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(`(${fn})(document.activeElement)`)) return;
    }
    throw new Error(`Tab never reached ${fn}`);
  };
  await tab('(el) => el.tagName === "TEXTAREA" && el.classList.contains("pg-csv")');
  await page.keyboard.type('0,0,a\n1,1,b\n0,1,a\n1,0,b\n');
  await tab('(el) => el.tagName === "BUTTON" && el.textContent === "Preview"');
  await page.keyboard.press('Enter');
  await expect(pg.locator('.pg-data-report')).toContainText('Read 4 data rows: 4 usable, 0 with problems.');
  await tab('(el) => el.tagName === "BUTTON" && el.textContent === "Use these 4 rows"');
  await page.keyboard.press('Enter');
  await expect(pg.locator('.pg-message')).toContainText('Training on your data: 4 rows');
  expect(errors).toEqual([]);
});

test('at 360 px nothing overflows, with long labels and bad rows shown', async ({ tab: page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const pg = await open(page);
  const long = 'a-very-long-class-name-without-any-spaces-at-all';
  await pg.getByLabel('CSV text').fill(`first column name,second column name,label\n0,0,${long}\n1,1,b\n2,2,${long}\nnot-a-number-${long},3,b\n`);
  await pg.getByRole('button', { name: 'Preview' }).click();
  await expect(pg.locator('.pg-data-bad li')).toHaveCount(1);
  await pg.getByRole('button', { name: /Use the 3 usable rows/ }).click();
  await expect(pg.locator('.pg-legend')).toContainText(long);
  // The long axis note wraps at this width, and every line of it is visible under the plot.
  expect(await expectTickVisible(pg)).toBeGreaterThan(1);
  // Nothing inside the widget reaches past its right edge (the preview table scrolls inside its own box) …
  const over = await pg.evaluate((root) => [...root.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > root.getBoundingClientRect().right + 1 && !el.closest('.pg-table-wrap'))
    .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`));
  expect(over).toEqual([]);
  // … and the page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the Chinese lesson: the panel and its messages in Chinese', async ({ tab: page }) => {
  const pg = await open(page, '/zh/lessons/training/', '使用自己的数据（CSV）');
  await pg.locator('.pg-data textarea').fill('x1,x2,label\n0,abc,a\n1,1,b\n2,2,a\n');
  await pg.locator('.pg-data button[type=submit]').click();
  await expect(pg.locator('.pg-data-bad li')).toHaveText(['第 2 行“x2”列：“abc”不是数字。']);
  // The report's sentences run on with no space after 。 (Chinese typography).
  await expect(pg.locator('.pg-data-report')).toContainText('共读取 3 行数据：2 行可用，1 行有问题。表头行：x1、x2、label。列之间用逗号分隔。');
  // Decimal commas in a semicolon-separated file, said in Chinese.
  await pg.locator('.pg-data textarea').fill('1,5;2;a\n3;4,5;b\n');
  await pg.locator('.pg-data button[type=submit]').click();
  await expect(pg.locator('.pg-data-report')).toContainText('列之间用分号分隔。小数逗号已按小数点读取。');
});

test('a European spreadsheet export: semicolons and decimal commas read as numbers, 1.234,5 still refused', async ({ tab: page }) => {
  const pg = await open(page);
  const text = ['x1;x2;label', '1,5;2,25;a', '-0,25;3;b', '1.234,5;1;a', '4;-1,75;b'].join('\n');
  await pg.getByLabel('CSV text').fill(text);
  await pg.getByRole('button', { name: 'Preview' }).click();
  const report = pg.locator('.pg-data-report');
  await expect(report).toContainText('Read 4 data rows: 3 usable, 1 with problems. Header row: x1, x2, label. Columns separated by semicolons. Decimal commas read as decimal points.');
  // The rows as numbers: 1,5 = 3/2, 2,25 = 9/4, −0,25 = −1/4, −1,75 = −7/4 (minus signs as the page writes them).
  await expect(report.locator('table.pg-preview tbody tr')).toHaveText(['21.52.25a', '3\u22120.253b', '54\u22121.75b']);
  await expect(report).toContainText('x1 runs from \u22120.25 to 4, x2 from \u22121.75 to 3.');
  await expect(pg.locator('.pg-data-bad li')).toHaveText(['Row 4, column x1: “1.234,5” is not a number.']);
  // The same numbers with commas between the columns: a comma is a separator there, never a decimal point.
  await pg.getByLabel('CSV text').fill('x1,x2,label\n"1,5",2,a\n0,0,b\n1,1,a\n');
  await pg.getByRole('button', { name: 'Preview' }).click();
  await expect(report).toContainText('Columns separated by commas.');
  await expect(report).not.toContainText('Decimal commas');
  await expect(pg.locator('.pg-data-bad li')).toHaveText(['Row 2, column x1: “1,5” is not a number.']);
});

test('with own data the point form takes the CSV\'s columns, units and class names; a click reports the reader\'s units', async ({ tab: page }) => {
  const pg = await open(page);
  await pg.getByLabel('CSV text').fill(CSV);
  await pg.getByRole('button', { name: 'Preview' }).click();
  await pg.getByRole('button', { name: `Use these ${ROWS.length} rows` }).click();
  const counts = async () => (await pg.locator('.pg-counts').textContent())!.match(/\d+/g)!.map(Number);
  const [train0, test0] = await counts();
  const chooser = pg.getByLabel('Class of new points');
  await expect(chooser.locator('option')).toHaveText(['“blue” (circle)', '“green” (square)', '“red” (triangle)']);
  const x1 = pg.getByLabel('x1', { exact: true }), x2 = pg.getByLabel('x2', { exact: true });
  // The form starts at the middle of the data: x1 0…100 → 50, x2 1…9 → 5.
  await expect(x1).toHaveValue('50');
  await expect(x2).toHaveValue('5');
  await chooser.selectOption({ label: '“green” (square)' });
  // Text that is not a number is refused by the column's name (Enter), and a number clears it.
  await x1.fill('seventy');
  await x1.press('Enter');
  await expect(x1).toHaveAttribute('aria-invalid', 'true');
  await expect(x1).toHaveAccessibleDescription('x1 must be a finite number, such as 0.5, -2 or 1e-3.');
  expect(await counts()).toEqual([train0, test0]);
  await x1.fill('72');
  await expect(x1).toHaveAccessibleDescription('');
  await x2.fill('3');
  await pg.getByRole('button', { name: 'Add point' }).click();
  await expect(pg.locator('.pg-message')).toHaveText('Added a training point of class “green” at x1 = 72, x2 = 3.');
  expect(await counts()).toEqual([train0 + 1, test0]);
  // The plotted range with 10% room: x1 −5…105, x2 0.6…9.4; the edge is in, just past it is out.
  await x1.fill('106');
  await pg.getByRole('button', { name: 'Add point' }).click();
  await expect(pg.locator('.pg-message')).toHaveText('That point lies outside the plotted range (x1 from −5 to 105, x2 from 0.6 to 9.4); it was not added.');
  expect(await counts()).toEqual([train0 + 1, test0]);
  await x1.fill('105');
  await x2.fill('0,6'); // a decimal comma, as the CSV reads it: 0.6 (not 6)
  await chooser.selectOption({ label: '“red” (triangle)' });
  await pg.getByRole('button', { name: 'Add point' }).click();
  await expect(pg.locator('.pg-message')).toHaveText('Added a training point of class “red” at x1 = 105, x2 = 0.6.');
  // The typed points are exported as typed, with their class names.
  const [dDl] = await Promise.all([page.waitForEvent('download'), pg.getByRole('button', { name: 'Download the data (CSV)' }).click()]);
  const lines = (await readFile((await dDl.path())!, 'utf8')).split('\r\n');
  expect(lines.slice(-2)).toEqual(['72,3,green', '105,0.6,red']);
  // A click on the plot about three quarters across and a quarter down (no row within reach) adds a point there,
  // reported in the reader's units: plot (0.75, 0.75) of ±1.5 is near x1 = 50 + 0.75 · 55/1.5 = 77.5, x2 = 5 + 0.75 · 4.4/1.5 = 7.2.
  // The click is dispatched at whole-pixel coordinates read from the plot's box in the same step (no scroll can move it);
  // the expected values come from where it landed.
  const [fx, fy] = await pg.locator('svg.pg-points').evaluate((svg) => {
    const b = svg.getBoundingClientRect();
    const x = Math.round(b.left + 0.75 * b.width), y = Math.round(b.top + 0.25 * b.height);
    svg.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
    return [(x - b.left) / b.width, (y - b.top) / b.height];
  });
  const want = [50 + (fx * 3 - 1.5) * (55 / 1.5), 5 + (1.5 - fy * 3) * (4.4 / 1.5)];
  await expect(pg.locator('.pg-message')).toHaveText(/^Added a training point of class “red” at x1 = [\d.]+, x2 = [\d.]+\.$/);
  const m = /x1 = (\d+(?:\.\d+)?), x2 = (\d+(?:\.\d+)?)\.$/.exec((await pg.locator('.pg-message').textContent())!)!;
  // Shown to four significant digits: 77.xx and 7.xxx.
  expect(Math.abs(Number(m[1]) - want[0])).toBeLessThanOrEqual(0.005 + 1e-9);
  expect(Math.abs(Number(m[2]) - want[1])).toBeLessThanOrEqual(0.0005 + 1e-9);
  expect(Math.abs(want[0] - 77.5)).toBeLessThan(1);
  // Removing it by typing its coordinates reports it in the same units.
  await x1.fill(m[1]);
  await x2.fill(m[2]);
  await pg.getByRole('button', { name: 'Remove nearest' }).click();
  await expect(pg.locator('.pg-message')).toHaveText(`Removed a training point of class “red” at x1 = ${m[1]}, x2 = ${m[2]}.`);
  // Another built-in data set replaces the reader's data, and the message says so; the CSV stays in the text box.
  await pg.getByLabel('Data set').selectOption('spirals');
  await expect(pg.locator('.pg-message')).toHaveText('Your data were replaced by the built-in Spirals data set; step 0. '
    + 'Your CSV text is still in the data panel: press Preview and use it to train on it again.');
  await expect(pg.locator('.pg-data-active')).toHaveCount(0);
  await expect(pg.getByLabel('CSV text')).toHaveValue(CSV);
  await expect(pg.getByLabel('Points', { exact: true })).toBeEnabled();
});

test('own data in the link: small data go into ?csv= and load from it; too large, damaged or back to built-in data leave it out', async ({ page, context }) => {
  const pg = await open(page, `${PAGE}?lr=0.3`);
  const area = pg.getByLabel('CSV text');
  const csvParam = () => new URL(page.url()).searchParams.get('csv');
  // Too large for a link: 3,000 rows of pseudo-random numbers (a linear congruential generator) do not compress to 8,000 characters.
  let a = 12345;
  const rnd = () => { a = (a * 1103515245 + 12345) % 2147483648; return (a / 2147483648).toFixed(6); };
  const big = Array.from({ length: 3000 }, () => `${rnd()},${rnd()},${a % 2}`).join('\n');
  await area.evaluate((el: HTMLTextAreaElement, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); }, big);
  await pg.getByRole('button', { name: 'Preview' }).click();
  await pg.getByRole('button', { name: 'Use these 3,000 rows' }).click();
  const tooLarge = /These data are too large for a link \(([\d,]+) characters compressed; a link holds at most 8,000\)/;
  await expect(pg.locator('.pg-data-link')).toHaveText(tooLarge);
  expect(Number(tooLarge.exec((await pg.locator('.pg-data-link').textContent())!)![1].replace(/,/g, ''))).toBeGreaterThan(8000);
  expect(csvParam()).toBeNull();

  // Small data: in the link, compressed; the link decompresses (with lz-string, here) to exactly the rows used.
  await area.fill(CSV);
  await pg.getByRole('button', { name: 'Preview' }).click();
  await pg.getByRole('button', { name: `Use these ${ROWS.length} rows` }).click();
  await expect(pg.locator('.pg-data-link')).toContainText('The page address holds these data');
  await expect.poll(csvParam).not.toBeNull();
  expect(LZString.decompressFromEncodedURIComponent(csvParam()!)).toBe(CSV.split('\n').join('\r\n'));
  const url = new URL(page.url());
  expect(url.searchParams.get('csvkind')).toBe('classes');
  expect(url.searchParams.get('lr')).toBe('0.3');
  // A point added with the form goes into the link too (the panel says the address holds the data).
  await pg.getByLabel('x1', { exact: true }).fill('72');
  await pg.getByLabel('x2', { exact: true }).fill('3');
  await pg.getByRole('button', { name: 'Add point' }).click();
  await expect.poll(() => LZString.decompressFromEncodedURIComponent(csvParam()!)).toBe([...CSV.split('\n'), '72,3,blue'].join('\r\n'));
  await pg.getByRole('button', { name: 'Remove nearest point' }).click();
  await expect.poll(() => LZString.decompressFromEncodedURIComponent(csvParam()!)).toBe(CSV.split('\n').join('\r\n'));

  // The link in another tab: the same rows, split and axes, and the settings.
  const other = await context.newPage();
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(e.message));
  await other.goto(url.pathname + url.search);
  const pg2 = other.locator('section.pg').first();
  await pg2.scrollIntoViewIfNeeded();
  const nTest = Math.round(ROWS.length * 0.2);
  await expect(pg2.locator('.pg-message')).toHaveText(`Your data were read from the page address: ${ROWS.length} rows, ${ROWS.length - nTest} for training and ${nTest} for testing; step 0.`, { timeout: 30_000 });
  await expect(pg2.locator('.pg-tick')).toHaveText('x1 → from −5 to 105; x2 ↑ from 0.6 to 9.4');
  await expect(pg2.locator('.pg-weights figcaption')).toContainText('2-4-4-3');
  await expect(pg2.locator('.pg-counts')).toHaveText(`${ROWS.length - nTest} training, ${nTest} test points`);
  // Back to the built-in data: the data leave the link, the settings stay.
  await pg2.locator('.pg-data > summary').click();
  // The linked data's CSV is in the text box.
  expect((await pg2.getByLabel('CSV text').inputValue()).replace(/\r\n/g, '\n')).toBe(CSV);
  await pg2.getByRole('button', { name: 'Back to the built-in data sets' }).click();
  await expect(pg2.locator('.pg-tick')).toHaveText('x₁ → and x₂ ↑, each from −1.5 to 1.5');
  await expect.poll(() => new URL(other.url()).searchParams.get('csv')).toBeNull();
  expect(new URL(other.url()).searchParams.get('lr')).toBe('0.3');

  // A damaged csv parameter: the panel opens and says so, the built-in data and the other settings stay.
  await other.goto(`${PAGE}?lr=0.3&csv=zzzz${'Q'.repeat(20)}`);
  await pg2.scrollIntoViewIfNeeded();
  await expect(pg2.locator('.pg-data')).toHaveAttribute('open', '', { timeout: 30_000 });
  await expect(pg2.locator('.pg-data-note')).toHaveText('The data in the page address (its csv part) are damaged and could not be read; the built-in data set is in use.');
  await expect(pg2.locator('.pg-tick')).toHaveText('x₁ → and x₂ ↑, each from −1.5 to 1.5');
  expect(new URL(other.url()).searchParams.get('csv')).toBeNull();
  expect(new URL(other.url()).searchParams.get('lr')).toBe('0.3');
  // Damaged data alone in the query: the address is left with no query at all, not a bare '?'.
  await other.goto(`${PAGE}?csv=garbage`);
  await pg2.scrollIntoViewIfNeeded();
  await expect(pg2.locator('.pg-data')).toHaveAttribute('open', '', { timeout: 30_000 });
  await expect.poll(() => other.url()).toMatch(/\/lessons\/training\/$/);
  expect(errors).toEqual([]);
});
