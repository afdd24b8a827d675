/**
 * Whether Pagefind's answer to a query really matches it. Pagefind looks each query word up as a prefix of the
 * index's (stemmed) words; when none starts with it, it retries with ever shorter prefixes of the word until one
 * matches (Pagefind PR #315, kept in 1.x with no option to turn it off or limit it: issue #599), so nonsense such
 * as "xyzzyqq" is answered with every page containing "xy", and "量子纠缠猫" with every page containing "量". That
 * retry is what lets a half-typed word ("checkin", stemmed away from "check") or a small typo ("gradeint" → "grad…")
 * still find its page, so it is kept: a query word counts as found when a word Pagefind marked in the results
 * shares a prefix with it of at least half its length (at least 3 characters, or the whole word when shorter).
 *
 * @example
 * matchesQuery('xyzzyqq', ['q=xy', 'xy'])          // false: only "xy" of 7 letters matched
 * matchesQuery('checkin', ['Checking', 'check'])   // true
 * matchesQuery('梯度检验', ['梯度检验'])             // true
 */
export function matchesQuery(query: string, marked: readonly string[]): boolean {
  const terms = query.split(/\s+/).map(joined).filter((t) => t !== '');
  if (terms.length === 0) return true; // punctuation only: nothing to judge by
  const words = marked.flatMap(pieces);
  return terms.every((t) => {
    const need = Math.min(t.length, Math.max(3, Math.ceil(t.length / 2)));
    return words.some((w) => commonPrefix(t, w) >= need);
  });
}

/** Lower case, diacritics dropped (Pagefind matches "é" with "e"), compatibility forms folded (full-width letters). */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A word as Pagefind indexes it whole: its letters and digits only ("q=xy" → "qxy", "(4.13)" → "413"). */
function joined(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A marked text whole and split at its punctuation and spaces (Pagefind indexes both: "q=xy" → "qxy", "q", "xy"). */
function pieces(s: string): string[] {
  return [joined(s), ...fold(s).split(/[^\p{L}\p{N}]+/u)].filter((p) => p !== '');
}

/** Length of the longest common prefix of two strings, in UTF-16 code units. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The query as Pagefind should get it. The course writes negative numbers with the true minus sign (U+2212, "−0.2171"),
 * and a reader copying one from a page searches with it. Pagefind 1.6 finds "0.2171" and "-0.2171" in the indexed
 * "−0.2171" (it ignores the ASCII sign in a query) but not "−0.2171" itself: that query matched no whole word and fell
 * back to the prefix "−", listing first the pages with the most negative numbers (measured on this site's index).
 * Given as "-", the sign is ignored as ASCII punctuation is.
 *
 * @example
 * pagefindQuery('−0.2171')   // '-0.2171'
 */
export function pagefindQuery(query: string): string {
  return query.replace(/\u2212/g, '-');
}

/**
 * The query as the status line repeats it: whole up to `max` characters (code points, so a Chinese query is not cut
 * inside a character pair), else its first `max − 1` and "…" (reader QA: a pasted 600-character query filled the
 * results panel with its own echo).
 *
 * @example
 * echoedQuery('gradient checking')   // 'gradient checking'
 */
export function echoedQuery(query: string, max = 60): string {
  const chars = Array.from(query);
  return chars.length <= max ? query : `${chars.slice(0, max - 1).join('')}…`;
}
