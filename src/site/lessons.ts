import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from '../i18n/lang';

export { LANGS };

export type Lesson = CollectionEntry<'lessons'>;

/** Published lessons of one language, in course order. */
export async function getLessons(lang: Lang = 'en'): Promise<Lesson[]> {
  const all = await getCollection('lessons', (e) => editionOf(e.id) === lang && !e.data.draft);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Published reference pages of one language, in order. */
export async function getReferencePages(lang: Lang = 'en') {
  const all = await getCollection('reference', (e) => editionOf(e.id) === lang && !e.data.draft);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** The `[...lang]` route parameter of an edition: none for English (site root), `zh` for Chinese. */
export function langParam(lang: Lang): string | undefined {
  return lang === 'en' ? undefined : lang;
}

/** The edition an entry belongs to: its folder (`content/lessons/zh/…` is Chinese), whatever its frontmatter says. */
function editionOf(id: string): string {
  return id.includes('/') ? id.slice(0, id.indexOf('/')) : 'en';
}
