import { describe, expect, it } from 'vitest';
import { BASE, PAGES, html, urlsIn } from './built-site';

/**
 * The site must work under a sub-path (GitHub Pages project sites). `npm test` builds once with
 * BASE_PATH=/backprop-notebook/, and the browser tests run on that same build; here every root-relative
 * link, script, stylesheet, island and CSS url() of every page must point inside the base.
 */
describe('the build under a sub-path', () => {
  it('was built under a sub-path (run through `npm test`, or set BASE_PATH for the build and this test)', () => {
    expect(BASE).not.toBe('/');
  });

  it('points every root-relative link, script, stylesheet and image inside the base path', () => {
    const outside: string[] = [];
    for (const path of PAGES) {
      for (const { attr, value } of urlsIn(html(path))) {
        if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith(BASE)) outside.push(`${path}: ${attr}="${value}"`);
      }
    }
    expect(PAGES.length).toBeGreaterThan(3);
    expect(outside.slice(0, 20)).toEqual([]);
  });
});
