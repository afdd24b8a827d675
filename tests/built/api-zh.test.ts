import { describe, expect, test } from 'vitest';
import { html } from './built-site';

/**
 * The Chinese API reference is Chinese all through: every entry's description (the module's doc comments, translated
 * in components/reference/api-zh.ts) is there in Chinese, none left in English, and the code (names, signatures) is
 * the same as on the English page.
 */
const articles = (page: string) => [...page.matchAll(/<article class="api-entry[^"]*" id="api-([^"]+)"[^>]*>([\s\S]*?)<\/article>/g)].map((m) => ({ name: m[1]!, body: m[2]! }));

describe('/zh/reference/api/', () => {
  const zh = articles(html('/zh/reference/api/')), en = articles(html('/reference/api/'));

  test('lists the same exports as the English page', () => {
    expect(zh.length).toBeGreaterThan(40);
    expect(zh.map((a) => a.name)).toEqual(en.map((a) => a.name));
  });

  test('describes every export in Chinese, with no paragraph left in English', () => {
    const text = (body: string) => body.replace(/<(pre|code|h3)\b[\s\S]*?<\/\1>/g, ' ').replace(/<span class="katex">[\s\S]*?<\/span><\/span><\/span>/g, ' ').replace(/<[^>]+>/g, ' ');
    expect(zh.filter((a) => !/\p{Script=Han}/u.test(text(a.body))).map((a) => a.name)).toEqual([]);
    expect(zh.filter((a) => /<div lang="en"/.test(a.body)).map((a) => a.name)).toEqual([]);
    // The English page's descriptions have no Chinese.
    expect(en.filter((a) => /\p{Script=Han}/u.test(text(a.body))).map((a) => a.name)).toEqual([]);
  });
});
