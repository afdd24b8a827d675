import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../e2e/pages';
import { resolveOutDir } from '../../src/site/out-dir.mjs';

/**
 * The built site as the tests in this folder read it: no browser, just the HTML in the output folder.
 * `npm test` builds once with `BASE_PATH=/backprop-notebook/` and runs these tests with the same variable.
 */
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
export const OUT = resolveOutDir();

/** Every page of the build as a path without the base (`/lessons/notation/`, `/404.html`), read from OUT. */
export const PAGES = builtPages(OUT);

/** The HTML file that serves a page path (without the base), or null when the build has none. */
export function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.replace(/^\//, ''));
  for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
    const p = join(OUT, candidate);
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

const cache = new Map<string, string>();
/** The HTML of a page path (without the base). */
export function html(path: string): string {
  if (!cache.has(path)) cache.set(path, readFileSync(fileFor(path)!, 'utf8'));
  return cache.get(path)!;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
/** Decodes the character references an attribute value may hold. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** URL-valued attributes of real tags (code shown on a page is escaped, so it never matches), decoded. */
export function urlsIn(page: string): { attr: string; value: string }[] {
  const out: { attr: string; value: string }[] = [];
  for (const m of page.matchAll(/<[a-z][\w-]*\s[^>]*>/gi)) {
    for (const a of m[0].matchAll(/\s(href|src|action|component-url|renderer-url|before-hydration-url)="([^"]*)"/gi)) {
      out.push({ attr: a[1]!.toLowerCase(), value: decodeEntities(a[2]!) });
    }
  }
  for (const m of page.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) out.push({ attr: 'url()', value: decodeEntities(m[1]!) });
  return out;
}

/** Every id a page defines (decoded), for checking #fragment links. */
export function idsIn(page: string): Set<string> {
  return new Set([...page.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}
