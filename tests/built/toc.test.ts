import { describe, expect, it } from 'vitest';
import { PAGES, decodeEntities, html } from './built-site';

/**
 * The table of contents ("On this page") lists every section heading of the page, in order, each linking to its
 * heading's id (reader QA, issue 9: a lesson's "Your turn" / "轮到你了" section was listed but not the exercise heading
 * under it, which the `<Exercise>` component writes and the lesson's MDX does not).
 *
 * A section heading is an h2 or h3 inside `<main>`, except the lesson head's objectives box (it introduces the page,
 * before the first section) and the titles inside interactive islands (a stepper's "Computing z(2)_1" is the widget's
 * state, not a place in the text).
 */

/** One heading or TOC entry, as `h3 #exercise-softmax-delta`, and its text when it has no typeset math. */
interface Entry { key: string; text: string | null }

/** Text of an HTML fragment as read: tags stripped, entities decoded, spaces collapsed. */
const textOf = (fragment: string) => decodeEntities(fragment.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

/** The section headings of a page, in document order. */
function sectionHeadings(page: string): Entry[] {
  const main = /<main\b[\s\S]*<\/main>/.exec(page)?.[0] ?? '';
  const body = main
    .replace(/<template[\s\S]*?<\/template>/g, '')
    .replace(/<header class="lesson-head"[\s\S]*?<\/header>/g, '')
    .replace(/<astro-island\b[\s\S]*?<\/astro-island>/g, '');
  return [...body.matchAll(/<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/g)].map((m) => {
    const id = /\sid="([^"]*)"/.exec(m[2]!)?.[1];
    return { key: `h${m[1]} ${id === undefined ? '(no id)' : `#${decodeEntities(id)}`}`, text: m[3]!.includes('katex') ? null : textOf(m[3]!) };
  });
}

/** The entries of the page's "On this page" list, in order, or null when the page has none. */
function tocEntries(page: string): Entry[] | null {
  const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(page)?.[0];
  if (!nav) return null;
  return [...nav.matchAll(/<li class="depth-(\d)"[^>]*>\s*<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
    key: `h${m[1]} ${decodeURIComponent(decodeEntities(m[2]!))}`,
    text: textOf(m[3]!),
  }));
}

/** How often each id is defined on the page. */
function idCounts(page: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of page.matchAll(/\sid="([^"]*)"/g)) {
    const id = decodeEntities(m[1]!);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

const PAGE = (toc: string, main: string) => `<aside><nav class="toc" aria-label="x"><ul>${toc}</ul></nav></aside><main id="main">${main}</main>`;

describe('the table of contents of the built pages', () => {
  it('the check reads headings and TOC entries, and sees a heading the TOC leaves out', () => {
    const page = PAGE(
      '<li class="depth-2"><a href="#your-turn">Your turn</a></li>',
      '<header class="lesson-head"><h2 id="objectives-heading">Objectives</h2></header>' +
      '<h2 id="your-turn">Your turn</h2><astro-island><h3 class="bs-title">Computing z</h3></astro-island>' +
      '<section><h3 id="exercise-x" class="ex-title">Exercise: The cost <span class="ex-status"></span></h3></section>',
    );
    expect(sectionHeadings(page)).toEqual([
      { key: 'h2 #your-turn', text: 'Your turn' },
      { key: 'h3 #exercise-x', text: 'Exercise: The cost' },
    ]);
    expect(tocEntries(page)).toEqual([{ key: 'h2 #your-turn', text: 'Your turn' }]);
    expect(tocEntries('<main></main>')).toBeNull();
  });

  const lessons = PAGES.filter((p) => /^\/(zh\/)?lessons\/[^/]+\/$/.test(p));
  it('finds the lesson pages of both editions, each with a TOC', () => {
    expect(lessons.filter((p) => p.startsWith('/zh/')).length).toBeGreaterThan(5);
    expect(lessons.filter((p) => !p.startsWith('/zh/')).length).toBeGreaterThan(5);
    for (const p of lessons) expect(tocEntries(html(p)), p).not.toBeNull();
  });

  for (const path of PAGES.filter((p) => p.endsWith('/') && tocEntries(html(p)) !== null)) {
    it(`${path}: every section heading is in the TOC, in order, linking to its own unique id`, () => {
      const page = html(path);
      const headings = sectionHeadings(page);
      const toc = tocEntries(page)!;
      expect(toc.map((e) => e.key)).toEqual(headings.map((h) => h.key));
      headings.forEach((h, k) => { if (h.text !== null) expect(toc[k]!.text, h.key).toBe(h.text); });
      const counts = idCounts(page);
      for (const e of toc) expect(counts.get(e.key.replace(/^h\d #/, '')), `${e.key}: times the page defines the id`).toBe(1);
    });
  }
});
