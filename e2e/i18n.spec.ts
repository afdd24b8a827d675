import { expect, type Page } from '@playwright/test';
import { test } from './tab';
import { runAxe } from './axe';
import { SITE_STRINGS } from '../components/site/strings.ts';
import { OFFLINE_STRINGS, SEARCH_STRINGS } from '../components/site/search-strings.ts';

/**
 * The language switcher (issue 13 §1): it lands on the same page in the other edition, and the choice is
 * remembered, so the English home page sends a returning Chinese reader to /zh/.
 */
test('the switcher lands on the same page in the other edition, and back', async ({ tab: page }) => {
  await page.goto('/lessons/cost/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh\/lessons\/cost\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeAttached();
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/lessons\/cost\/$/);
  await expect(page).not.toHaveURL(/\/zh\//);
});

test('the choice is remembered: a returning reader of the Chinese edition lands on /zh/', async ({ tab: page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en'); // no choice yet: English stays
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh\/$/);
  await page.goto('/'); // a bookmark or a typed address: no referrer from the site
  await expect(page).toHaveURL(/\/zh\/$/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).not.toHaveURL(/\/zh\//);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a broken stored choice does not break the home page', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('bpn:lang', '{not json'));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toBeVisible();
});

test('the switcher keeps the query string and an equation anchor', async ({ tab: page }) => {
  await page.goto('/lessons/cost/?x=1&csv=a%2Cb#eq-2.2');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh\/lessons\/cost\/\?x=1&csv=a%2Cb#eq-2\.2$/);
  await expect(page.locator('[id="eq-2.2"]')).toBeAttached();
  // an anchor that is neither an equation nor a heading is dropped
  await page.goto('/zh/lessons/cost/?x=1#not-an-equation');
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/lessons\/cost\/\?x=1$/);
  await expect(page).not.toHaveURL(/\/zh\//);
  // a heading anchor (issue 9 §2): heading ids come from the heading text and differ between editions, so the
  // switch lands on the heading at the same position (the editions have the same structure), scrolled to
  const headingIds = () => page.locator('main article :is(h2, h3, h4)[id]').evaluateAll((hs) => hs.map((h) => h.id));
  const en = await headingIds();
  const at = en.indexOf('why-not-squared-error-for-classification');
  expect(at).toBeGreaterThan(1);
  await page.goto(`/lessons/cost/#${en[at]}`);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh\/lessons\/cost\/#./);
  // The URL changes when the navigation commits, before the page has parsed: read the headings once it has.
  await page.waitForLoadState('domcontentloaded');
  const zh = await headingIds();
  expect(zh).toHaveLength(en.length);
  expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(zh[at]);
  await expect(page.locator(`[id="${zh[at]}"]`)).toBeInViewport();
  // a heading made by a component (an exercise's title) has the same id in both editions: it is kept
  await page.goto('/zh/lessons/cost/#exercise-regularized-cost');
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/lessons\/cost\/#exercise-regularized-cost$/);
  await expect(page).not.toHaveURL(/\/zh\//);
});

/**
 * The chrome of a page in one language, as a reader sees and hears it: the skip link, the site navigation (its name,
 * its links' text and where they lead), the search box, the theme toggle's label and the footer. Expected values come
 * from the string tables.
 */
async function expectChromeIn(page: Page, lang: 'en' | 'zh') {
  const S = SITE_STRINGS[lang], Q = SEARCH_STRINGS[lang];
  await expect(page.locator('.skip-link')).toHaveText(S.skipLink);
  const nav = page.getByRole('navigation', { name: S.siteNav, exact: true });
  await expect(nav.getByRole('link')).toHaveText([S.navCourse, S.navNotation, S.navGlossary, S.navApi]);
  // The brand and the navigation lead into this language's edition.
  const paths = await page.locator('.site-header .brand, .site-header nav a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths).toHaveLength(5);
  for (const path of paths) expect(/\/zh\//.test(path), path).toBe(lang === 'zh');
  await expect(page.getByRole('searchbox', { name: Q.label })).toHaveAttribute('placeholder', Q.placeholder);
  await expect(page.locator('theme-toggle button .label')).toHaveText(S.darkMode);
  await expect(page.locator('theme-toggle button .state')).toHaveText(new RegExp(`^(${S.off}|${S.on})$`));
  await expect(page.locator('.site-footer')).toContainText(S.footer);
  await expect(page.locator('.sw-notice [data-action="reload"]')).toHaveText(OFFLINE_STRINGS[lang].reload);
  // No part of the chrome says it is in another language than the page.
  await expect(page.locator('body > :not(main)[lang], .site-header [lang]:not([hreflang])')).toHaveCount(0);
}

test('the 404 page of a missing address under /zh/ reads Chinese alone, chrome included, and English elsewhere', async ({ tab: page }) => {
  const zh = SITE_STRINGS.zh.notFoundHeading, en = SITE_STRINGS.en.notFoundHeading;
  const res = await page.goto('/zh/lessons/nope/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText(zh);
  await expect(page.locator('main section').first()).toHaveAttribute('lang', 'zh-CN');
  // The English text and its links to English lessons are not shown (reader QA), nor is the English title.
  await expect(page.locator('main section[lang="en"]')).toBeHidden();
  await expect(page.locator('main a:visible[href*="/lessons/"]:not([href*="/zh/"])')).toHaveCount(0);
  await expect(page.locator('main a:visible[href*="/zh/lessons/"]')).toHaveCount(11);
  await expect(page).toHaveTitle(`${SITE_STRINGS.zh.notFoundTitle} · Backprop Notebook`);
  // header and footer in Chinese too (reader QA: they stayed English)
  await expectChromeIn(page, 'zh');
  expect(await runAxe(page)).toEqual([]);
  await page.goto('/lessons/nope/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText(en);
  await expectChromeIn(page, 'en');
});
