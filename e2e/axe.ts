import type { Page } from '@playwright/test';

/**
 * Where tests/serve-dist.mjs serves axe-core's own script (node_modules/axe-core/axe.min.js), outside the site's base:
 * a test aid, not part of the site. A page loads it as a script of its own origin (the site's policy allows
 * `script-src 'self'`), so Chromium keeps it in the tab's HTTP cache and its compiled code in the code cache: measured
 * on four lessons in one tab, injecting it took 95–126 ms of wall time a page, where `page.evaluate` of the same 550 KB
 * source (compiled anew on every page, as @axe-core/playwright does) took 294–502 ms.
 */
export const AXE_SCRIPT = '/__e2e__/axe.min.js';

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

/** What one axe run checks: a CSS selector to include (default: the whole document), selectors to leave out, rules. */
export interface AxeScope {
  include?: string;
  exclude?: string | string[];
  /** Rule ids to run instead of all rules (axe's `runOnly`). */
  rules?: string[];
}

/**
 * Runs axe-core in the page, as it is now (width, colour scheme, what is open), and returns each violation as a line:
 * rule id and up to three targets (CSS selectors), so `expect(lines).toEqual([])` names what failed. Every axe run
 * of the browser tests goes through here: one `axe.run` on the document (the site has no iframes), every rule
 * unless `rules` says which, and only violations collected (`resultTypes`: axe then skips building selectors and
 * details for the thousands of passing nodes). The page needs JavaScript on: axe is loaded as a script
 * ({@link AXE_SCRIPT}) the first time a page is checked, and a page checked again (site.spec: two runs per page)
 * keeps it.
 */
export async function runAxe(page: Page, { include, exclude, rules }: AxeScope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_SCRIPT });
  return page.evaluate(async ({ include, exclude, rules }) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const excluded = (typeof exclude === 'string' ? [exclude] : exclude ?? []).map((sel) => [sel]);
    // Without `include`, the document itself (axe's page-level rules, such as `region`, need the whole page).
    const context = include ? { include: [[include]], exclude: excluded } : { exclude: excluded };
    const options: import('axe-core').RunOptions = { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}) };
    const results = await axe.run(context as import('axe-core').ElementContext, options);
    return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, { include, exclude, rules });
}
