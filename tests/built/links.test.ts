import { describe, expect, it } from 'vitest';
import { BASE, PAGES, fileFor, html, idsIn, urlsIn } from './built-site';

/**
 * Every internal link, script, stylesheet, island and image of every built page resolves to a file of the
 * build, and every #fragment names an element on its target page. Read from the HTML, no browser needed.
 */
const ORIGIN = 'http://site.test';

/** The problems with one page's internal URLs: missing targets and missing anchors. */
function brokenLinks(path: string): string[] {
  const page = html(path);
  const self = new URL(BASE + path.slice(1), ORIGIN);
  const broken: string[] = [];
  for (const { attr, value } of urlsIn(page)) {
    if (/^(?:[a-z][\w+.-]*:|\/\/)/i.test(value) && !value.startsWith(ORIGIN)) continue; // other sites, mailto:, data:
    const url = new URL(value, self);
    if (!url.pathname.startsWith(BASE)) { broken.push(`${attr}="${value}" lies outside the base ${BASE}`); continue; }
    const target = '/' + url.pathname.slice(BASE.length);
    if (fileFor(target) === null) { broken.push(`${attr}="${value}": no such file in the build`); continue; }
    if (url.hash && attr === 'href' && fileFor(target)!.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !idsIn(html(target)).has(id)) broken.push(`${attr}="${value}": no element with id "${id}" on ${target}`);
    }
  }
  return broken;
}

describe('links on the built pages', () => {
  it('finds the pages and their links (the check sees something)', () => {
    expect(PAGES.length).toBeGreaterThan(3);
    const internal = PAGES.flatMap((p) => urlsIn(html(p))).filter((u) => !/^[a-z][\w+.-]*:/i.test(u.value));
    expect(internal.length).toBeGreaterThan(PAGES.length * 5);
    expect(internal.some((u) => u.value.includes('#'))).toBe(true);
  });

  it('flags a missing page and a missing anchor (the check can fail)', () => {
    const lesson = PAGES.find((p) => p.startsWith('/lessons/'))!;
    expect(fileFor('/no-such-page/')).toBeNull();
    expect(fileFor(lesson)).not.toBeNull();
    expect(idsIn(html(lesson)).has('no-such-anchor')).toBe(false);
  });

  for (const path of PAGES) {
    it(`every internal link and asset of ${path} resolves`, () => {
      expect(brokenLinks(path)).toEqual([]);
    });
  }
});
