import { expect, type Page } from '@playwright/test';
import { test } from './tab';
import { flattenMathForAxe, runAxe } from './axe';

/** The site's base path (a build with BASE_PATH=/backprop-notebook/ is previewed under it). */
const B = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Types a query into the header search (opened with the `/` shortcut) and returns the result links. */
async function search(page: Page, query: string, boxName = 'Search the course') {
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: boxName });
  await expect(box).toBeFocused();
  await box.fill(query);
  const links = page.locator('#site-search-results ol a');
  await expect(links.first()).toBeVisible({ timeout: 15_000 });
  return links;
}

test.describe('site search (Pagefind)', () => {
  test.describe.configure({ timeout: 60_000 });

  test('"gradient checking" finds lesson 6 first, with its title and a passage', async ({ tab: page }) => {
    await page.goto(`${B}lessons/notation/`);
    const links = await search(page, 'gradient checking');
    await expect(links.first()).toHaveAttribute('href', new RegExp(`^${B}lessons/gradient-checking/`));
    const first = page.locator('#site-search-results li').first();
    await expect(first.locator('.title')).toHaveText(await titleOf(page, `${B}lessons/gradient-checking/`));
    await expect(first.locator('mark').first()).toHaveText(/gradient|checking/i);
    await expect(page.getByRole('status').filter({ hasText: 'gradient checking' })).toBeVisible();
    // The status counts every matching page and says how many are listed (reader QA: "15 pages match" over 8 results).
    const listed = await page.locator('#site-search-results ol li').count();
    const matching = await page.evaluate(async (base) => (await (await import(`${base}pagefind/pagefind.js`)).search('gradient checking')).results.length as number, B);
    await expect(page.getByRole('status').filter({ hasText: 'gradient checking' })).toHaveText(matching > listed
      ? `${matching} pages match “gradient checking”; the ${listed} best are listed.`
      : `${matching} pages match “gradient checking”.`);
    // The open search, results included, has no axe violations in either theme.
    await flattenMathForAxe(page, false); // the lesson's math is checked per page (site.spec.ts), not here
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      expect(await runAxe(page, { include: 'site-search' }), theme).toEqual([]);
    }
    // Esc clears the query and closes the results.
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search-results')).toBeHidden();
  });

  test('the index holds each formula as one line of the course notation, not as KaTeX\'s flattened boxes', async ({ tab: page }) => {
    // Lesson 4: "$\Th{2}_{ij}$: the chain is $J \leftarrow a^{(3)}_i \leftarrow z^{(3)}_i \leftarrow \Th{2}_{ij}$, one path
    // with three links." Read as flat text, KaTeX's boxes gave "Θij(2)" in excerpts (reader QA, severity 2). The page's
    // whole indexed text, as the site's own Pagefind gives it to the search box:
    await page.goto(`${B}lessons/notation/`);
    const indexed = await page.evaluate(async (base) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      for (const result of (await pagefind.search('chain')).results) {
        const data = await result.data();
        if (data.url.startsWith(`${base}lessons/deriving-backprop/`)) return data.content as string;
      }
      return '';
    }, B);
    expect(indexed).toContain('Θ(2)_ij: the chain is J ← a(3)_i ← z(3)_i ← Θ(2)_ij, one path with three links.');
    expect(indexed).not.toContain('Θij(2)');
    // A sign with nothing before it is not spaced as a subtraction: "(4.6) g(z) = (1 + e^{-z})^{-1}".
    expect(indexed).toContain('g(z) = (1 + e^(−z))^(−1)');
    // A matrix's entries: "(4.32) \begin{bmatrix} 0.7414 \\ -0.2171 \end{bmatrix}".
    expect(indexed).toContain('[0.7414; −0.2171]');
    // Table cells stay apart (the notation reference's header: symbol, shape, meaning, introduced in).
    const table = await page.evaluate(async (base) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      for (const result of (await pagefind.search('shape')).results) {
        const data = await result.data();
        if (data.url.startsWith(`${base}reference/notation/`)) return data.content as string;
      }
      return '';
    }, B);
    expect(table).toMatch(/symbol;\s+shape;\s+meaning;\s+introduced in;/);
  });

  test('an equation tag and a glossary term find their pages', async ({ tab: page }) => {
    await page.goto(B);
    const eq = await search(page, '(4.13)');
    const eqHrefs = await eq.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(eqHrefs.some((h) => h.startsWith(`${B}lessons/deriving-backprop/`))).toBe(true);
    // the tag itself is what matched (it is a word of its own in the index, not glued to its formula's last one)
    await expect(page.locator('#site-search-results mark').filter({ hasText: /^\(4\.13\)$/ }).first()).toBeAttached();
    await page.keyboard.press('Escape');
    await page.locator('h1').first().click();
    const term = await search(page, 'Hadamard');
    const termHrefs = await term.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(termHrefs.some((h) => h.startsWith(`${B}reference/glossary/`))).toBe(true);
    // A number copied from a page, with its true minus sign, finds the pages that have it and no other negative
    // number (reader QA: "−0.2171" listed the softmax lesson first, for its "−0.546811", "−0.0375976"…).
    await page.keyboard.press('Escape');
    await page.locator('h1').first().click();
    const negative = await search(page, '\u22120.2171');
    const negativeHrefs = await negative.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(negativeHrefs.some((h) => h.startsWith(`${B}lessons/deriving-backprop/`))).toBe(true);
    const marks = await page.locator('#site-search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => !m.includes('0.2171'))).toEqual([]);
    // Nonsense finds nothing (issue 9 §3: Pagefind searched its longest indexed prefix, "xy", and found 3 pages).
    await page.keyboard.press('Escape');
    await noResults(page, 'xyzzyqq', 'Search the course', 'No results for “xyzzyqq”.');
    // A pasted 600-character query is repeated cut to its first 59 characters and "…", not whole.
    await page.keyboard.press('Escape');
    await noResults(page, 'qz'.repeat(300), 'Search the course', `No results for “${'qz'.repeat(30).slice(0, 59)}…”.`);
  });

  test('results stay in the reader\'s language: "梯度检验" on a Chinese page finds the Chinese lesson 6, English finds English', async ({ tab: page }) => {
    await page.goto(`${B}zh/lessons/notation/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const zh = await search(page, '梯度检验', '搜索课程');
    await expect(zh.first()).toHaveAttribute('href', new RegExp(`^${B}zh/lessons/gradient-checking/`));
    await expect(page.locator('#site-search-results li').first().locator('.title'))
      .toHaveText(await titleOf(page, `${B}zh/lessons/gradient-checking/`));
    const zhHrefs = await zh.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(zhHrefs.filter((h) => !h.startsWith(`${B}zh/`))).toEqual([]);
    // A Chinese passage is long enough to read (Pagefind's 30 words gave about 40 characters, formulas cut mid-way).
    const zhPassages = await page.locator('#site-search-results li p').allTextContents();
    const meanLength = zhPassages.reduce((n, p) => n + p.length, 0) / zhPassages.length;
    expect(meanLength, zhPassages.join('\n')).toBeGreaterThanOrEqual(80);
    // The same subject searched on an English page: English pages only, lesson 6 first.
    await page.goto(`${B}lessons/notation/`);
    const en = await search(page, 'gradient');
    await expect(en.first()).toHaveAttribute('href', new RegExp(`^${B}lessons/gradient-checking/`));
    const enHrefs = await en.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(enHrefs.filter((h) => h.startsWith(`${B}zh/`))).toEqual([]);
    // Chinese nonsense finds nothing either (Pagefind fell back to the single character 量 and found 13 pages).
    await page.goto(`${B}zh/lessons/notation/`);
    await noResults(page, '量子纠缠猫', '搜索课程', '没有与“量子纠缠猫”匹配的结果。');
  });

  test('keyboard: ↓ and ↑ move through the results and back to the box, Enter on one opens it; Enter in the box opens the first, also typed before the results come', async ({ tab: page }) => {
    // Reader QA: Enter right after typing did nothing (the results had not come yet), and ↓ stayed in the box; later,
    // Enter in the box only moved focus to the first result, so a reader pressed it twice (twice reported).
    await page.goto(`${B}lessons/notation/`);
    const box = page.getByRole('searchbox', { name: 'Search the course' });
    const links = await search(page, 'sigmoid');
    expect(await links.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await links.nth(1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new URL(second!, page.url()).href);

    // Enter typed while the index is still on its way: the first result opens when it comes.
    let release!: () => void;
    const held = new Promise<void>((ok) => { release = ok; });
    await page.route(/\/pagefind\//, async (route) => { await held; await route.continue(); });
    await page.goto(`${B}lessons/notation/`);
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await page.keyboard.type('sigmoid');
    await page.keyboard.press('Enter'); // the index is held back: no result yet
    await expect(page.locator('#site-search-results ol a')).toHaveCount(0);
    release();
    await page.waitForURL((url) => !url.pathname.endsWith('/lessons/notation/'), { timeout: 15_000 });
    await page.unrouteAll();
    // The page opened is Pagefind's first answer to the query, asked here on the page it opened.
    const first = await page.evaluate(async (base) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      return (await (await pagefind.search('sigmoid')).results[0].data()).url as string;
    }, B);
    expect(new URL(page.url()).pathname).toBe(first.replace(/#.*/, ''));
  });

  test('the search box fits a 360 px screen and a result opens with Enter', async ({ tab: page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(B);
    const box = page.getByRole('searchbox', { name: 'Search the course' });
    const rect = await box.boundingBox();
    expect(rect!.x).toBeGreaterThanOrEqual(0);
    expect(rect!.x + rect!.width).toBeLessThanOrEqual(360);
    const links = await search(page, 'Hadamard');
    const first = await links.first().getAttribute('href');
    await page.keyboard.press('Enter'); // in the box: opens the first result
    await expect(page).toHaveURL(new URL(first!, page.url()).href);
  });
});

/** Types a query that matches nothing and expects the "No results" message and an empty list. */
async function noResults(page: Page, query: string, boxName: string, message: string) {
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: boxName }).fill(query);
  await expect(page.getByRole('status').filter({ hasText: query.slice(0, 50) })).toHaveText(message, { timeout: 15_000 });
  await expect(page.locator('#site-search-results ol li')).toHaveCount(0);
}

/** The h1 of a page, read from the page itself (Pagefind's result title is the page's first h1). */
async function titleOf(page: Page, path: string): Promise<string> {
  const res = await page.request.get(path);
  const m = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await res.text());
  return (m?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
}
