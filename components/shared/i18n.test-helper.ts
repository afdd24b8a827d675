/**
 * Helpers for the widgets' language tests: what a reader sees (or hears) in rendered HTML, and which English words
 * of a string table leak into a Chinese render. Test-only (not shipped; see tests/unit/architecture.test.ts).
 */
import { type ComponentChild } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Attributes a reader hears or sees on hover. */
const READER_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'alt', 'placeholder'];

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');

/**
 * The reader-facing text of rendered HTML: text nodes plus the attributes a reader hears or sees, without KaTeX's TeX
 * source (`<annotation>`), scripts and styles. Joined with newlines, one piece per line.
 */
export function readerText(html: string): string {
  const attrs = [...html.matchAll(/\s([\w-]+)="([^"]*)"/g)].filter((m) => READER_ATTRIBUTES.includes(m[1]!)).map((m) => decode(m[2]!));
  const body = html.replace(/<annotation[\s\S]*?<\/annotation>|<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '');
  const text = body.split(/<[^>]*>/).map((t) => decode(t).trim()).filter((t) => t !== '');
  return [...text, ...attrs].join('\n');
}

/** Render a Preact element and return its reader-facing text. */
export function renderText(el: ComponentChild): string {
  return readerText(renderToString(el as never));
}

/**
 * Words that may appear in either language: names of functions and keys the Chinese also writes in Latin letters
 * (docs/zh-terms.md keeps sigmoid, tanh, ReLU, softmax; "Enter" is the key's name; JavaScript is a proper noun).
 */
export const SHARED_WORDS = new Set(['log', 'exp', 'tanh', 'sigmoid', 'relu', 'softmax', 'pow', 'enter', 'javascript', 'max']);

/** Every English word (three letters or more) of a string table, calling each function with placeholder arguments. */
export function tableWords(table: object): Set<string> {
  const out = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') for (const w of v.match(/[A-Za-z]{3,}/g) ?? []) out.add(w.toLowerCase());
    else if (typeof v === 'function') visit((v as (...a: unknown[]) => unknown)(...Array.from({ length: v.length }, () => '1')));
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(table);
  for (const w of SHARED_WORDS) out.delete(w);
  return out;
}

/** The Latin words (three letters or more) of `text` that are not in {@link SHARED_WORDS}: English left in a Chinese render. */
export function latinWords(text: string): string[] {
  return [...new Set((text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !SHARED_WORDS.has(w.toLowerCase())))];
}

/** Words of the English table that appear in `text` as whole words. */
export function leakedWords(text: string, englishTable: object): string[] {
  const found = new Set((text.match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase()));
  return [...tableWords(englishTable)].filter((w) => found.has(w));
}
