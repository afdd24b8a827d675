import { resolveOutDir } from '../src/site/out-dir.mjs';
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from './pages';

/** Math must be typeset at build time: checked on the built HTML, not on the config. */
for (const path of builtPages().filter((p) => p.startsWith('/lessons/'))) {
  test(`math in ${path} is KaTeX HTML with nothing left raw`, async () => {
    const file = `${resolveOutDir()}${path}index.html`;
    const html = readFileSync(file, 'utf8');
    const body = html.slice(html.indexOf('<main'));
    expect(body).toContain('class="katex-display"');
    expect(body).not.toContain('katex-error');
    expect(body).not.toContain('language-math');
    // No unrendered delimiters in the visible text (KaTeX keeps the TeX source only inside <annotation>).
    const text = body.replace(/<annotation[\s\S]*?<\/annotation>/g, '').replace(/<pre[\s\S]*?<\/pre>/g, '').replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/\$\$|\\frac|\\Theta/);
    expect(body).not.toMatch(/<code[^>]*>[^<]*\\(frac|Theta|al\{)/);
  });
}

test('numbered equations get anchors a lesson can link to', async ({ page }) => {
  await page.goto('/lessons/notation/');
  await expect(page.locator('#eq-1\\.1')).toHaveClass(/katex-display/);
});

test('KaTeX fonts and CSS are served by the site itself', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1')) external.push(r.url()); });
  await page.goto('/lessons/notation/');
  await page.waitForLoadState('networkidle');
  const loaded = await page.evaluate(() => document.fonts.check('16px KaTeX_Main'));
  expect(loaded).toBe(true);
  expect(external).toEqual([]);
});
