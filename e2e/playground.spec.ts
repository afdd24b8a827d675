import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './tab';
import { runAxe } from './axe';
import { renderAll } from './render-all';
import { DATA_STRINGS } from '../components/Playground/data-strings.ts';
import { PLAYGROUND_STRINGS } from '../components/Playground/strings.ts';

const EN = PLAYGROUND_STRINGS.en, ZH = PLAYGROUND_STRINGS.zh;

const PAGE = '/demo/playground/';

/** The first playground on the demo page, once hydrated (its Play button enabled). */
async function open(page: Page, query = ''): Promise<Locator> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(PAGE + query);
  const pg = page.locator('section.pg').first();
  // Generous timeouts: this machine's two cores are shared by several builds at once.
  await expect(pg.getByRole('button', { name: 'Play' })).toBeEnabled({ timeout: 20_000 });
  expect(errors).toEqual([]);
  return pg;
}

const stepOf = async (pg: Locator) => Number(await pg.getAttribute('data-step'));
const lossOf = async (pg: Locator) => Number(await pg.getAttribute('data-train-loss'));
const framesOf = async (pg: Locator) => Number(await pg.getAttribute('data-frames'));
/** Wait for two animation frames, so a running loop would have moved on. */
const frames = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

test.describe.configure({ timeout: 60_000 });

/**
 * A weight's value as the refusal message names it, from the exact text in the field: 4 significant digits, "≈ " when
 * that rounds it, the true minus sign (reader QA: the message printed all 17 digits).
 */
function shownAs(exact: string): string {
  const x = Number(exact);
  const r = Number(x.toPrecision(4));
  return `${r === x ? '' : '≈ '}${String(r).replace(/^-/, '−')}`;
}

test('step, play and pause change the step counter', async ({ tab: page }) => {
  const pg = await open(page);
  await expect(pg.locator('.pg-step')).toHaveText('0');
  await pg.getByRole('button', { name: 'Step' }).click();
  await pg.getByRole('button', { name: 'Step' }).click();
  await expect(pg.locator('.pg-step')).toHaveText('2');
  await pg.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepOf(pg), { timeout: 20_000 }).toBeGreaterThan(50);
  await pg.getByRole('button', { name: 'Pause' }).click();
  const paused = await stepOf(pg);
  await frames(page);
  await frames(page);
  expect(await stepOf(pg)).toBe(paused);
  await expect(pg.locator('.pg-step')).toHaveText(String(paused));
  await expect(pg.getByRole('status').first()).toContainText(`Paused at step ${paused}`);
});

test('rewind replays the same run: the same loss at the same step', async ({ tab: page }) => {
  const pg = await open(page);
  const start = await lossOf(pg);
  const step = pg.getByRole('button', { name: 'Step' });
  for (let i = 0; i < 7; i++) await step.click();
  await expect(pg.locator('.pg-step')).toHaveText('7');
  const at7 = await lossOf(pg);
  const shown = await pg.locator('.pg-loss-train').textContent();
  expect(at7).not.toBe(start);
  for (let i = 0; i < 4; i++) await step.click();
  await pg.getByRole('button', { name: 'Rewind' }).click();
  await expect(pg.locator('.pg-step')).toHaveText('0');
  expect(await lossOf(pg)).toBe(start);
  for (let i = 0; i < 7; i++) await step.click();
  await expect(pg.locator('.pg-step')).toHaveText('7');
  expect(await lossOf(pg)).toBe(at7);
  await expect(pg.locator('.pg-loss-train')).toHaveText(shown!);
});

test('settings in the URL are applied, and changes are written back', async ({ tab: page }) => {
  const pg = await open(page, '?data=spirals&hidden=3,2&act=relu,sigmoid&lr=0.1&mom=0.9&batch=7&loss=squared-error');
  await expect(pg.getByLabel('Data set')).toHaveValue('spirals');
  await expect(pg.getByLabel('Layer 2 units')).toHaveValue('3');
  await expect(pg.getByLabel('Layer 3 units')).toHaveValue('2');
  await expect(pg.getByLabel('Layer 2 activation')).toHaveValue('relu');
  await expect(pg.getByLabel('Layer 3 activation')).toHaveValue('sigmoid');
  await expect(pg.getByLabel('Learning rate α')).toHaveValue('0.1');
  await expect(pg.getByLabel('Batch size')).toHaveValue('7');
  await expect(pg.getByLabel('Momentum μ')).toHaveValue('0.9');
  await expect(pg.getByRole('combobox', { name: /^Loss/ })).toHaveValue('squared-error');
  await expect(pg.getByRole('img', { name: /Weights of the 2-3-2-1 network/ })).toBeVisible();
  await pg.getByLabel('Data set').selectOption('circles');
  await expect(page).toHaveURL(/data=circles/);
  await expect(page).toHaveURL(/hidden=3%2C2/);
});

test('bad values in the URL fall back to the defaults without an error, and a message names them', async ({ tab: page }) => {
  const pg = await open(page, '?data=mnist&lr=abc&hidden=99,x&batch=-4&seed=%%&loss=hinge');
  // Each named with what it must be, so a teacher can mend the link.
  const message = pg.locator('.pg-message');
  await expect(message).toContainText('Not understood in the page address, so left at their defaults: data=mnist (xor, circles, spirals or blobs); ');
  for (const part of ['hidden=99,x (up to 4 layer sizes of 1 to 8', 'lr=abc (a number greater than 0 and at most 1e6)', 'batch=-4 (a whole number from 1 to 1000)',
    'loss=hinge (cross-entropy or squared-error)', 'seed=%% (a whole number from 0 to 4294967295).']) await expect(message).toContainText(part);
  // The address holds the settings in use (as when part of a link is understood).
  await expect.poll(() => new URL(page.url()).searchParams.get('lr')).toBe('0.03');
  expect(new URL(page.url()).searchParams.get('data')).toBe('xor');
  await expect(pg.getByLabel('Data set')).toHaveValue('xor');
  await expect(pg.getByLabel('Learning rate α')).toHaveValue('0.03');
  await expect(pg.getByLabel('Layer 2 units')).toHaveValue('8');
  await expect(pg.getByLabel('Batch size')).toHaveValue('10');
  await expect(pg.getByRole('combobox', { name: /^Loss/ })).toHaveValue('cross-entropy');
  await pg.getByRole('button', { name: 'Step' }).click();
  await expect(pg.locator('.pg-step')).toHaveText('1');
});

test('clicking the plot adds a point and clicking it again removes it; the form does the same', async ({ tab: page }) => {
  const pg = await open(page);
  const counts = pg.locator('.pg-counts');
  await expect(counts).toHaveText('400 training, 100 test points');
  const svg = pg.locator('svg.pg-points');
  const box = (await svg.boundingBox())!;
  // The top-left corner is (−1.45, 1.45): outside the XOR points, so the first click adds a point there.
  await svg.click({ position: { x: box.width * 0.02, y: box.height * 0.02 } });
  await expect(counts).toHaveText('401 training, 100 test points');
  await svg.click({ position: { x: box.width * 0.02, y: box.height * 0.02 } });
  await expect(counts).toHaveText('400 training, 100 test points');
  await pg.getByLabel('Class of new points').selectOption('1');
  await pg.getByLabel('x₁').fill('1.3');
  await pg.getByLabel('x₂').fill('-1.3');
  await pg.getByRole('button', { name: 'Add point' }).click();
  await expect(counts).toHaveText('401 training, 100 test points');
  await expect(pg.getByRole('status').first()).toContainText('Added a class 1 training point at (1.3, −1.3)');
  await pg.getByRole('button', { name: 'Remove nearest point' }).click();
  await expect(counts).toHaveText('400 training, 100 test points');
});

test('a huge learning rate diverges: the widget says so, offers Reset and shows no NaN', async ({ tab: page }) => {
  const pg = await open(page, '?act=linear&lr=1000');
  await pg.getByRole('button', { name: 'Play' }).click();
  const alert = pg.getByRole('alert');
  await expect(alert).toContainText('Training diverged at step');
  await expect(pg).toHaveAttribute('data-state', 'diverged');
  await expect(pg.getByRole('button', { name: 'Play' })).toBeVisible();
  const text = await pg.innerText();
  expect(text).not.toMatch(/NaN|Infinity/);
  const labels = await pg.locator('[aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).join(' '));
  expect(labels).not.toMatch(/NaN|Infinity/);
  expect(await pg.locator('path').evaluateAll((ps) => ps.some((p) => /NaN|Infinity/.test(p.getAttribute('d') ?? '')))).toBe(false);
  await alert.getByRole('button', { name: 'Reset' }).click();
  await expect(pg.getByRole('alert')).toHaveCount(0);
  await expect(pg.locator('.pg-step')).toHaveText('0');
  await expect(page).toHaveURL(/seed=2/);
});

test('the controls work from the keyboard alone', async ({ tab: page }) => {
  const pg = await open(page);
  await pg.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Tab');
  await expect(pg.getByRole('button', { name: 'Step' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(pg.locator('.pg-step')).toHaveText('2');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(pg.getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect.poll(() => stepOf(pg), { timeout: 20_000 }).toBeGreaterThan(10);
  await page.keyboard.press('Enter');
  await expect(pg.getByRole('button', { name: 'Play' })).toBeFocused();
  // Add a point with the form: type the coordinates and press Enter.
  await pg.getByLabel('x₁').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('-1.2');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1.2');
  await page.keyboard.press('Enter');
  await expect(pg.locator('.pg-counts')).toHaveText('401 training, 100 test points');
  // Change a setting with the arrow keys.
  await pg.getByLabel('Data set').focus();
  await page.keyboard.press('ArrowDown');
  await expect(pg.getByLabel('Data set')).toHaveValue('circles');
  // The select shows its new value before the widget has applied it; the new run renders its weights then, which
  // would overwrite a value typed in between: wait for the widget's own word that the settings changed.
  await expect(pg.getByRole('status').first()).toContainText('Settings changed');
  // Edit a weight while paused.
  await pg.getByLabel('Value').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1.5');
  await page.keyboard.press('Enter');
  await expect(pg.getByRole('status').first()).toContainText('Θ(1)_10 set to 1.5');
});

test('a weight value that is not a finite number is refused with a message tied to the field; a valid one clears it (D6)', async ({ tab: page }) => {
  const pg = await open(page);
  const field = pg.getByLabel(EN.value, { exact: true });
  const set = pg.getByRole('button', { name: EN.setWeight });
  // The weight in use, as the site prints it (4 significant digits, ≈ when rounded, minus sign −); the field shows it exactly.
  const kept = shownAs(await field.inputValue());
  const message = EN.badWeight(EN.value, 'Θ(1)_10', kept);
  const refusedBy = async (keys: string[]) => {
    const status = await pg.locator('.pg-message').textContent();
    await field.focus();
    await page.keyboard.press('Control+A');
    for (const k of keys) await page.keyboard.press(k);
    await page.keyboard.press('Enter');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
    await expect(pg.getByText(message)).toBeVisible();
    await expect(set).toBeEnabled(); // the button stays operable: pressing it says why, as Enter does
    await expect(pg.locator('.pg-message')).toHaveText(status!); // no weight was set
  };
  // The browser's own bubble ('Please enter a number', in its language, over the button) must not stand in for the
  // message: it comes with an `invalid` event on the field.
  await field.evaluate((el) => el.addEventListener('invalid', () => { el.dataset.bubble = 'shown'; }));
  await refusedBy([...'1e999']); // too large to be a finite number
  await expect(field).not.toHaveAttribute('data-bubble', 'shown');
  await field.press('Control+A');
  await field.pressSequentially('0.75');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(pg.getByText(message)).toBeHidden();
  await expect(field).toHaveAccessibleDescription('');
  await refusedBy(['Backspace']); // empty
  await field.press('Control+A');
  await field.pressSequentially('-0.75');
  await expect(pg.getByText(message)).toBeHidden();
  await set.click();
  await expect(pg.locator('.pg-message')).toHaveText(EN.weightSet('Θ(1)_10', '−0.75'));
  // The minus sign as the course prints it, typed or pasted: a negative weight, not its absolute value (reader QA: the
  // number field dropped "−" and set 0.5).
  await field.press('Control+A');
  await page.keyboard.type('\u22120.5');
  await page.keyboard.press('Enter');
  await expect(pg.locator('.pg-message')).toHaveText(EN.weightSet('Θ(1)_10', '−0.5'));
  await field.press('Control+A');
  await page.keyboard.insertText('\u22121.25'); // as a paste puts it in
  await set.click();
  await expect(pg.locator('.pg-message')).toHaveText(EN.weightSet('Θ(1)_10', '−1.25'));
});

test('a refused weight value keeps its message still while training runs, and a repeated refusal is announced again', async ({ tab: page }) => {
  // Reader QA: the refusal said "Θ(1)_10 is still <the live value>" in an alert region, so during Play it was rewritten
  // on every frame (about 170 times in 3 s), each rewrite read out by a screen reader.
  const pg = await open(page);
  const field = pg.getByLabel(EN.value, { exact: true });
  const keptExact = await field.inputValue();
  const kept = shownAs(keptExact);
  await field.fill('1e999');
  await field.press('Enter');
  const alert = pg.locator(`[id="${await field.getAttribute('aria-describedby')}"]`);
  await expect(alert).toHaveText(EN.badWeight(EN.value, 'Θ(1)_10', kept));
  await expect(alert).toHaveAttribute('role', 'alert');
  // Every change of the alert's content from now on, counted in the page.
  await alert.evaluate((el) => {
    const w = window as unknown as { alertChanges: number };
    w.alertChanges = 0;
    new MutationObserver((records) => { w.alertChanges += records.length; }).observe(el, { subtree: true, childList: true, characterData: true });
  });
  const changes = () => page.evaluate(() => (window as unknown as { alertChanges: number }).alertChanges);
  await pg.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepOf(pg), { timeout: 20_000 }).toBeGreaterThan(30);
  // While it trains: not one change, the value named the one of the moment of refusal.
  expect(await changes()).toBe(0);
  await expect(alert).toHaveText(EN.badWeight(EN.value, 'Θ(1)_10', kept));
  expect(await stepOf(pg)).toBeGreaterThan(30);
  await pg.getByRole('button', { name: 'Pause' }).click();
  // Paused, the field shows the weight's value now (the refused text is replaced, and its message goes).
  await expect(field).not.toHaveValue('1e999');
  const nowExact = await field.inputValue();
  const now = shownAs(nowExact);
  expect(nowExact).not.toBe(keptExact);
  await expect(alert).toHaveText('');
  // Refused again, then Enter once more on the same text: the message is put in anew, so a screen reader, which reads
  // an alert when it changes, hears it again.
  await field.fill('1e999');
  await field.press('Enter');
  await expect(alert).toHaveText(EN.badWeight(EN.value, 'Θ(1)_10', now));
  const before = await changes();
  await field.press('Enter');
  await expect.poll(changes).toBeGreaterThan(before);
  await expect(alert).toHaveText(EN.badWeight(EN.value, 'Θ(1)_10', now));
});

test('a coordinate that is not a finite number is refused with a message tied to its field; a valid one clears it, then Add point adds', async ({ tab: page }) => {
  // Like the weight's Value (D6): the point form only marked the field and greyed out Add point, saying nothing.
  const pg = await open(page);
  const counts = pg.locator('.pg-counts');
  const before = await counts.textContent();
  const status = await pg.locator('.pg-message').textContent();
  const [x1, x2] = [pg.getByLabel('x₁', { exact: true }), pg.getByLabel('x₂', { exact: true })];
  const add = pg.getByRole('button', { name: EN.addPoint });
  const [m1, m2] = [EN.badCoord('x₁'), EN.badCoord('x₂')];
  // Text that is not a number, committed with Enter: the message, from the string table, tied to the field.
  await x1.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('abc');
  await expect(x1).not.toHaveAttribute('aria-invalid', 'true'); // not while typing
  await page.keyboard.press('Enter');
  await expect(x1).toHaveAttribute('aria-invalid', 'true');
  await expect(x1).toHaveAccessibleDescription(m1);
  await expect(pg.getByText(m1)).toBeVisible();
  await expect(add).toBeEnabled(); // operable: pressing it says what is wrong, as Enter does
  await expect(x2).not.toHaveAttribute('aria-invalid', 'true');
  await expect(x2).toHaveAccessibleDescription('');
  // Too large to be finite, committed by leaving the field (Tab to Add point), then Add point pressed: nothing added.
  await page.keyboard.press('Tab');
  await expect(x2).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1e999');
  await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await expect(x2).toHaveAttribute('aria-invalid', 'true');
  await expect(x2).toHaveAccessibleDescription(m2);
  await page.keyboard.press('Enter');
  await expect(pg.getByText(m1)).toBeVisible();
  await expect(pg.getByText(m2)).toBeVisible();
  await expect(counts).toHaveText(before!);
  await expect(pg.locator('.pg-message')).toHaveText(status!);
  // A valid value clears its field's message as it is typed; the other field's stays until it is valid too.
  await x1.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1.3');
  await expect(x1).not.toHaveAttribute('aria-invalid', 'true');
  await expect(x1).toHaveAccessibleDescription('');
  await expect(pg.getByText(m1)).toBeHidden();
  await expect(pg.getByText(m2)).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('-1,3'); // a decimal comma, as before
  await expect(pg.getByText(m2)).toBeHidden();
  await expect(x2).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pg.locator('.pg-message')).toHaveText(EN.added(0, '1.3', '−1.3'));
  await expect(counts).not.toHaveText(before!);
});

test('the exported JSON parses and has the shape Network.fromWeights takes', async ({ tab: page }) => {
  const pg = await open(page);
  // With JavaScript the click instructions are there (they are left out without it, D5).
  await expect(pg.locator('.pg-hint').first()).toHaveText(EN.hint);
  await expect(pg.locator('.pg-weights figcaption')).toHaveText(EN.diagramCaption('2-8-8-1', true));
  await expect(pg.locator('.pg-data > summary')).toHaveText(DATA_STRINGS.en.summary);
  await pg.getByRole('button', { name: 'Step' }).click();
  await pg.getByText('Export the weights as JSON').click();
  const json = JSON.parse(await pg.locator('textarea').inputValue());
  expect(json.sizes).toEqual([2, 8, 8, 1]);
  expect(json.hidden).toEqual(['tanh', 'tanh']);
  expect(json.output).toBe('sigmoid');
  expect(json.weights.map((W: number[][]) => [W.length, W[0].length])).toEqual([[8, 3], [8, 9], [1, 9]]);
  expect(json.weights.flat(2).every((w: unknown) => typeof w === 'number' && Number.isFinite(w))).toBe(true);
});

test('a 2-8-8-1 network on 500 points keeps drawing while it trains, and the XOR loss falls', async ({ tab: page }) => {
  const pg = await open(page, '?data=xor&n=500&hidden=8,8&act=tanh&lr=0.03&batch=10');
  await expect(pg.locator('canvas[role="img"]')).toHaveAttribute('aria-label', /Decision boundary of the 2-8-8-1 network/);
  const loss0 = await lossOf(pg);
  await pg.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepOf(pg), { timeout: 20_000 }).toBeGreaterThan(0);
  // Waits on state, not on time: the picture is redrawn again and again, and the loss goes down.
  const f0 = await framesOf(pg);
  await expect.poll(() => framesOf(pg), { timeout: 20_000 }).toBeGreaterThan(f0 + 3);
  await expect.poll(() => lossOf(pg), { timeout: 20_000 }).toBeLessThan(loss0);
  await pg.getByRole('button', { name: 'Pause' }).click();
  await expect(pg.getByRole('button', { name: 'Play' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows a static picture of the initial data set and says the playground needs JavaScript', async ({ tab: page }) => {
    await page.goto(PAGE);
    const pg = page.locator('section.pg').first();
    await expect(pg).toContainText('needs JavaScript');
    const picture = pg.getByRole('img', { name: /400 training points \(filled\) and 100 test points \(hollow\)/ });
    await expect(picture).toBeVisible();
    expect(await picture.locator('path.pg-pts').count()).toBe(4); // 2 classes × train/test
    await expect(pg.locator('.pg-step')).toHaveText('0');
    // Every control waits for the script, the weight menus too (reader QA: they could be changed, and then showed
    // Θ(1)_10's value under another weight's name).
    const controls = pg.locator('button, input, select, textarea');
    expect(await controls.count()).toBeGreaterThan(10);
    const enabled = await controls.evaluateAll((els) => els.filter((e) => !(e as HTMLInputElement).disabled).map((e) => e.outerHTML.slice(0, 60)));
    expect(enabled).toEqual([]);
  });
  // Reader QA D5: the export and own-data panels opened to an empty box, and the click instructions were shown.
  for (const { path, lang, sizes } of [
    { path: PAGE, lang: 'en', sizes: '2-8-8-1' },
    { path: '/lessons/training/', lang: 'en', sizes: '2-4-4-1' },
    { path: '/zh/lessons/training/', lang: 'zh', sizes: '2-4-4-1' },
  ] as const) {
    test(`${path}: no panel that opens to an empty box, no click instruction, the static picture stays (D5)`, async ({ tab: page }) => {
      const S = PLAYGROUND_STRINGS[lang], D = DATA_STRINGS[lang];
      await page.goto(path);
      const pg = page.locator('section.pg').first();
      await expect(pg.locator('svg.pg-points[role="img"]')).toBeVisible();
      expect(await pg.locator('path.pg-pts').count()).toBe(4);
      // Nothing to open: in each panel's place, one line says it needs JavaScript.
      await expect(pg.locator('details, summary')).toHaveCount(0);
      await expect(pg.getByText(S.exportNoJs)).toBeVisible();
      await expect(pg.getByText(D.summaryNoJs)).toBeVisible();
      await expect(pg).not.toContainText(S.hint);
      await expect(pg.locator('.pg-weights figcaption')).toHaveText(S.diagramCaption(sizes, false));
    });
  }
});

test('the widget as served, its script never loaded (what a reader without JavaScript gets), passes axe in light and dark', async ({ tab: page }) => {
  // axe needs JavaScript in the page, so the island's script is refused instead: the server-rendered widget stays.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto(PAGE);
  const pg = page.locator('section.pg').first();
  await expect(pg.getByText(EN.exportNoJs)).toBeVisible();
  await expect(pg.getByText(DATA_STRINGS.en.summaryNoJs)).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
    expect(await runAxe(page, { include: 'section.pg' }), theme).toEqual([]);
  }
});

test('the live widget passes axe in light and dark, and the heat map follows the theme', async ({ tab: page }) => {
  test.setTimeout(120_000);
  const pg = await open(page);
  await pg.getByRole('button', { name: 'Step' }).click();
  // With a refused weight value, so its message and the invalid field are checked too (D6).
  await pg.getByLabel(EN.value, { exact: true }).fill('');
  await pg.getByLabel(EN.value, { exact: true }).press('Enter');
  await expect(pg.getByLabel(EN.value, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  // And a refused coordinate (its message and field).
  await pg.getByLabel('x₁', { exact: true }).fill('abc');
  await pg.getByLabel('x₁', { exact: true }).press('Enter');
  await expect(pg.getByText(EN.badCoord('x₁'))).toBeVisible();
  const pixel = () => pg.locator('canvas').evaluate((c: HTMLCanvasElement) => Array.from(c.getContext('2d')!.getImageData(0, 0, 1, 1).data).join(','));
  await page.evaluate(() => { document.documentElement.dataset.theme = 'light'; });
  await expect.poll(pixel).not.toBe('0,0,0,0');
  const light = await pixel();
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
    expect(await runAxe(page, { include: 'section.pg' }), theme).toEqual([]);
  }
  await expect.poll(pixel).not.toBe(light);
});

test('blobs: three classes with a softmax output learn, and new points can be of class 2', async ({ tab: page }) => {
  await page.goto(PAGE);
  const pg = page.locator('section.pg').nth(1);
  await pg.scrollIntoViewIfNeeded();
  await expect(pg.getByRole('button', { name: 'Play' })).toBeEnabled({ timeout: 20_000 });
  await expect(pg.getByRole('img', { name: /Weights of the 2-6-3 network/ })).toBeVisible();
  await expect(pg.getByLabel('Class of new points').locator('option')).toHaveCount(3);
  const before = await lossOf(pg);
  for (let i = 0; i < 20; i++) await pg.getByRole('button', { name: 'Step' }).click();
  expect(await lossOf(pg)).toBeLessThan(before);
  await pg.getByLabel('Class of new points').selectOption('2');
  await pg.getByRole('button', { name: 'Add point' }).click();
  await expect(pg.locator('.pg-counts')).toHaveText('241 training, 60 test points');
  await pg.getByText('Export the weights as JSON').click();
  expect(JSON.parse(await pg.locator('textarea').inputValue())).toMatchObject({ sizes: [2, 6, 3], hidden: ['relu'], output: 'softmax' });
  expect(page.url()).not.toContain('data=');
});

test('with reduced motion the views refresh at most four times a second while training continues (fake clock)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The page's clock (Date, performance.now, timers, animation frames) moves only when the test says so.
  await page.clock.install();
  const pg = await open(page);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await pg.getByRole('button', { name: 'Play' }).click();
  await expect(pg.getByRole('button', { name: 'Pause' })).toBeVisible();
  const a = { frames: await framesOf(pg), steps: await stepOf(pg) };
  // 2 s of page time is about 120 animation frames; one redraw per 250 ms allows 8, plus the first and the last.
  await page.clock.runFor(2000);
  const b = { frames: await framesOf(pg), steps: await stepOf(pg) };
  expect(b.frames - a.frames).toBeGreaterThanOrEqual(4);
  expect(b.frames - a.frames).toBeLessThanOrEqual(2000 / 250 + 2);
  expect(b.steps - a.steps).toBeGreaterThan(10 * (b.frames - a.frames));
  await pg.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(100);
  await expect(pg.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('Chinese lesson 8: the playground speaks Chinese (controls, messages, refusals), with the same numbers', async ({ tab: page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/zh/lessons/training/');
  await renderAll(page); // the Playground is far down lesson 8 (CI: once flaky without)
  const pg = page.locator('section.pg').first();
  await pg.scrollIntoViewIfNeeded(); // client:visible-or-tab: it hydrates once on screen (or on a Tab)
  await expect(pg.getByRole('button', { name: '运行' })).toBeEnabled({ timeout: 20_000 });
  await expect(pg).toHaveAttribute('aria-label', '神经网络试验场');
  await expect(pg.locator('.pg-counts')).toHaveText('训练点 400 个，测试点 100 个');
  await pg.getByRole('button', { name: '单步' }).click();
  await expect(pg.locator('.pg-step')).toHaveText('1');
  await expect(pg.locator('.pg-message')).toHaveText('第 1 步。');
  await expect(pg.getByLabel('数据集')).toHaveValue('xor');
  // A refused value names the range in Chinese, with the numbers written as in English.
  const lr = pg.getByLabel('学习率 α');
  await lr.fill('-1');
  await lr.press('Enter');
  await expect(pg.getByRole('alert').filter({ hasText: '学习率 α 必须是' })).toHaveText('学习率 α 必须是大于 0 且不超过 1e6 的数；现仍使用 0.03，训练从原处继续。');
  await expect(lr).toHaveValue('0.03');
  // The field is back at the value in use: described by the message, not marked (or outlined) as invalid.
  await expect(lr).toHaveAccessibleDescription('学习率 α 必须是大于 0 且不超过 1e6 的数；现仍使用 0.03，训练从原处继续。');
  await expect(lr).not.toHaveAttribute('aria-invalid', 'true');
  // So is a weight that is not a finite number (D6).
  const value = pg.getByLabel(ZH.value, { exact: true });
  const kept = shownAs(await value.inputValue());
  await value.fill('');
  await value.press('Enter');
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await expect(value).toHaveAccessibleDescription(ZH.badWeight(ZH.value, 'Θ(1)_10', kept));
  // And a coordinate that is not a number, by its field's name.
  const x1 = pg.getByLabel('x₁', { exact: true });
  await x1.fill('');
  await x1.press('Enter');
  await expect(x1).toHaveAttribute('aria-invalid', 'true');
  await expect(x1).toHaveAccessibleDescription(ZH.badCoord('x₁'));
  await expect(pg.getByText(ZH.badCoord('x₁'))).toBeVisible();
  // No English words left, apart from names the Chinese keeps (tanh, sigmoid, ReLU, XOR, JSON) and code.
  const text = await pg.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('code').forEach((n) => n.remove());
    const walk = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT), parts: string[] = [];
    while (walk.nextNode()) parts.push(walk.currentNode.textContent ?? '');
    return parts.join('\n');
  });
  const words = (text.match(/[A-Za-z]{3,}/g) ?? []).filter((x) => !['tanh', 'sigmoid', 'ReLU', 'XOR', 'JSON', 'CSV'].includes(x));
  expect(words).toEqual([]);
  expect(errors).toEqual([]);
});

test('two playgrounds on a page keep their messages apart: a refused field is described by its own playground\'s message', async ({ tab: page }) => {
  // Reader QA: both playgrounds of the demo page used the id pg-settings-error, so the second one's field pointed at
  // the first one's (empty) message.
  await open(page);
  const second = page.locator('section.pg').nth(1);
  await second.scrollIntoViewIfNeeded();
  await expect(second.getByRole('button', { name: 'Play' })).toBeEnabled({ timeout: 20_000 });
  const points = second.getByRole('spinbutton', { name: 'Points' });
  await points.fill('5');
  await points.press('Enter');
  const said = second.getByRole('alert').filter({ hasText: 'Points must be' });
  await expect(said).toContainText('still using 300');
  await expect(points).toHaveAccessibleDescription((await said.textContent())!);
  // No id on the page is used twice.
  expect(await page.evaluate(() => { const ids = [...document.querySelectorAll('[id]')].map((e) => e.id); return ids.filter((id, k) => ids.indexOf(id) !== k); })).toEqual([]);
});

test('the chosen weight stays chosen through a settings change the network keeps, and not through one it loses', async ({ tab: page }) => {
  // Reader QA: any change (the learning rate too) sent the weight menus back to Θ(1)_10.
  const pg = await open(page);
  const [layer, row, column] = [pg.getByLabel('weight matrix'), pg.getByLabel('row i'), pg.getByLabel('column j')];
  await layer.selectOption('2');
  await row.selectOption('3');
  await column.selectOption('5');
  await pg.getByLabel('Learning rate α').fill('0.1');
  await pg.getByLabel('Learning rate α').press('Tab');
  await expect(pg.getByRole('status').first()).toContainText('Settings changed');
  await expect(layer).toHaveValue('2');
  await expect(row).toHaveValue('3');
  await expect(column).toHaveValue('5');
  // A refused count (0 units) changes nothing: the field is back at its value, described by the message that names
  // it, and not marked invalid (reader QA: it stayed outlined in red around the valid value).
  const units = pg.getByLabel('Layer 2 units');
  const before = await units.inputValue();
  await units.fill('0');
  await units.press('Tab');
  const said = pg.getByRole('alert').filter({ hasText: 'Layer 2 units must be' });
  await expect(said).toContainText(`still using ${before}`);
  await expect(units).toHaveValue(before);
  await expect(units).toHaveAccessibleDescription((await said.textContent())!);
  await expect(units).not.toHaveAttribute('aria-invalid', 'true');
  // Said under the field (reader QA: one box above all the settings was off screen on a phone).
  const [field, box] = [await units.boundingBox(), await said.boundingBox()];
  expect(box!.y - (field!.y + field!.height)).toBeGreaterThanOrEqual(0);
  expect(box!.y - (field!.y + field!.height)).toBeLessThan(60);
  // Typing the value in use again takes the message away (no change event: the field held it already).
  await units.fill(before);
  await expect(said).toHaveCount(0);
  await expect(units).toHaveAccessibleDescription('');
  // Refused again, the first valid value typed after it is applied (reader QA: it was dropped, the field put back).
  await units.fill('0');
  await units.press('Tab');
  await expect(said).toBeVisible();
  await expect(column).toHaveValue('5');
  // Layer 2 down to 4 units: Θ(2) has columns 0–4 only, so Θ(2)_35 is gone and the first weight is chosen.
  await pg.getByLabel('Layer 2 units').fill('4');
  await pg.getByLabel('Layer 2 units').press('Tab');
  await expect(pg.getByRole('img', { name: /Weights of the 2-4-8-1 network/ })).toBeVisible();
  await expect(said).toHaveCount(0);
  await expect(layer).toHaveValue('1');
  await expect(row).toHaveValue('1');
  await expect(column).toHaveValue('0');
});
