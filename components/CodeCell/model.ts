/** Pure helpers of the code cell: code clean-up, labels and status texts. */
import type { CellError } from '../../src/runtime/protocol';

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

/** The one-line heading of an error: "SyntaxError on line 2, column 11: Unexpected token". */
export function errorTitle(e: CellError): string {
  const where = e.line ? ` on line ${e.line}${e.column ? `, column ${e.column}` : ''}` : '';
  return `${e.name}${where}: ${e.message}`;
}

/** "Run #3 · 12 ms" — the execution order and time, shown next to the cell. */
export function runLabel(count: number | undefined, ms: number): string {
  return `${count ? `Run #${count}` : 'Checked'} · ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

/** Text items longer than this many lines are cut with "Show all". */
export const MAX_LINES = 30;
/** Items shown before "Show N more". */
export const MAX_ITEMS = 40;

/**
 * Splits long text into what is shown and how many lines are hidden.
 * @example
 * ```ts
 * truncateLines('a\nb\nc', 2); // { shown: 'a\nb', hidden: 1 }
 * ```
 */
export function truncateLines(text: string, max = MAX_LINES): { shown: string; hidden: number } {
  const lines = text.split('\n');
  if (lines.length <= max) return { shown: text, hidden: 0 };
  return { shown: lines.slice(0, max).join('\n'), hidden: lines.length - max };
}
