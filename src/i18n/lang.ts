/**
 * The course's two languages. English lives at the site root (`/lessons/notation/`), Simplified Chinese under
 * `/zh/` (`/zh/lessons/notation/`); every page exists in both, with the same structure (tests/unit/editions.test.ts).
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The `lang` attribute of each edition's `<html>` (BCP 47) and its `hreflang`. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** Each language's name written in itself, for the language switcher. */
export const LANG_NAME: Record<Lang, string> = { en: 'English', zh: '简体中文' };

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}

/**
 * The language of a page from its URL path: `zh` when the first segment after the base path is `zh`.
 * `base` is the site's base path (`/` or `/backprop-notebook/`).
 */
export function langFromPath(pathname: string, base = '/'): Lang {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  return rest === 'zh' || rest.startsWith('zh/') ? 'zh' : 'en';
}

/** A site path (without base, like `/lessons/cost/`) in the other edition: `/zh` is added or removed. */
export function pathInLang(path: string, lang: Lang): string {
  const clean = `/${path.replace(/^\//, '')}`;
  const english = clean === '/zh' || clean === '/zh/' ? '/' : clean.replace(/^\/zh\//, '/');
  return lang === 'en' ? english : english === '/' ? '/zh/' : `/zh${english}`;
}

/** The language of the page a browser script runs in (from `<html lang>`). */
export function documentLang(doc: Document = document): Lang {
  return doc.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
