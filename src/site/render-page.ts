import { render, type CollectionEntry } from 'astro:content';
import { isLang } from '../i18n/lang';
import { pageHeadings, type PageHeading } from './page-headings';
import { parseEntryId } from './urls';

/**
 * A lesson or reference page rendered, with the headings its table of contents lists: Astro's MDX headings and each
 * exercise's heading in its place (src/site/page-headings.ts). Every page with a TOC renders through here, so the TOC
 * and the language switch's section map see the same list.
 * @throws Error when the entry's folder is not a language of the course
 */
export async function renderPage(entry: CollectionEntry<'lessons' | 'reference'>) {
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  const { lang } = parseEntryId(entry.id);
  if (!isLang(lang)) throw new Error(`${entry.id}: "${lang}" is not a language of the course`);
  return { Content, headings: pageHeadings(headings, remarkPluginFrontmatter, lang) satisfies PageHeading[] };
}
