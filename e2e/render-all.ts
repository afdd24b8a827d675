import type { Page } from '@playwright/test';

/**
 * Renders every block of a lesson now (the class the first Tab adds, components/math/scroll-regions.ts), for tests
 * that click widgets far down a long lesson and are not about how the page renders: skipped blocks
 * (`content-visibility: auto`, estimated at four lines each) take their real height as they come on screen, and on a
 * loaded machine a click could land after the page moved under it (seen in CI: a Run click reaching another
 * cell's code). How the page renders while scrolling is tested in math.spec.ts and site.spec.ts.
 */
export async function renderAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    document.documentElement.classList.add('all-rendered');
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  });
}
