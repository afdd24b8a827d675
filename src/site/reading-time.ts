import { SITE } from './config';
import type { Lang } from '../i18n/lang';

/** Chinese characters read per minute in technical prose (about half the 300–500 of ordinary text). */
export const CJK_CHARS_PER_MINUTE = 300;

/**
 * Estimated minutes to read a lesson's source. Display math and code count as words too, since a reader
 * has to work through them; MDX component tags do not. Chinese text is counted in characters
 * (`CJK_CHARS_PER_MINUTE`), everything else in words (`SITE.wordsPerMinute`).
 */
export function readingMinutes(body: string, lang: Lang = 'en', wordsPerMinute: number = SITE.wordsPerMinute): number {
  const text = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<\/?[A-Z][^>]*>/g, ' ');
  const cjk = lang === 'zh' ? (text.match(/\p{Script=Han}/gu) ?? []).length : 0;
  const rest = lang === 'zh' ? text.replace(/\p{Script=Han}/gu, ' ') : text;
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / wordsPerMinute + cjk / CJK_CHARS_PER_MINUTE));
}
