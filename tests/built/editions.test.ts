import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, OUT, PAGES, decodeEntities, fileFor, html } from './built-site';

/**
 * The two editions in the built HTML (issue 13): every page has its counterpart, says its language, links to
 * both editions with hreflang (x-default English), is in the sitemap; and a Chinese page shows none of the
 * English strings of the string tables (the UI of the page as built, JavaScript off).
 */
const EDITION_PAGES = PAGES.filter((p) => p.endsWith('/') && !p.startsWith('/demo/'));
const ZH = EDITION_PAGES.filter((p) => p.startsWith('/zh/'));
const EN = EDITION_PAGES.filter((p) => !p.startsWith('/zh/'));
const toZh = (p: string) => (p === '/' ? '/zh/' : `/zh${p}`);

function htmlLang(page: string): string | undefined {
  return /<html[^>]*\slang="([^"]*)"/.exec(page)?.[1];
}

/** hreflang → path (without origin and base) of a page's alternates. */
function alternates(page: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) {
    const path = new URL(decodeEntities(m[2]!)).pathname;
    out[m[1]!] = path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : `outside the base: ${path}`;
  }
  return out;
}

describe('both editions in the build', () => {
  it('has both editions (the checks below see something)', () => {
    expect(ZH.length).toBeGreaterThan(3);
    expect(EN.length).toBe(ZH.length);
  });

  it('every English page has its Chinese page and back', () => {
    expect(ZH.sort()).toEqual(EN.map(toZh).sort());
  });

  it('every page says its language and links to both editions, x-default English', () => {
    for (const p of EDITION_PAGES) {
      const page = html(p);
      const zh = p.startsWith('/zh/');
      expect(htmlLang(page), p).toBe(zh ? 'zh-CN' : 'en');
      const en = zh ? p.slice(3) : p;
      expect(alternates(page), p).toEqual({ en, 'zh-CN': toZh(en), 'x-default': en });
    }
  });

  it('the sitemap lists every page of both editions', () => {
    const sitemaps = readdirSync(OUT).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join(OUT, f), 'utf8')).join('');
    const listed = new Set([...sitemaps.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => `/${new URL(m[1]!).pathname.slice(BASE.length)}`));
    for (const p of EDITION_PAGES) expect(listed.has(p), p).toBe(true);
  });
});

/** The ids of a page's section headings (h2–h6 with an id, in the lesson's <article>), in page order. */
function headingIds(page: string): string[] {
  const article = page.slice(page.indexOf('<article'), page.indexOf('</article>'));
  return [...article.matchAll(/<h[2-6]\s[^>]*?\bid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
}

/** The language switch's map of heading ids to the other edition's (`data-anchors`), or {} when it has none. */
function switchAnchors(page: string): Record<string, string> {
  const m = /<nav class="lang-switch"[\s\S]*?<a [^>]*?data-anchors="([^"]*)"/.exec(page);
  return m ? (JSON.parse(decodeEntities(m[1]!)) as Record<string, string>) : {};
}

describe('the language switch keeps the section (issue 9 §2)', () => {
  it('maps every heading whose id differs between the editions to the heading at the same place in the other', () => {
    let mapped = 0;
    for (const en of EN.filter((p) => p.includes('/lessons/') || p.includes('/reference/'))) {
      for (const [from, to] of [[en, toZh(en)], [toZh(en), en]] as const) {
        const here = headingIds(html(from));
        const there = headingIds(html(to));
        const anchors = switchAnchors(html(from));
        for (const [i, id] of here.entries()) {
          // Headings made by components (an exercise's title, the API page's entries) keep their id in both.
          if (there[i] === id) continue;
          expect(anchors[id], `${from}#${id}`).toBe(there[i]);
          mapped++;
        }
        expect(Object.keys(anchors).filter((id) => !here.includes(id)), `${from}: ids not on the page`).toEqual([]);
      }
    }
    expect(mapped).toBeGreaterThan(100);
  });
});

/** Every `{ en, zh }` table's English strings that the Chinese table words differently. */
async function englishUiStrings(): Promise<string[]> {
  const root = new URL('../../', import.meta.url).pathname;
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/(^|-)strings\.ts$/.test(e.name)) files.push(p);
    }
  };
  walk(join(root, 'components'));
  walk(join(root, 'src'));
  const out = new Set<string>();
  const collect = (en: unknown, zh: unknown) => {
    if (typeof en === 'string') { if (en !== zh) out.add(en); return; }
    if (en && typeof en === 'object' && zh && typeof zh === 'object') {
      for (const k of Object.keys(en)) collect((en as Record<string, unknown>)[k], (zh as Record<string, unknown>)[k]);
    }
  };
  for (const f of files) {
    const mod = (await import(/* @vite-ignore */ f)) as Record<string, unknown>;
    for (const table of Object.values(mod)) {
      if (table && typeof table === 'object' && 'en' in table && 'zh' in table) collect(table.en, table.zh);
    }
  }
  // Whole phrases only: two words or more (single words like "on" or "API" may be part of Chinese prose).
  return [...out].filter((s) => /\p{L}{2,}\s+\p{L}{2,}/u.test(s) && !/[`$]/.test(s));
}

/**
 * What a reader meets on a page without JavaScript: its text and its accessible names, without code and math,
 * and without blocks marked as English on purpose (`<div lang="en">`: the API page's doc comments).
 */
function readerText(page: string): string {
  const body = page.slice(page.indexOf('<body'))
    .replace(/<(script|style|pre|code|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<div lang="en"[^>]*>[\s\S]*?<\/div>/g, ' ')
    .replace(/<span class="katex">[\s\S]*?<\/span><\/span><\/span>/g, ' ');
  const attrs = [...body.matchAll(/\s(?:aria-label|title|alt|placeholder|aria-description)="([^"]*)"/g)].map((m) => m[1]);
  return decodeEntities(`${body.replace(/<[^>]+>/g, ' ')} ${attrs.join(' ')}`).replace(/\s+/g, ' ');
}

describe('no English UI on Chinese pages', () => {
  it('finds the English strings of the tables (the check sees something)', async () => {
    const strings = await englishUiStrings();
    expect(strings).toContain('Skip to content');
    expect(readerText(html('/lessons/notation/'))).toContain('Skip to content');
  });

  it('shows none of them on a Chinese page', async () => {
    const strings = await englishUiStrings();
    for (const p of ZH) {
      // The glossary's first column is the English term, on purpose: it is left out.
      const page = p === '/zh/reference/glossary/' ? html(p).replace(/<tr>\s*<td>[^<]*<\/td>/g, '<tr>') : html(p);
      const text = readerText(page);
      expect(strings.filter((s) => text.includes(s)), p).toEqual([]);
    }
  });
});
