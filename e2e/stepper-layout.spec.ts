import { expect, type Locator } from '@playwright/test';
import { test } from './tab';

/**
 * Reader QA D2: every step's equation of the BackpropStepper is wholly visible (rows wrap), at desktop and phone
 * width. Measured on the glyphs: each text box of the equation lies inside the equation box and the viewport.
 * Clicking the stepper's own buttons and what each step says are tested in stepper.spec.ts; here the steps are walked
 * inside the page (one round trip per width, not three per step: 62 steps took 26 s of a loaded CI worker that way).
 */
test.describe.configure({ timeout: 120_000 });

/** Walks every step from the current one (Step 1) with the Next button, and returns every glyph cut at each step. */
function walkAndMeasure(stepper: Locator, width: number): Promise<{ steps: string[]; cut: string[] }> {
  return stepper.evaluate(async (s, w) => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const count = s.querySelector('.bs-count')!;
    const next = [...s.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Next') as HTMLButtonElement;
    const total = Number(count.textContent!.match(/of (\d+)/)![1]);
    const steps: string[] = [];
    const cut: string[] = [];
    for (let k = 1; k <= total; k++) {
      if (k > 1) {
        next.click();
        // Preact renders the new step on its own schedule, and the equation is typeset once KaTeX's code has loaded
        // (late on a busy machine: steps 2 and 3 once had none yet): wait, frame by frame, at most 5 s, for both.
        const ready = () => count.textContent!.startsWith(`Step ${k} `) && s.querySelector('.bs-eq .katex') !== null;
        for (let t = 0; t < 300 && !ready(); t++) await frame();
      }
      steps.push(count.textContent!.trim());
      const box = s.querySelector<HTMLElement>('.bs-eq')!;
      if (!box.querySelector('.katex')) cut.push(`${w} px, step ${k}: no typeset equation`);
      const b = box.getBoundingClientRect();
      const right = Math.min(b.right, document.documentElement.clientWidth);
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent!.trim() || n.parentElement!.closest('.katex-mathml')) continue;
        const r = document.createRange();
        r.selectNodeContents(n);
        for (const q of r.getClientRects()) {
          if (q.width > 0.5 && (q.right > right + 1 || q.left < b.left - 1)) cut.push(`${w} px, step ${k}: ${n.textContent} at ${Math.round(q.left)}–${Math.round(q.right)} (box ${Math.round(b.left)}–${Math.round(right)})`);
        }
      }
      if (box.scrollWidth > box.clientWidth + 1) cut.push(`${w} px, step ${k}: box scrolls: ${box.scrollWidth} > ${box.clientWidth}`);
    }
    return { steps, cut };
  }, width);
}

test('lesson 4 stepper at 1280 px, then resized to 360 px: all 31 step equations fully visible', async ({ tab: page }) => {
  // One load of the (long) lesson for both widths: the steps are walked at 1280 px, then again from Reset at 360 px.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/lessons/deriving-backprop/');
  const s = page.locator('.bs').first();
  await s.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has(.bs)').first()).not.toHaveAttribute('ssr', /.*/);
  const total = Number((await s.locator('.bs-count').textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(20);
  const expected = Array.from({ length: total }, (_, i) => `Step ${i + 1} of ${total}`);
  const cut: string[] = [];
  for (const width of [1280, 360]) {
    if (width !== 1280) {
      await page.setViewportSize({ width, height: 900 });
      await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBe(width);
      await s.getByRole('button', { name: 'Reset' }).press('Enter');
      await expect(s.locator('.bs-count')).toHaveText(expected[0]);
    }
    const walked = await walkAndMeasure(s, width);
    expect(walked.steps, `the steps walked at ${width} px`).toEqual(expected);
    cut.push(...walked.cut);
  }
  expect(cut).toEqual([]);
});
