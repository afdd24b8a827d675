/** Builds a link that respects the configured base path (`BASE_PATH`), always with a trailing slash. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const clean = path.replace(/^\//, '');
  if (clean === '') return `${base}/`;
  const withSlash = /[#?]|\.[a-z0-9]+$/i.test(clean) || clean.endsWith('/') ? clean : `${clean}/`;
  return `${base}/${withSlash}`;
}

/** Splits a collection id like `en/01-notation` into its language and the slug used in URLs (`notation`). */
export function parseEntryId(id: string): { lang: string; slug: string; file: string } {
  const [lang, file] = id.includes('/') ? (id.split('/', 2) as [string, string]) : ['en', id];
  return { lang, file, slug: file.replace(/^\d+-/, '') };
}

/** URL of a lesson page for a collection id. */
export function lessonHref(id: string): string {
  const { lang, slug } = parseEntryId(id);
  return href(lang === 'en' ? `lessons/${slug}/` : `${lang}/lessons/${slug}/`);
}

/** URL of a reference page for a collection id. */
export function referenceHref(id: string): string {
  const { lang, slug } = parseEntryId(id);
  return href(lang === 'en' ? `reference/${slug}/` : `${lang}/reference/${slug}/`);
}
