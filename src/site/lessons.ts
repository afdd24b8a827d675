import { getCollection, type CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;

/** Published lessons of one language, in course order. */
export async function getLessons(lang: 'en' | 'zh' = 'en'): Promise<Lesson[]> {
  const all = await getCollection('lessons', (e) => e.data.lang === lang && !e.data.draft);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Published reference pages of one language, in order. */
export async function getReferencePages(lang: 'en' | 'zh' = 'en') {
  const all = await getCollection('reference', (e) => e.data.lang === lang && !e.data.draft);
  return all.sort((a, b) => a.data.order - b.data.order);
}
