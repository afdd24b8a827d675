import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axeCore from 'axe-core';

const axeSource = axeCore.source;

/**
 * An AxeBuilder that checks the page with one `axe.run` inside it (AxeBuilder's legacy mode). The default mode runs
 * `axe.runPartial` in every frame, then opens a new blank page, injects axe there again and calls `axe.finishRun` on
 * the partial results of every rule and node (passes included), serialised with their selectors through Node. The
 * site has no iframes, so both modes check the same rules on the same elements; measured on lesson 4 and the zh
 * lesson 2 (light all rules, dark contrast, phone layout rules), the one-call mode took 42 CPU s where the default
 * took 63 (Chromium included, in a cgroup), with the same results.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);

/**
 * Makes a page cheap for axe without changing what axe is asked to check. KaTeX's visual HTML (`.katex-html`) is
 * aria-hidden and left out of every axe run (`exclude`), yet axe still builds its tree over all of it — thousands of
 * spans per long lesson, most of axe's time (measured on the Chinese lesson 4: light run 9.2 s → 3.0 s, dark 6.1 s →
 * 3.4 s). Each `.katex-html` becomes an empty aria-hidden box of the same size and display, so the layout, the
 * overflow of every scroll region and the contrast of everything around the math stay as they were at the current
 * width. Without `keepMathml`, KaTeX's MathML (also excluded there) goes too. Run it after the checks that measure
 * the math itself (tag overlaps, scroll regions), at the width axe will check (the boxes keep their size); it is
 * idempotent. Returns how many boxes it made.
 */
export function flattenMathForAxe(page: Page, keepMathml: boolean): Promise<number> {
  return page.evaluate((keep) => {
    // Off-screen blocks skip rendering (`content-visibility: auto`): render them all, as the first Tab does, so that
    // axe sees every element laid out.
    document.documentElement.classList.add('all-rendered');
    const html = [...document.querySelectorAll<HTMLElement>('.katex-html:not([data-axe-box])')];
    const sizes = html.map((k) => ({ r: k.getBoundingClientRect(), display: getComputedStyle(k).display === 'block' ? 'block' : 'inline-block' }));
    html.forEach((k, n) => {
      const box = document.createElement('span');
      box.className = 'katex-html';
      box.dataset.axeBox = '';
      box.setAttribute('aria-hidden', 'true');
      const { r, display } = sizes[n];
      box.style.cssText = `display:${display};width:${r.width}px;height:${r.height}px`;
      k.replaceWith(box);
    });
    if (!keep) for (const m of document.querySelectorAll('.katex-mathml')) m.remove();
    return html.length;
  }, keepMathml);
}

/**
 * Runs axe-core in the page (all rules; returns each violation as a line: rule id and up to three targets), injecting its source only if the page does not have it yet: a page checked several times
 * (site.spec: two runs per page) pays for parsing axe's 550 KB once. Measured on lesson 4, a run with the source
 * injected took about 150 ms longer than one on a page that already had it. Same engine and options as
 * {@link axe}'s one-call mode (`axe.run` on the document, nothing excluded but `exclude`).
 */
export async function runAxe(page: Page, { exclude }: { exclude: string }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (excluded) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run({ exclude: [[excluded]] } as never, { resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, exclude);
}
