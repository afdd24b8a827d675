/** Pure helpers of the code cell: code clean-up, labels and status texts. */
import type { CellError } from '../../src/runtime/protocol';
import type { Lang } from '../../src/i18n/lang';
import { CELL_STRINGS } from './strings';

/**
 * Removes the blank first/last lines and common indentation a template-literal prop brings along.
 * @example
 * ```ts
 * dedent('\n    const a = 1;\n      a;\n  '); // 'const a = 1;\n  a;'
 * ```
 */
export function dedent(code: string): string {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

/**
 * The page part of storage keys: the URL path without the site base and slashes (`lessons/notation`).
 * @example
 * ```ts
 * pageIdOf('/backprop/lessons/notation/', '/backprop/'); // 'lessons/notation'
 * ```
 */
export function pageIdOf(pathname: string, base = '/'): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return rest.replace(/^\/+|\/+$/g, '') || 'home';
}

/**
 * The one-line heading of an error, in the page's language.
 * @example
 * ```ts
 * errorTitle({ name: 'SyntaxError', message: 'Unexpected token', line: 2, column: 11 });       // 'SyntaxError on line 2, column 11: Unexpected token'
 * errorTitle({ name: 'SyntaxError', message: 'Unexpected token', line: 2, column: 11 }, 'zh'); // 'SyntaxError（第 2 行，第 11 列）：这里不应出现这个符号（Unexpected token）'
 * errorTitle({ name: 'Stopped', message: 'Stopped after 3 s: …', titled: true }); // 'Stopped after 3 s: …'
 * ```
 */
export function errorTitle(e: CellError, lang: Lang = 'en'): string {
  if (e.titled) return e.message;
  return CELL_STRINGS[lang].errorTitle(e.name, e.message, e.line, e.column);
}

/**
 * Whether two errors read the same: same name (with its "Uncaught …" prefix), message, hint and position. An interval
 * that throws reports the same error on every tick; the output shows these once, with a count (output.ts).
 * @example
 * ```ts
 * sameError({ name: 'Error', message: 'iv', line: 10, column: 27 }, { name: 'Error', message: 'iv', line: 10, column: 27 }); // true
 * sameError({ name: 'Error', message: 'iv', line: 10 }, { name: 'Error', message: 'iv', line: 11 });                         // false
 * ```
 */
export function sameError(a: CellError, b: CellError): boolean {
  return a.name === b.name && a.message === b.message && a.line === b.line && a.column === b.column
    && a.hint === b.hint && !!a.titled === !!b.titled;
}

/**
 * "Run #3 · 12 ms" — the execution order and time, shown next to the cell; an exercise (no `count`) says "Checked", or
 * "Not checked" when `checksRan` is false (its code threw before any check ran).
 */
export function runLabel(count: number | undefined, ms: number, lang: Lang = 'en', checksRan = true): string {
  const S = CELL_STRINGS[lang];
  return `${count ? S.runCount(count) : checksRan ? S.checked : S.notChecked} · ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

/** Text items longer than this many lines are cut with "Show all". */
export const MAX_LINES = 30;
/** Text items longer than this many characters (e.g. one huge line) are cut with "Show all". */
export const MAX_CHARS = 5_000;
/** Items shown before "Show N more". */
export const MAX_ITEMS = 40;

/**
 * Splits long text into what is shown and what is hidden: first at `maxLines` lines, then at `maxChars`
 * characters. `unit` says which cut applied.
 * @example
 * ```ts
 * truncateLines('a\nb\nc', 2);          // { shown: 'a\nb', hidden: 1, unit: 'lines' }
 * truncateLines('x'.repeat(10), 9, 4);  // { shown: 'xxxx', hidden: 6, unit: 'chars' }
 * ```
 */
export function truncateLines(text: string, maxLines = MAX_LINES, maxChars = MAX_CHARS): { shown: string; hidden: number; unit: 'lines' | 'chars' } {
  const lines = text.split('\n');
  if (lines.length > maxLines) {
    const shown = lines.slice(0, maxLines).join('\n');
    if (shown.length <= maxChars) return { shown, hidden: lines.length - maxLines, unit: 'lines' };
  }
  if (text.length <= maxChars) return { shown: text, hidden: 0, unit: 'lines' };
  return { shown: text.slice(0, maxChars), hidden: text.length - maxChars, unit: 'chars' };
}
