/** Finds where in the reader's code an error happened, from a stack trace of a `blob:` module. */
import type { CellError } from './protocol';
import { CellSyntaxError } from './prepare';
import type { Lang } from '../i18n/lang';
import { RUNTIME_STRINGS } from './strings';

/**
 * Line and column (1-based, reader's code) of the first stack frame inside the cell module `url`.
 * Line 1 carries the scope prefix, so its column is shifted back by `prefixLength`.
 * @example
 * ```ts
 * errorPosition('Error: x\n    at blob:http://h/abc:3:9', 'blob:http://h/abc', 0); // { line: 3, column: 9 }
 * ```
 */
export function errorPosition(stack: string | undefined, url: string, prefixLength: number, lineCount = Infinity): { line: number; column: number } | null {
  if (!stack) return null;
  const esc = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${esc}:(\\d+):(\\d+)`).exec(stack);
  if (!m) return null;
  const line = Number(m[1]);
  let column = Number(m[2]);
  if (line === 1) column = Math.max(1, column - prefixLength);
  if (line > lineCount) return null; // the appended export line: report without a position
  return { line, column };
}

/**
 * A thrown value as a {@link CellError} for the page.
 * @example
 * ```ts
 * describeError(new TypeError('x is not a function'), 'blob:u', 0, 5).name; // 'TypeError'
 * ```
 */
export function describeError(e: unknown, url: string, prefixLength: number, lineCount: number, lang: Lang = 'en'): CellError {
  if (e instanceof CellSyntaxError) return { name: 'SyntaxError', message: e.message, line: e.line, column: e.column };
  if (e instanceof Error) {
    const pos = errorPosition(e.stack, url, prefixLength, lineCount);
    return { name: e.name, message: e.message, ...(pos ?? {}) };
  }
  return { name: 'Error', message: RUNTIME_STRINGS[lang].uncaughtValue(typeof e === 'string' ? JSON.stringify(e) : String(e)) };
}

/** The name in "x is not defined", if this is such a ReferenceError. */
export function undefinedName(err: CellError): string | null {
  if (err.name !== 'ReferenceError') return null;
  return /^([\w$]+) is not defined/.exec(err.message)?.[1] ?? null;
}
