/**
 * Text edits with a way back: prepare.ts rewrites a cell (scope prefix, imports, `await` operands), and an
 * error's position in the rewritten code must be shown where the reader wrote it. Edits never add or remove
 * a line break of their own, so lines stay put; within a line, columns after an edit move, and
 * {@link Edited.original} moves them back.
 */

/** Replace `source[start, end)` by `text` (an insertion when `start === end`); offsets in the source. */
export interface Edit { start: number; end: number; text: string }

/** A 1-based line and column. */
export interface Position { line: number; column: number }

/** The edited text, and the source position of any of its positions. */
export interface Edited {
  text: string;
  /**
   * Where a position of `text` (1-based) was in the source. Inside inserted or replacing text: the edit's
   * start, the source character the edit stands before. Past the end of a line: clamped to the text.
   */
  original(line: number, column: number): Position;
  /** {@link Edited.original} as an offset in the source. */
  sourceOffset(line: number, column: number): number;
}

/**
 * Applies `edits`, which must not overlap; edits at the same offset are applied in the order given.
 * @throws Error when two edits overlap (a bug in the caller)
 * @example
 * ```ts
 * const e = applyEdits('await x; y.z', [{ start: 6, end: 6, text: 'f(' }, { start: 7, end: 7, text: ')' }]);
 * e.text;              // 'await f(x); y.z'
 * e.original(1, 13);   // { line: 1, column: 10 }: the `.` of `y.z`
 * ```
 */
export function applyEdits(source: string, edits: readonly Edit[]): Edited {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  /** Output pieces: `gen` offset in the text, `src` offset in the source, `copied` true for unchanged text. */
  const pieces: { gen: number; src: number; copied: boolean }[] = [];
  let text = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start) throw new Error(`overlapping edit at ${e.start}`);
    pieces.push({ gen: text.length, src: at, copied: true });
    text += source.slice(at, e.start);
    pieces.push({ gen: text.length, src: e.start, copied: false });
    text += e.text;
    at = e.end;
  }
  pieces.push({ gen: text.length, src: at, copied: true });
  text += source.slice(at);
  const genLines = lineStarts(text);
  const sourceOffset = (line: number, column: number) => {
    const l = Math.min(Math.max(line, 1), genLines.length);
    const lineEnd = l < genLines.length ? genLines[l] - 1 : text.length;
    const gen = Math.min(genLines[l - 1] + Math.max(column, 1) - 1, lineEnd);
    // The piece holding `gen` is the last one starting at or before it (an empty piece ends where it starts).
    let k = pieces.length - 1;
    while (k > 0 && pieces[k].gen > gen) k--;
    const p = pieces[k];
    return p.copied ? p.src + (gen - p.gen) : p.src;
  };
  const toPosition = positionIn(source);
  return { text, sourceOffset, original: (line, column) => toPosition(sourceOffset(line, column)) };
}

/**
 * The line and column (1-based) of an offset in `text`.
 * @example
 * ```ts
 * positionIn('ab\ncd')(4); // { line: 2, column: 2 }
 * ```
 */
export function positionIn(text: string): (offset: number) => Position {
  const starts = lineStarts(text);
  return (offset) => {
    let s = starts.length - 1;
    while (s > 0 && starts[s] > offset) s--;
    return { line: s + 1, column: offset - starts[s] + 1 };
  };
}

/** Offsets where each line of `s` starts. */
function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = 0; i < s.length; i++) if (s[i] === '\n') starts.push(i + 1);
  return starts;
}
