import { beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { collectApiDocs, type ApiEntry } from '../../src/site/api-docs';
import { exampleComments, paragraphKey, summaryParagraphs, translateExample, translateSummary } from '../../src/site/api-translation';
import { API_ZH, API_ZH_EXAMPLE_COMMENTS } from './api-zh';

const HAN = /\p{Script=Han}/u;
/** A paragraph's `code` and $math$ spans. */
const SPANS = /`[^`]*`|\$\$[\s\S]*?\$\$|\$[^$]*\$/g;
/** The `code` and $math$ spans of a paragraph, sorted: what a translation keeps character for character. */
const kept = (text: string) => [...text.matchAll(SPANS)].map((m) => m[0]).sort();

let entries: ApiEntry[];
beforeAll(() => { entries = collectApiDocs(resolve('src/backprop/index.ts')); }, 60_000); // the TypeScript compiler reads the module

describe('the API reference in Chinese (api-zh.ts)', () => {
  test('every paragraph of every export has its Chinese, made from the English its doc comment holds now', () => {
    const missing: string[] = [];
    for (const e of entries) {
      const rows = API_ZH[e.name] ?? [];
      const paragraphs = summaryParagraphs(e.summary);
      if (rows.length !== paragraphs.length) missing.push(`${e.name}: ${rows.length} Chinese paragraphs for ${paragraphs.length} English`);
      paragraphs.forEach((en, k) => {
        if (rows[k]?.[0] !== paragraphKey(en)) missing.push(`${e.name}, paragraph ${k + 1} (key ${paragraphKey(en)}) is new or changed: “${en.slice(0, 70)}…”`);
      });
    }
    expect(missing).toEqual([]);
  });

  test('no export translated that the module no longer has', () => {
    const names = new Set(entries.map((e) => e.name));
    expect(Object.keys(API_ZH).filter((n) => !names.has(n))).toEqual([]);
  });

  // Its punctuation beside Chinese is checked with every other string table's (tests/unit/zh-terms.test.ts).
  test('each paragraph is Chinese and keeps its English\'s code and math unchanged', () => {
    const bad: string[] = [];
    for (const e of entries) {
      const rows = API_ZH[e.name] ?? [];
      summaryParagraphs(e.summary).forEach((en, k) => {
        const zh = rows[k]?.[1] ?? '';
        // A paragraph with words to translate (a phrase outside code and math) gets Chinese; one that is only a
        // signature and a formula (`add(o)`: This + o; `log()`: ln this; `exp()`: $e^v$) may stay as it is.
        const words = /\p{L}{2,}\s+\p{L}{2,}/u.test(en.replace(SPANS, ' ').replace(/\bthis\b/gi, ' '));
        if (words && !HAN.test(zh)) bad.push(`${e.name} ¶${k + 1}: no Chinese`);
        if (JSON.stringify(kept(zh)) !== JSON.stringify(kept(en))) bad.push(`${e.name} ¶${k + 1}: code or math differs from the English`);
      });
    }
    expect(bad).toEqual([]);
  });
});

describe('the examples\' comments in Chinese', () => {
  test('every comment in words has its Chinese, and none is translated that no example has', () => {
    const comments = entries.flatMap((e) => (e.example ? exampleComments(e.example) : []));
    expect(comments.length).toBeGreaterThan(2);
    expect(comments.filter((c) => !Object.hasOwn(API_ZH_EXAMPLE_COMMENTS, c))).toEqual([]);
    expect(Object.keys(API_ZH_EXAMPLE_COMMENTS).filter((c) => !comments.includes(c))).toEqual([]);
    for (const zh of Object.values(API_ZH_EXAMPLE_COMMENTS)) expect(zh).toMatch(HAN);
  });

  test('only comments in words are translated; code and values shown stay', () => {
    const example = 'f(1); // [0.5, 1]\ng(2); // rows in data order\nh(); // → "sizes[1] = 0: every layer needs a unit"\n'
      + 'k(); // [{ k: 1, term: … }, { k: 2, term: … }]\nm(); // true\nn(); // 4.2e-18 (not 0)';
    expect(exampleComments(example)).toEqual(['rows in data order', '4.2e-18 (not 0)']);
    expect(translateExample(example, { 'rows in data order': '按行序' })).toBe(example.replace('rows in data order', '按行序'));
  });
});

describe('translateSummary', () => {
  test('takes a paragraph\'s translation while its English is unchanged (white space aside), else the English, marked', () => {
    const table = { f: [[paragraphKey('Adds  two\nnumbers.'), '两数相加。'], [paragraphKey('`a`: the first.'), '`a`：第一个数。']] as const };
    expect(translateSummary('f', 'Adds two numbers.\n\n`a`: the first.', table)).toEqual([
      { text: '两数相加。', translated: true }, { text: '`a`：第一个数。', translated: true }]);
    // The second paragraph's English changed: it falls back, the first stays translated.
    expect(translateSummary('f', 'Adds two numbers.\n\n`a`: the first one.', table)).toEqual([
      { text: '两数相加。', translated: true }, { text: '`a`: the first one.', translated: false }]);
    // A paragraph added, and an export with no translation (also one named like an Object property).
    expect(translateSummary('f', 'Adds two numbers.\n\n`a`: the first.\n\n`b`: the second.', table).map((p) => p.translated)).toEqual([true, true, false]);
    expect(translateSummary('constructor', 'Makes one.', table)).toEqual([{ text: 'Makes one.', translated: false }]);
  });
});
