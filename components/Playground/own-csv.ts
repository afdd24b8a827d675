/**
 * The reader's own data for the Playground, read: CSV text (x1, x2, label — or a numeric target) read with Papa Parse,
 * checked row by row, classes or regression decided, and summarised for the preview. Pure: no DOM, no clock.
 * Placing the rows on the plot is `own-session.ts`; writing them back out, `own-export.ts`.
 *
 * Limits are checked before the whole text is parsed: more than {@link MAX_BYTES} bytes is refused without parsing,
 * and parsing stops at row {@link MAX_ROWS} + 1.
 */
import Papa from 'papaparse';

/** At most this many data rows (the header and empty lines not counted). */
export const MAX_ROWS = 10_000;
/** At most this many bytes of text (UTF-8), checked before parsing. */
export const MAX_BYTES = 1_000_000;
/** At most this many classes: the plot has four colours and four marker shapes. */
export const MAX_CLASSES = 4;

/** What the last column holds: class labels, a numeric target (regression), or decided from the data. */
export type TaskKind = 'classes' | 'regression';
export type TaskChoice = 'auto' | TaskKind;
export type Column = 0 | 1 | 2;

/** Why one cell of a row is unusable. */
export type Issue =
  | { column: Column; why: 'nan'; text: string }
  | { column: Column; why: 'empty' }
  | { column: Column; why: 'missing' }
  | { why: 'extra'; found: number }
  | { why: 'quotes' };

/** A bad row: its line number in the text (1 = the first line, the header if there is one) and what is wrong. */
export interface BadRow { row: number; issues: Issue[] }

/** A good row: the line it came from, the inputs, and the label text as written. */
export interface GoodRow { row: number; x1: number; x2: number; label: string }

/** Why the data cannot be used at all (beyond single bad rows). */
export type Fatal =
  | { why: 'tooBig'; bytes: number }
  | { why: 'tooManyRows' }
  | { why: 'noRows' }
  | { why: 'tooFewRows'; rows: number }
  | { why: 'oneClass'; label: string }
  | { why: 'tooManyClasses'; count: number; numeric: boolean };

/** Everything the preview shows, and what `toSession` (own-session.ts) needs. */
export interface ParsedData {
  /** Column names: from the header row, or x1, x2, label. */
  columns: [string, string, string];
  hasHeader: boolean;
  /** The delimiter Papa Parse detected (`,`, `;`, tab, `|`). */
  delimiter: string;
  /** Whether some cell was read with a decimal comma (`1,5` as 1.5): only when the columns are separated by `;` or tab. */
  decimalComma: boolean;
  /** Data rows read (header and empty lines not counted). */
  read: number;
  good: GoodRow[];
  bad: BadRow[];
  kind: TaskKind;
  /** Classification: the class names in class order (class k is `classes[k]`), and the rows per class. */
  classes: string[];
  counts: number[];
  /** Regression: the good rows' targets. Classification: the class index of each good row. */
  y: number[];
  /** Smallest and largest value of x1, x2 and y (y: regression only) over the good rows. */
  range: { x1: [number, number]; x2: [number, number]; y: [number, number] };
  fatal: Fatal | null;
  /** Milliseconds spent parsing (for the reader's curiosity and the tests' report). */
  ms?: number;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal comma: digits, one comma, digits (`1,5`, `-0,25`); no point, no thousands separator. */
const COMMA_DECIMAL = /^[+-]?\d*,\d+([eE][+-]?\d+)?$/;

/**
 * A cell as a number: decimal or exponent notation, a true minus sign allowed; NaN for anything else (empty,
 * `0x10`, `Infinity`, `1,5`). With `decimalComma` (a file whose columns are separated by `;` or tab, as European
 * spreadsheets write them), one comma between digits is the decimal point: `1,5` is 1.5; `1.234,5` is still refused.
 * @example cellNumber(' −2.5e1 ') // -25
 * @example cellNumber('-0,25', true) // -0.25
 */
export function cellNumber(text: string, decimalComma = false): number {
  let t = text.trim().replace(/\u2212/g, '-');
  if (decimalComma && COMMA_DECIMAL.test(t)) t = t.replace(',', '.');
  if (!NUMBER.test(t)) return NaN;
  const x = Number(t);
  return Number.isFinite(x) ? x : NaN;
}

/** Whether a file with this delimiter may write decimal commas: the columns are separated by `;` or a tab. */
export const commaDelimiter = (delimiter: string) => delimiter === ';' || delimiter === '\t';

/** UTF-8 length of a text, without encoding it when its length alone decides. */
export function byteLength(text: string): number {
  if (text.length > MAX_BYTES) return text.length * 1; // at least this many bytes: over the limit either way
  return new TextEncoder().encode(text).length;
}

/**
 * Read CSV text: detect the delimiter and an optional header, check every row, decide classes or regression,
 * summarise. Never throws. Stops parsing (and reports `tooManyRows`) at row {@link MAX_ROWS} + 1; refuses text
 * over {@link MAX_BYTES} before parsing.
 * @example
 * ```ts
 * const d = parseCsv('x1,x2,label\n0,0,a\n1,1,b\n');
 * d.kind;    // 'classes'
 * d.classes; // ['a', 'b']
 * ```
 */
export function parseCsv(text: string, choice: TaskChoice = 'auto'): ParsedData {
  const reader = new RowReader();
  const bytes = byteLength(text);
  if (bytes > MAX_BYTES) return reader.result(choice, { why: 'tooBig', bytes });
  Papa.parse<string[]>(text, {
    delimiter: '', // detect among , \t | ; and the record separator
    skipEmptyLines: false, // keep empty lines, so row numbers are line numbers
    step: (res, parser) => { if (!reader.row(res.data, res.errors.length > 0, res.meta.delimiter)) parser.abort(); },
  });
  return reader.result(choice);
}

/**
 * {@link parseCsv} in chunks of `chunkSize` characters, yielding to the event loop between chunks (Papa Parse's
 * pause and resume), so the page stays responsive while a large paste or file is read. Same result as `parseCsv`.
 */
export function parseCsvAsync(text: string, choice: TaskChoice = 'auto', chunkSize = 64 * 1024): Promise<ParsedData> {
  const reader = new RowReader();
  const bytes = byteLength(text);
  if (bytes > MAX_BYTES) return Promise.resolve(reader.result(choice, { why: 'tooBig', bytes }));
  return new Promise((resolve) => {
    let done = false;
    const finish = () => { if (!done) { done = true; resolve(reader.result(choice)); } };
    // Papa Parse streams a string in `chunkSize` pieces and honours pause/resume (its StringStreamer); the type
    // declarations only list `chunk` for files, hence the wider signature here.
    (Papa.parse as (input: string, config: object) => void)(text, {
      delimiter: '',
      skipEmptyLines: false,
      chunkSize,
      chunk: (res: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        const bad = new Set(res.errors.map((e) => e.row));
        for (let i = 0; i < res.data.length; i++) {
          if (!reader.row(res.data[i], bad.has(i), res.meta.delimiter)) { parser.abort(); finish(); return; }
        }
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete: finish,
    });
  });
}

/** The row-by-row part of reading: line numbers, the header, the checks of each row, the row limit. */
class RowReader {
  columns: [string, string, string] = ['x1', 'x2', 'label'];
  good: GoodRow[] = [];
  bad: BadRow[] = [];
  line = 0;
  read = 0;
  hasHeader = false;
  seenFirst = false;
  tooMany = false;
  delimiter = ',';
  decimalComma = false;

  /** A cell as a number, with a decimal comma allowed when the delimiter leaves the comma free (noted when used). */
  number(text: string): number {
    const comma = commaDelimiter(this.delimiter);
    const v = cellNumber(text, comma);
    if (comma && !Number.isNaN(v) && text.includes(',')) this.decimalComma = true;
    return v;
  }

  /** Take one parsed row; false once the row limit is passed (then stop parsing). */
  row(cells: string[], quoteError: boolean, delimiter: string | undefined): boolean {
    this.line++;
    if (delimiter) this.delimiter = delimiter;
    if (cells.length === 0 || (cells.length === 1 && cells[0].trim() === '')) return true; // an empty line
    if (!this.seenFirst) {
      this.seenFirst = true;
      // A header: the first non-empty row where neither x1 nor x2 is a number and one of them is a name ("x1,x2,label",
      // "height,,kind").
      // A first row with one number and one mistyped cell ("0.5,1.2x,a") is data with a fault, named by its line,
      // not a header that would silently drop it and name the columns "0.5" and "1.2x".
      const comma = commaDelimiter(this.delimiter);
      const isNumber = (c: string) => !Number.isNaN(cellNumber(c, comma));
      const named = (c: string) => c.trim() !== '';
      if (cells.length >= 2 && !isNumber(cells[0]) && !isNumber(cells[1]) && (named(cells[0]) || named(cells[1]))) {
        this.hasHeader = true;
        cells.slice(0, 3).forEach((c, k) => { if (c.trim()) this.columns[k as Column] = c.trim(); });
        return true;
      }
    }
    this.read++;
    if (this.read > MAX_ROWS) { this.tooMany = true; return false; }
    // An unclosed quotation mark swallows the rest of the text into one cell: the row's other problems (a cell that
    // is not a number, columns missing) follow from it, so the quote alone is named.
    if (quoteError) { this.bad.push({ row: this.line, issues: [{ why: 'quotes' }] }); return true; }
    const issues: Issue[] = [];
    const x = [cells[0], cells[1]].map((c, k) => {
      if (c === undefined) { issues.push({ column: k as Column, why: 'missing' }); return NaN; }
      const v = this.number(c);
      if (c.trim() === '') issues.push({ column: k as Column, why: 'empty' });
      else if (Number.isNaN(v)) issues.push({ column: k as Column, why: 'nan', text: c.trim() });
      return v;
    });
    const label = cells[2];
    if (label === undefined) issues.push({ column: 2, why: 'missing' });
    else if (label.trim() === '') issues.push({ column: 2, why: 'empty' });
    if (cells.length > 3) issues.push({ why: 'extra', found: cells.length });
    if (issues.length) this.bad.push({ row: this.line, issues });
    else this.good.push({ row: this.line, x1: x[0], x2: x[1], label: label!.trim() });
    return true;
  }

  /** The summary: a fatal reason given, or the limit, or no rows; else classes or regression decided. */
  result(choice: TaskChoice, fatal: Fatal | null = null): ParsedData {
    const base: ParsedData = {
      columns: this.columns, hasHeader: this.hasHeader, delimiter: this.delimiter, decimalComma: this.decimalComma, read: Math.min(this.read, MAX_ROWS),
      good: this.good, bad: this.bad, kind: 'classes', classes: [], counts: [], y: [],
      range: { x1: [0, 0], x2: [0, 0], y: [0, 0] }, fatal,
    };
    if (fatal) return base;
    if (this.tooMany) return { ...base, fatal: { why: 'tooManyRows' } };
    if (this.read === 0) return { ...base, fatal: { why: 'noRows' } };
    return classify(base, choice);
  }
}

/** Decide classes or regression over the good rows, and fill classes, counts, y, range and fatal. */
function classify(d: ParsedData, choice: TaskChoice): ParsedData {
  const comma = commaDelimiter(d.delimiter);
  const number = (label: string) => cellNumber(label, comma);
  const numbers = d.good.map((r) => number(r.label));
  const allNumeric = numbers.every((v) => !Number.isNaN(v));
  const distinct = new Set<number | string>(allNumeric ? numbers : d.good.map((r) => r.label));
  // Numbers are class labels when they are few single-digit whole numbers (0/1, −1/1, 1–4); anything else is a target.
  const looksLikeClasses = !allNumeric || (numbers.every((v) => Number.isInteger(v) && Math.abs(v) <= 9) && distinct.size <= MAX_CLASSES);
  const kind: TaskKind = choice === 'auto' ? (looksLikeClasses ? 'classes' : 'regression') : choice;
  let good = d.good;
  const bad = d.bad.slice();
  if (kind === 'regression' && !allNumeric) {
    // A numeric target was asked for: a label that is not a number makes its row bad (named, not dropped).
    good = [];
    d.good.forEach((r, i) => {
      if (Number.isNaN(numbers[i])) bad.push({ row: r.row, issues: [{ column: 2, why: 'nan', text: r.label }] });
      else good.push(r);
    });
    bad.sort((a, b) => a.row - b.row);
  }
  const span = (v: number[]): [number, number] => (v.length ? [Math.min(...v), Math.max(...v)] : [0, 0]);
  const range = { x1: span(good.map((r) => r.x1)), x2: span(good.map((r) => r.x2)), y: [0, 0] as [number, number] };
  // A numeric label written with a decimal comma counts as one (the note in the preview says they were read so).
  const decimalComma = d.decimalComma || (allNumeric && comma && d.good.some((r) => r.label.includes(',')));
  const out: ParsedData = { ...d, good, bad, kind, range, decimalComma };
  if (good.length < 2) return { ...out, fatal: { why: 'tooFewRows', rows: good.length } };
  if (kind === 'regression') {
    const y = good.map((r) => number(r.label));
    return { ...out, y, range: { ...range, y: span(y) } };
  }
  // Classes in a natural order: numerically when every label is a number, else alphabetically (numbers inside names compared as numbers).
  const key = (r: GoodRow) => (allNumeric ? String(number(r.label)) : r.label);
  const names = [...new Map(good.map((r) => [key(r), r.label])).entries()]
    .sort((a, b) => (allNumeric ? Number(a[0]) - Number(b[0]) : a[0].localeCompare(b[0], 'en', { numeric: true })));
  if (names.length < 2) return { ...out, fatal: { why: 'oneClass', label: names[0]?.[1] ?? '' } };
  if (names.length > MAX_CLASSES) return { ...out, fatal: { why: 'tooManyClasses', count: names.length, numeric: allNumeric } };
  const index = new Map(names.map(([k], i) => [k, i]));
  const y = good.map((r) => index.get(key(r))!);
  const counts = names.map((_, k) => y.filter((c) => c === k).length);
  return { ...out, classes: names.map(([, label]) => label), counts, y };
}
