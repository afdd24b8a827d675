import { test, expect, type Locator } from '@playwright/test';
import { renderAll } from './render-all';

/**
 * Reader QA D2: every step's equation of the BackpropStepper is wholly visible (rows wrap), at desktop and phone
 * width. Measured on the glyphs: each text box of the equation lies inside the equation box and the viewport.
 */
test.describe.configure({ timeout: 180_000 });

async function cutGlyphs(eq: Locator): Promise<string[]> {
  return eq.evaluate((box) => {
    const b = box.getBoundingClientRect();
    const right = Math.min(b.right, document.documentElement.clientWidth);
    const out: string[] = [];
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent!.trim() || n.parentElement!.closest('.katex-mathml')) continue;
      const r = document.createRange();
      r.selectNodeContents(n);
      for (const q of r.getClientRects()) {
        if (q.width > 0.5 && (q.right > right + 1 || q.left < b.left - 1)) out.push(`${n.textContent} at ${Math.round(q.left)}–${Math.round(q.right)} (box ${Math.round(b.left)}–${Math.round(right)})`);
      }
    }
    if (box.scrollWidth > box.clientWidth + 1) out.push(`box scrolls: ${box.scrollWidth} > ${box.clientWidth}`);
    return out;
  });
}

test('lesson 4 stepper at 1280 px, then resized to 360 px: all 31 step equations fully visible', async ({ page }) => {
  // One load of the (long) lesson for both widths: the steps are walked at 1280 px, then again from Reset at 360 px.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/lessons/deriving-backprop/');
  await renderAll(page); // the stepper is far down the lesson (CI: a Next click lost while blocks above rendered)
  const s = page.locator('.bs').first();
  await s.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has(.bs)').first()).not.toHaveAttribute('ssr', /.*/);
  const count = s.locator('.bs-count');
  const total = Number((await count.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(20);
  const cut: string[] = [];
  for (const width of [1280, 360]) {
    if (width !== 1280) {
      await page.setViewportSize({ width, height: 900 });
      await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBe(width);
      await s.getByRole('button', { name: 'Reset' }).click();
    }
    for (let k = 1; k <= total; k++) {
      if (k > 1) await s.getByRole('button', { name: 'Next' }).click();
      await expect(count).toHaveText(`Step ${k} of ${total}`);
      await expect(s.locator('.bs-eq .katex').first()).toBeVisible();
      cut.push(...(await cutGlyphs(s.locator('.bs-eq'))).map((c) => `${width} px, step ${k}: ${c}`));
    }
  }
  expect(cut).toEqual([]);
});
