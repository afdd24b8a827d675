import { createHash } from 'node:crypto';

/**
 * The API reference in another language than its doc comments'. A translation is kept per paragraph of an entry's
 * summary (paragraphs are separated by a blank line: the doc comment, then one per public member), keyed to the
 * English it translates, so that a doc comment changed later shows up: its paragraph falls back to English on the page
 * (marked `lang="en"`) and the test of the table (components/reference/api-zh.test.ts) fails, naming the export.
 */

/** One export's summary in another language: per paragraph, in order, the key of its English ({@link paragraphKey}) and its text. */
export type TranslatedSummary = readonly (readonly [key: string, text: string])[];

/** An entry's summary split into its paragraphs (blank-line separated), as {@link paragraphKey} keys them. */
export function summaryParagraphs(summary: string): string[] {
  return summary.split('\n\n');
}

/**
 * The key of an English paragraph: the first 10 hex digits of the SHA-256 of its text with runs of white space made
 * one space (so re-wrapping a doc comment changes nothing; changing a word does).
 */
export function paragraphKey(english: string): string {
  return createHash('sha256').update(english.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 10);
}

/**
 * The summary of export `name`, paragraph by paragraph: from `table` where it holds the paragraph's current English
 * (same place, same key), else the English itself with `translated: false`.
 */
export function translateSummary(name: string, summary: string, table: Readonly<Record<string, TranslatedSummary>>): { text: string; translated: boolean }[] {
  const rows = Object.hasOwn(table, name) ? table[name]! : [];
  return summaryParagraphs(summary).map((english, k) => {
    const row = rows[k];
    return row && row[0] === paragraphKey(english) ? { text: row[1], translated: true } : { text: english, translated: false };
  });
}

/**
 * The `//` comments of an example that hold English words (three letters or more), apart from what is code in them: a
 * value shown (`// [0.5, 1]`, `// { gradient: [3, 2] }`, `// true`) or a quoted string (`// → "…"`, `// 'exp'`). What a
 * translated page translates, such as `// 200 noisy points` or `// 4.2e-18 (not 0)`.
 */
export function exampleComments(example: string): string[] {
  const words = (c: string) => /[A-Za-z]{3,}/.test(c.replace(/\{[^{}]*\}|\[[^[\]]*\]|'[^']*'|"[^"]*"|\b(true|false|null|undefined|NaN|Infinity)\b/g, ' ').replace(/\[[^[\]]*\]/g, ' '));
  return [...example.matchAll(/\/\/ ?(.*)$/gm)].map((m) => m[1]!.trim()).filter(words);
}

/** `example` with each comment that `table` translates replaced by its translation. */
export function translateExample(example: string, table: Readonly<Record<string, string>>): string {
  return example.replace(/\/\/ ?(.*)$/gm, (m, text: string) => (Object.hasOwn(table, text.trim()) ? `// ${table[text.trim()]}` : m));
}
