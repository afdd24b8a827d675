import { expect } from '@playwright/test';
import { test } from './tab';
import { renderAll } from './render-all';

/*
 * Lessons 9 and 10 in the browser: each exercise fails with its starter and passes with its solution when run
 * in the page's worker, and the softmax diagram shows the softmax of z(3), which sums to 1.
 */

const EXERCISES = [
  { page: '/lessons/softmax/', id: 'softmax-delta', checks: 5 },
  { page: '/lessons/matrix-form/', id: 'batch-gradient', checks: 6 },
];

test.describe('lessons 9 and 10', () => {
  test.describe.configure({ timeout: 120_000 });

  for (const { page: path, id, checks } of EXERCISES) {
    test(`${id}: the starter fails and the solution passes in the browser`, async ({ tab: page }) => {
      await page.goto(path);
      await renderAll(page);
      const ex = page.locator(`section.exercise[data-exercise-id="${id}"]`);
      const check = ex.getByRole('button', { name: 'Check' });
      const out = ex.locator('.cell-output');
      await check.click();
      await expect(out).toContainText(new RegExp(`\\d+ of ${checks} checks passed`), { timeout: 60_000 });
      await expect(out.locator('.out-checks li.fail').first()).toContainText(/expected .+, got |has .+, expected /);

      await ex.locator('.solution summary').click();
      await ex.getByRole('button', { name: 'Put the solution in the editor' }).click();
      // As a reader does: check once the editor holds the solution.
      await expect(ex.locator('.cm-editor')).toBeVisible();
      await expect.poll(() => ex.evaluate((e) => {
        const cell = e.querySelector('bpn-cell') as (Element & { controller?: { code?: string } }) | null;
        return cell?.controller?.code === e.querySelector<HTMLElement>('.solution')?.dataset.code;
      })).toBe(true);
      // By keyboard: opening the solution and loading the editor move the page under a pointer (a click was lost
      // once in a full run); the mouse is tested on the demo page's cells.
      await check.press('Enter');
      await expect(out).toContainText(`All ${checks} checks passed. Exercise complete.`, { timeout: 60_000 });
      await expect(out.locator('.out-checks li.fail')).toHaveCount(0);
    });
  }

  test('the softmax diagram: its outputs are the softmax of z(3) and sum to 1', async ({ tab: page }) => {
    await page.goto('/lessons/softmax/');
    const readout = page.getByText(/^Output h = /);
    const text = (await readout.textContent()) ?? '';
    const h = (text.match(/\(([^)]*)\)/)?.[1] ?? '').split(',').map(Number);
    expect(h).toHaveLength(3);
    // computed here from the weights in the lesson: z(3) = Θ(2) (1, a(2)), a(2) = σ(Θ(1) (1, x))
    const sig = (z: number) => 1 / (1 + Math.exp(-z));
    const a2 = [0.35 + 0.15 * 0.05 + 0.2 * 0.1, 0.35 + 0.25 * 0.05 + 0.3 * 0.1].map(sig);
    const z3 = [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55], [0.2, -0.3, 0.1]].map((r) => r[0]! + r[1]! * a2[0]! + r[2]! * a2[1]!);
    const e = z3.map(Math.exp), s = e[0]! + e[1]! + e[2]!;
    e.forEach((v, k) => expect(h[k]).toBeCloseTo(v / s, 5));
    expect(h[0]! + h[1]! + h[2]!).toBeCloseTo(1, 5);
  });
});
