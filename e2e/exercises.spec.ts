import { expect } from '@playwright/test';
import { test } from './tab';

const DEMO = '/demo/cells/';

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
    await expect(out.locator('.out-checks li.fail').first()).toContainText('expected 0.25, got 0 for input z = 0');
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
  /** Replaces the last line of the code (the extra one, if there is one) with `line`, or appends it. */
  const lastLine = async (line: string, replace: boolean) => {
    await content.click();
    await page.keyboard.press('ControlOrMeta+End');
    if (replace) {
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
    }
    if (line) await page.keyboard.insertText(`\n${line}`);
    await ex.getByRole('button', { name: 'Check' }).click();
  };
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
