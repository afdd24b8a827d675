import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './tab';
import { renderAll } from './render-all';
import { CELL_STRINGS } from '../components/CodeCell/strings.ts';
import { typeCode } from './cell-editing';

const DEMO = '/demo/cells/';

/** Replaces the last line of the exercise's code (the extra one, if there is one) with `line`, or appends it; then Check. */
async function checkWithLastLine(page: Page, ex: Locator, line: string, replace: boolean): Promise<void> {
  await ex.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  if (replace) {
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
  }
  if (line) await page.keyboard.insertText(`\n${line}`);
  await ex.getByRole('button', { name: 'Check' }).click();
}

test.describe('exercises', () => {
  test.describe.configure({ timeout: 90_000 });
  test('fails with the starter, passes with the solution, and remembers it', async ({ tab: page }) => {
    await page.goto(DEMO);
    const ex = page.locator('section.exercise[data-exercise-id="sigmoid-gradient"]');
    const check = ex.getByRole('button', { name: 'Check' });
    // Pressed twice at once: the second press is not queued behind the first, it says so; the button keeps focus.
    // The state is read the moment the status changes (a mutation observer), before the run can end.
    await check.focus();
    const during = await check.evaluate((b: HTMLButtonElement) => new Promise((resolve) => {
      const cell = b.closest('bpn-cell')!;
      const s = cell.querySelector('.cell-status')!;
      new MutationObserver((_, o) => {
        o.disconnect();
        resolve({ status: s.textContent, ariaDisabled: b.getAttribute('aria-disabled'), state: (cell as HTMLElement).dataset.state, focused: document.activeElement === b });
      }).observe(s, { childList: true, characterData: true, subtree: true });
      b.click();
      b.click();
    }));
    expect(during).toEqual({ status: 'Already checking: wait for the checks to finish.', ariaDisabled: 'true', state: 'running', focused: true });
    const status = ex.locator('.cell-status');
    const out = ex.locator('.cell-output');
    await expect(out.locator('.out-checks li.fail').first()).toHaveText("✗ Fail g'(0): expected 0.25, got 0");
    await expect(out).toContainText(/0 of 6 checks passed/);
    await expect(ex.locator('.ex-status')).toHaveText('');
    await expect(check).not.toHaveAttribute('aria-disabled');
    await expect(status).toHaveText('');
    await expect(out.locator('.out-checks')).toHaveCount(1); // one run, not two

    await ex.locator('.solution summary').click();
    await ex.getByRole('button', { name: 'Put the solution in the editor' }).click();
    await expect(ex.locator('.cm-content')).toContainText('return g * (1 - g);');
    await check.click();
    await expect(out).toContainText('All 6 checks passed. Exercise complete.');
    await expect(out.locator('.out-checks li.fail')).toHaveCount(0);
    await expect(ex.locator('.ex-status')).toHaveText('✓ Passed');
    expect(await page.evaluate(() => localStorage.getItem('bpn:v1:exercise:sigmoid-gradient'))).toContain('"passed":true');

    await page.reload();
    await expect(ex.locator('.ex-status')).toHaveText('✓ Passed');
  });

  test('the course outline marks a lesson whose exercises are all passed, in words', async ({ tab: page }) => {
    await page.goto('/lessons/notation/');
    const link = page.locator('.outline-wide a[data-lesson-id$="01-notation"]');
    await expect(link).toHaveAttribute('data-exercises', /sigmoid-gradient/);
    await expect(link.locator('.ex-done')).toHaveCount(0);
    const ids = (await link.getAttribute('data-exercises'))!.split(' ');
    await page.evaluate((list) => { for (const id of list) localStorage.setItem(`bpn:v1:exercise:${id}`, JSON.stringify({ v: 1, passed: true })); }, ids);
    await page.reload();
    await expect(link.locator('.ex-done')).toHaveText(/✓ exercises done/);
    const other = page.locator('.outline-wide a[data-lesson-id$="02-cost"]');
    if (await other.count()) await expect(other.locator('.ex-done')).toHaveCount(0);
  });
});

test('an exercise whose checks all pass is not complete while its run also raised an error or left timers running', async ({ tab: page }) => {
  // Reader QA: the checks passed, a stray rejected promise failed the cell, and the exercise still said "✓ Passed";
  // a throwing timer, stopped when the run ended, passed it too.
  await page.goto(DEMO);
  const ex = page.locator('section.exercise[data-exercise-id="sigmoid-gradient"]');
  await ex.locator('.solution summary').click();
  await ex.getByRole('button', { name: 'Put the solution in the editor' }).click();
  const content = ex.locator('.cm-content');
  await expect(content).toContainText('return g * (1 - g);');
  const out = ex.locator('.cell-output');
  const saved = () => page.evaluate(() => localStorage.getItem('bpn:v1:exercise:sigmoid-gradient'));
  const lastLine = (line: string, replace: boolean) => checkWithLastLine(page, ex, line, replace);
  await lastLine('Promise.reject(new Error("stray"));', false);
  await expect(out).toContainText('All 6 checks passed, but the code also raised an error: fix it to complete the exercise.');
  await expect(out).toContainText('stray');
  await expect(out).not.toContainText('Exercise complete');
  await expect(ex.locator('bpn-cell')).toHaveAttribute('data-state', 'failed');
  await expect(ex.locator('.ex-status')).toHaveText('');
  expect(await saved()).toBeNull();

  await lastLine('setTimeout(() => { throw new Error("later"); }, 0);', true);
  await expect(out).toContainText('All 6 checks passed, but the code also left timers running: await them or remove them to complete the exercise.');
  await expect(out).toContainText('1 timer was still pending when the cell ended and was stopped');
  await expect(ex.locator('.ex-status')).toHaveText('');
  expect(await saved()).toBeNull();

  // Completed by a clean run, the exercise stays complete when a later run raises an error after its checks.
  await lastLine('', true);
  await expect(out).toContainText('All 6 checks passed. Exercise complete.');
  await expect(ex.locator('.ex-status')).toHaveText('✓ Passed');
  await lastLine('Promise.reject(new Error("stray"));', false);
  await expect(out).toContainText('All 6 checks passed, but the code also raised an error: the exercise stays complete from an earlier run.');
  await expect(ex.locator('.ex-status')).toHaveText('✓ Passed');
  expect(await saved()).toContain('"passed":true');
});

test('the exercise\'s summary stays last, also under an error a callback throws after the run ended', async ({ tab: page }) => {
  // Reader QA: the "Uncaught (in a timer or promise callback) …" box came after the summary for a rejected promise and a
  // throwing .then (reported once the run has ended), but before it for queueMicrotask and an async function throwing
  // after an awaited timer (reported while it runs). The summary is the conclusion: the output's last item either way.
  await page.goto(DEMO);
  const ex = page.locator('section.exercise[data-exercise-id="sigmoid-gradient"]');
  await ex.locator('.solution summary').click();
  await ex.getByRole('button', { name: 'Put the solution in the editor' }).click();
  await expect(ex.locator('.cm-content')).toContainText('return g * (1 - g);');
  const out = ex.locator('.cell-output');
  const summary = 'All 6 checks passed, but the code also raised an error: fix it to complete the exercise.';
  const callbacks = [
    ['Promise.reject(new Error("rejected"));', 'rejected'],
    ['Promise.resolve().then(() => { throw new Error("in then"); });', 'in then'],
    ['queueMicrotask(() => { throw new Error("in microtask"); });', 'in microtask'],
    // The code waits for a later timer, so the async function's timer fires (and it throws) before the run ends.
    ['(async () => { await new Promise((r) => setTimeout(r, 1)); throw new Error("after timer"); })(); await new Promise((r) => setTimeout(r, 30));', 'after timer'],
  ];
  for (const [i, [line, message]] of callbacks.entries()) {
    await checkWithLastLine(page, ex, line!, i > 0);
    await expect(out.locator('.out-error')).toContainText('Uncaught (in a timer or promise callback)');
    await expect(out.locator('.out-error')).toContainText(message!);
    await expect(out.locator(':scope > :last-child')).toHaveText(summary);
    await expect(out.locator(':scope > .out-checks + .out-note')).toHaveText(summary);
  }
});

test('an exercise whose code throws before the checks run ends on a note saying so; a check that throws is a failed check', async ({ tab: page }) => {
  // Reader QA: the code threw at its top level, so no check ran, and the output showed only the error box.
  await page.goto(DEMO);
  const ex = page.locator('section.exercise[data-exercise-id="sigmoid-gradient"]');
  const out = ex.locator('.cell-output');
  const check = ex.getByRole('button', { name: 'Check' });
  const note = CELL_STRINGS.en.stoppedBeforeChecks;
  const done = async () => { await expect(ex.locator('bpn-cell')).toHaveAttribute('data-state', /done|failed/, { timeout: 20_000 }); };
  await typeCode(page, ex, 'export function gPrime(z: number): number { return 0; }\nthrow new Error("oops");');
  await check.click();
  await done();
  await expect(out.locator('.out-error')).toContainText('oops');
  await expect(out.locator('.out-checks')).toHaveCount(0);
  await expect(out.locator(':scope > :last-child')).toHaveText(note);
  // and its run label does not claim a check (reader QA: "Checked · 20 ms").
  await expect(ex.locator('.cell-count')).toHaveText(/^Not checked · [\d.]+ ms$/);
  // The check itself throws: the checks ran (each fails, saying the code threw), and the note is not there.
  await typeCode(page, ex, 'export function gPrime(z: number): number { throw new Error("in check"); }');
  await check.click();
  await done();
  await expect(out.locator('.out-checks li.fail')).toHaveCount(6);
  await expect(out.locator('.out-checks')).toContainText('in check');
  await expect(out).not.toContainText(note);
  await expect(ex.locator('.cell-count')).toHaveText(/^Checked · [\d.]+ ms$/);
  // A normal run: no note either.
  await typeCode(page, ex, 'export function gPrime(z: number): number { return 0; }');
  await check.click();
  await done();
  await expect(out).toContainText('0 of 6 checks passed.');
  await expect(out).not.toContainText(note);
});

/**
 * Line boxes of each network shape (2-3-3-1) and each short list of numbers with its name ("x = [0.05, 0.1]", the list at
 * most 24 characters, as check-text.ts keeps whole) in an exercise's check list, measured as the reader did: a Range
 * over the characters (across the text nodes and nowrap spans they sit in), one client rect per line.
 */
async function checkLineBoxes(out: Locator): Promise<{ text: string; lines: number; item: string }[]> {
  return out.locator('.out-checks').evaluate((list) => {
    const found: { text: string; lines: number; item: string }[] = [];
    for (const li of list.querySelectorAll('li')) {
      const nodes: { node: Text; from: number }[] = [];
      let all = '';
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        nodes.push({ node, from: all.length });
        all += node.data;
      }
      /** The text node and offset of character `at` of the item's text (`end`: the end of the node before it). */
      const point = (at: number, end: boolean): [Text, number] => {
        const n = nodes.findLast((x) => (end ? x.from < at : x.from <= at))!;
        return [n.node, at - n.from];
      };
      const pieces = [...all.matchAll(/\d+(?:-\d+)+/g), ...[...all.matchAll(/[A-Za-z][\w()]*[ \u00a0]=[ \u00a0](\[[^\]]*\])/g)].filter((m) => m[1]!.length <= 24)];
      for (const m of pieces) {
        const range = document.createRange();
        range.setStart(...point(m.index, false));
        range.setEnd(...point(m.index + m[0].length, true));
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        found.push({ text: m[0].replace(/\u00a0/g, ' '), lines, item: li.textContent ?? '' });
      }
    }
    return found;
  });
}

test('at 360 px a network shape, and a short list of numbers with its "x =", in a check\'s name or message stays on one line', async ({ tab: page }) => {
  // Reader QA: "a random 2-3- / 3-1 network" and "x = [0.05, / 0.1]" in check names and messages on a phone. On this
  // machine's fonts, without the nowrap runs, the delta-hidden starter's list breaks 2-3-3-1 twice at 360 px, the
  // delta-output one breaks "y = [0.01, / 0.99]", and the Chinese forward-pass one breaks "x = [0.05, / 0.1]".
  await page.setViewportSize({ width: 360, height: 800 });
  const cases = [
    { path: '/lessons/deriving-backprop/', id: 'delta-hidden', lang: 'en', expected: ['2-2-2', '3-4-2', '2-3-3-1', 'x = [0.05, 0.1]'] },
    { path: '/lessons/deriving-backprop/', id: 'delta-output', lang: 'en', expected: ['x = [0.05, 0.1]', 'a(3) = [0.7514, 0.7729]', 'y = [0.01, 0.99]', 'y = [0, 1]'] },
    { path: '/zh/lessons/notation/', id: 'forward-pass', lang: 'zh', expected: ['2-2-2', '3-4-2', '2-3-3-1', 'x = [0.05, 0.1]'] },
  ] as const;
  for (const { path, id, lang, expected } of cases) {
    const S = CELL_STRINGS[lang];
    if (!page.url().endsWith(path)) {
      await page.goto(path);
      await renderAll(page);
    }
    const ex = page.locator(`section.exercise[data-exercise-id="${id}"]`);
    await ex.getByRole('button', { name: S.check, exact: true }).click();
    const out = ex.locator('.cell-output');
    // The run's conclusion, "0 of N checks passed." in the page's language (the starters fail every check).
    const summary = S.somePassed(0, 99999).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('99999', '\\d+');
    await expect(out).toContainText(new RegExp(summary), { timeout: 60_000 });
    const pieces = await checkLineBoxes(out);
    expect(pieces.map((s) => s.text), id).toEqual(expect.arrayContaining([...expected]));
    for (const s of pieces) expect(s.lines, `${id}: ${s.text} in "${s.item}"`).toBe(1);
  }
});
