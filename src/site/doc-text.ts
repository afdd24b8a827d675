import { textToHtml } from '../math/text';

/**
 * Turns a doc comment's text into HTML: `$…$` and `$$…$$` become KaTeX, `` `code` `` becomes <code>,
 * blank lines become paragraphs. Everything else is escaped (`src/math/text.ts`, shared with the exercises).
 */
export function docTextToHtml(text: string): string {
  return textToHtml(text);
}
