import { SITE } from './config';

/**
 * Estimated minutes to read a lesson's source. Display math and code count as words too, since a reader
 * has to work through them; MDX component tags do not.
 */
export function readingMinutes(body: string, wordsPerMinute: number = SITE.wordsPerMinute): number {
  const text = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<\/?[A-Z][^>]*>/g, ' ');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
