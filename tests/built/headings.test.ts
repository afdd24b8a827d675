import { describe, expect, it } from 'vitest';
import { PAGES, decodeEntities, html } from './built-site';

/**
 * No heading repeats the heading right before it, whole or as its label (reader QA, issue 9: a lesson's "Exercise: the regularised cost"
 * section heading was followed by the exercise's own "Exercise: The regularised cost", in both editions). A screen
 * reader's list of headings, and anyone skimming, then reads the same title twice. Compared as a reader hears them:
 * case, curly or straight quotes and spacing aside.
 */

/** The headings of a page in document order: level and text (tags stripped, TeX annotations left out). */
function headings(page: string): { level: number; text: string }[] {
  const live = page.replace(/<template[\s\S]*?<\/template>/g, '');
  return [...live.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    text: decodeEntities(m[2]!.replace(/<annotation[\s\S]*?<\/annotation>/g, '').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim(),
  }));
}

/** A heading's text as heard: case, quote style and spacing do not matter. */
const heard = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/**
 * Whether `next` says `prev` again: the same text, or `prev` as its label ("Exercise" → "Exercise: The cost", reader QA:
 * the word stutters as well).
 */
function saysAgain(prev: string, next: string): boolean {
  const a = heard(prev);
  const b = heard(next);
  return a === b || b.startsWith(`${a}:`) || b.startsWith(`${a}：`);
}

/** Each pair of consecutive headings where the second says the first again, as `h2 "A" → h3 "A"`. */
function repeats(page: string): string[] {
  const hs = headings(page);
  return hs.slice(1).flatMap((h, i) => (saysAgain(hs[i]!.text, h.text) ? [`h${hs[i]!.level} "${hs[i]!.text}" → h${h.level} "${h.text}"`] : []));
}

describe('headings on the built pages', () => {
  it('finds the pages, and the check sees a repeat', () => {
    expect(PAGES.length).toBeGreaterThan(10);
    expect(repeats('<h2 id="a">Exercise: the <em>cost</em></h2><p>x</p><h3>Exercise: The cost <span></span></h3><h3>Other</h3>'))
      .toEqual(['h2 "Exercise: the cost" → h3 "Exercise: The cost"']);
    expect(repeats('<h2>Exercise</h2><h3>Exercise: The cost</h3><h2>练习</h2><h3>练习：代价</h3>'))
      .toEqual(['h2 "Exercise" → h3 "Exercise: The cost"', 'h2 "练习" → h3 "练习：代价"']);
    expect(repeats('<h2>One</h2><h3>Two</h3><h2>One</h2><h3>Exercises: a</h3>')).toEqual([]);
  });

  for (const path of PAGES.filter((p) => p.endsWith('/') || p.endsWith('.html'))) {
    it(`${path}: no heading repeats the one before it`, () => {
      const page = html(path);
      expect(headings(page).length).toBeGreaterThan(0);
      expect(repeats(page)).toEqual([]);
    });
  }
});
