/** Finds where in the reader's code an error happened, from a stack trace of a `blob:` module. */
import type { CellError } from './protocol';
import { CellSyntaxError } from './prepare';
import type { Position } from './edits';

/** The reader's line and column of a position in the code that ran (prepare.ts: `PreparedCell.original`). */
export type ToReader = (line: number, column: number) => Position;

/** For code that ran as the reader wrote it. */
export const asWritten: ToReader = (line, column) => ({ line, column });
import type { Lang } from '../i18n/lang';
import { RUNTIME_STRINGS } from './strings';

/**
 * Line and column (1-based, reader's code) of the first stack frame inside the cell module `url`: the
 * module's position, moved back past the text the runtime added (the scope prefix, `await` wrappers).
 * @param toReader the prepared cell's `original`
 * @param lineCount the reader's lines; a frame past them is in the appended export line
 * @example
 * ```ts
 * errorPosition('Error: x\n    at blob:http://h/abc:3:9', 'blob:http://h/abc', asWritten); // { line: 3, column: 9 }
 * ```
 */
export function errorPosition(stack: string | undefined, url: string, toReader: ToReader, lineCount = Infinity): Position | null {
  if (!stack) return null;
  const esc = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${esc}:(\\d+):(\\d+)`).exec(stack);
  if (!m) return null;
  const line = Number(m[1]);
  if (line > lineCount) return null; // the appended export line: report without a position
  return toReader(line, Number(m[2]));
}

/**
 * A thrown value as a {@link CellError} for the page.
 * @example
 * ```ts
 * describeError(new TypeError('x is not a function'), 'blob:u', asWritten, 5).name; // 'TypeError'
 * ```
 */
export function describeError(e: unknown, url: string, toReader: ToReader, lineCount: number, lang: Lang = 'en'): CellError {
  if (e instanceof CellSyntaxError) return { name: 'SyntaxError', message: e.message, line: e.line, column: e.column };
  if (e instanceof Error) {
    const pos = errorPosition(e.stack, url, toReader, lineCount);
    return { name: e.name, message: e.message, ...(pos ?? {}) };
  }
  // Not an Error: no "Error" name, and no second "Uncaught" after a late error's prefix (reader QA).
  return { name: RUNTIME_STRINGS[lang].thrownValue, message: typeof e === 'string' ? JSON.stringify(e) : String(e) };
}

/** The name in "x is not defined", if this is such a ReferenceError. */
export function undefinedName(err: CellError): string | null {
  if (err.name !== 'ReferenceError') return null;
  return /^([\w$]+) is not defined/.exec(err.message)?.[1] ?? null;
}
