/**
 * The reader's own data for the Playground: CSV text (x1, x2, label — or a numeric target) read with Papa Parse,
 * checked row by row, summarised for a preview, placed on the plot, and written back out (the data as CSV, the
 * trained weights as JSON that works on the raw columns). Pure: no DOM, no clock.
 *
 * Limits are checked before the whole text is parsed: more than {@link MAX_BYTES} bytes is refused without parsing,
 * and parsing stops at row {@link MAX_ROWS} + 1.
 */
import Papa from 'papaparse';
import type { Activation, CostName, Matrix } from 'backprop';
import { networkSpec, type Point } from './model.ts';
import type { Settings } from './settings.ts';

/** At most this many data rows (the header and empty lines not counted). */
export const MAX_ROWS = 10_000;
/** At most this many bytes of text (UTF-8), checked before parsing. */
export const MAX_BYTES = 1_000_000;
/** At most this many classes: the plot has four colours and four marker shapes. */
export const MAX_CLASSES = 4;
/** Half-width of the plotted square the data are mapped into (the same as the built-in XOR set). */
export const OWN_R = 1.5;

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

/** Everything the preview shows, and what {@link toSession} needs. */
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
      // A header: the first non-empty row whose x1 or x2 is not a number.
      const comma = commaDelimiter(this.delimiter);
      if (cells.length >= 2 && (Number.isNaN(cellNumber(cells[0], comma)) || Number.isNaN(cellNumber(cells[1], comma)))
        && !(cells[0].trim() === '' && cells[1].trim() === '')) {
        this.hasHeader = true;
        cells.slice(0, 3).forEach((c, k) => { if (c.trim()) this.columns[k as Column] = c.trim(); });
        return true;
      }
    }
    this.read++;
    if (this.read > MAX_ROWS) { this.tooMany = true; return false; }
    const issues: Issue[] = [];
    if (quoteError) issues.push({ why: 'quotes' });
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

/** Affine map of one axis into the plot: internal = (raw − centre) · scale. */
export interface Axis { centre: number; scale: number }

/** How the data sit on the plot and in the network, and how to go back. */
export interface Layout {
  x1: Axis; x2: Axis;
  /** Regression: the target's map to [−1, 1] (internal = (y − centre) · scale); identity for classes. */
  y: Axis;
}

/**
 * The axes' maps: each input's range (padded by 10% each side) onto [−{@link OWN_R}, {@link OWN_R}], so the
 * points fill the plot and a tanh network sees inputs of order 1; a regression target's range onto [−1, 1].
 * A column with one value is centred with scale 1.
 * @example layoutFor({ x1: [0, 10], x2: [-1, 1], y: [0, 0] }, 'classes').x1 // { centre: 5, scale: 1.5 / 5.5 }
 */
export function layoutFor(range: ParsedData['range'], kind: TaskKind): Layout {
  const axis = ([lo, hi]: [number, number], half: number, pad: number): Axis => {
    const h = ((hi - lo) / 2) * pad;
    return { centre: (lo + hi) / 2, scale: h > 0 ? half / h : 1 };
  };
  return {
    x1: axis(range.x1, OWN_R, 1.1),
    x2: axis(range.x2, OWN_R, 1.1),
    y: kind === 'regression' ? axis(range.y, 1, 1) : { centre: 0, scale: 1 },
  };
}

/** The inverse of an axis map: internal value back to the reader's units. */
export const toRaw = (a: Axis, v: number) => v / a.scale + a.centre;
/** An axis map: a value in the reader's units to the plot's (internal) coordinates; {@link toRaw} undoes it. */
export const toInternal = (a: Axis, v: number) => (v - a.centre) * a.scale;

/** Whether a plot coordinate lies on the plotted square (with room for rounding at its edges, where a typed edge value lands). */
export const onPlot = (v: number) => Math.abs(v) <= OWN_R * (1 + 1e-9);

/**
 * A point typed in the reader's units (the point form), on the plot: its plot coordinates, and whether it lies within
 * the plotted range ({@link OwnSession.view}).
 * @example plotPoint(toSession(parseCsv('0,0,a\n10,10,b\n'), s), 5, 5) // { x1: 0, x2: 0, inside: true }
 */
export function plotPoint(own: Pick<OwnSession, 'layout'>, u1: number, u2: number): { x1: number; x2: number; inside: boolean } {
  const x1 = toInternal(own.layout.x1, u1), x2 = toInternal(own.layout.x2, u2);
  return { x1, x2, inside: onPlot(x1) && onPlot(x2) };
}

/** Everything the Playground holds while it trains on the reader's data. */
export interface OwnSession {
  kind: TaskKind;
  columns: [string, string, string];
  /** Class names (classification), in class order. */
  classes: string[];
  layout: Layout;
  /** The reader's original row for every point made from one (exact export, not a round trip through the map). */
  raw: WeakMap<Point, { x1: number; x2: number; label: string }>;
  /** The plotted points (internal coordinates; `label` is the class, or the scaled target for regression). */
  points: Point[];
  /** The text range of the axes, in the reader's units: [low, high] of x1 and x2 as plotted. */
  view: { x1: [number, number]; x2: [number, number] };
}

/**
 * A session from parsed data (its good rows only): the layout, and the points split into training and test by a
 * seeded shuffle (the same `testFraction` and `dataSeed` as the built-in sets; no test row when there are fewer than 5).
 * @example toSession(parseCsv('0,0,a\n1,1,b\n'), { testFraction: 0.2, dataSeed: 1 }).points.length // 2
 */
export function toSession(d: ParsedData, s: Pick<Settings, 'testFraction' | 'dataSeed'>): OwnSession {
  const layout = layoutFor(d.range, d.kind);
  const m = d.good.length;
  const order = seededOrder(m, s.dataSeed);
  const nTest = m < 5 ? 0 : Math.min(m - 1, Math.max(1, Math.round(m * s.testFraction)));
  const isTest = new Uint8Array(m);
  for (let k = 0; k < nTest; k++) isTest[order[k]] = 1;
  const raw = new WeakMap<Point, { x1: number; x2: number; label: string }>();
  const points = d.good.map((r, i) => {
    const p: Point = {
      x1: toInternal(layout.x1, r.x1), x2: toInternal(layout.x2, r.x2),
      label: d.kind === 'regression' ? toInternal(layout.y, d.y[i]) : d.y[i], test: isTest[i] === 1,
    };
    // A target written with a decimal comma is kept as the number, so the exported (comma-separated) CSV reads back.
    const label = d.kind === 'regression' && r.label.includes(',') ? String(d.y[i]) : r.label;
    raw.set(p, { x1: r.x1, x2: r.x2, label });
    return p;
  });
  const view = (a: Axis): [number, number] => [toRaw(a, -OWN_R), toRaw(a, OWN_R)];
  return { kind: d.kind, columns: d.columns, classes: d.classes, layout, raw, points, view: { x1: view(layout.x1), x2: view(layout.x2) } };
}

/** A permutation of 0..m−1 from a small seeded generator (mulberry32), so a split is reproducible. */
function seededOrder(m: number, seed: number): number[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: m }, (_, i) => i);
  for (let i = m - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** The network for a session: classes as the built-in sets (sigmoid or softmax), a numeric target with one linear unit and squared error. */
export function ownSpec(s: Settings, own: OwnSession): { sizes: number[]; hidden: Activation[]; output: Activation; cost: CostName } {
  if (own.kind === 'regression') return { sizes: [2, ...s.hidden, 1], hidden: s.activation.slice(), output: 'linear', cost: 'squared-error' };
  return networkSpec({ ...s, dataset: 'blobs', classes: own.classes.length });
}

/** How many classes the plot draws: the session's classes, or two (below and above the middle) for a target. */
export function drawnClasses(own: OwnSession): number {
  return own.kind === 'regression' ? 2 : own.classes.length;
}

/**
 * The points as the plot draws them: for a numeric target, class 0 (circle) below the middle of the target's range
 * and class 1 (square) at or above it; classes as they are.
 */
export function drawnPoints(own: OwnSession | null, points: Point[]): Point[] {
  if (!own || own.kind !== 'regression') return points;
  return points.map((p) => ({ ...p, label: p.label >= 0 ? 1 : 0 }));
}

/** A point in the reader's units, with its label text: exactly the row read, or mapped back for a point added on the plot. */
export function rawPoint(own: OwnSession | null, p: Point): { x1: number; x2: number; label: string } {
  const r = own?.raw.get(p);
  if (r) return r;
  if (!own) return { x1: p.x1, x2: p.x2, label: String(p.label) };
  const label = own.kind === 'regression' ? String(toRaw(own.layout.y, p.label)) : (own.classes[p.label] ?? String(p.label));
  return { x1: toRaw(own.layout.x1, p.x1), x2: toRaw(own.layout.x2, p.x2), label };
}

/**
 * The points as CSV (Papa Parse's `unparse`): a header row and one row per point, in the reader's units;
 * reading it back with {@link parseCsv} gives the same rows.
 * @example dataCsv(null, [{ x1: 0.5, x2: -1, label: 1, test: false }]) // "x1,x2,label\r\n0.5,-1,1"
 */
export function dataCsv(own: OwnSession | null, points: readonly Point[]): string {
  const fields = own ? own.columns.slice() : ['x1', 'x2', 'label'];
  const data = points.map((p) => { const r = rawPoint(own, p); return [r.x1, r.x2, r.label]; });
  return Papa.unparse({ fields, data });
}

/** The weights file: what `Network.fromWeights(w.weights, w)` needs, plus what the columns and outputs mean. */
export interface WeightsFile {
  sizes: number[];
  hidden: Activation[];
  output: Activation;
  cost: CostName;
  /** weights[l − 1] is Θ(l): one row per unit of layer l + 1, column 0 the bias. */
  weights: Matrix[];
  /** The input columns, in order (x1, x2 of the file). */
  inputs: [string, string];
  /** Classification: output class k is `classes[k]` (one sigmoid unit: the probability of `classes[1]`). */
  classes?: string[];
  /** Regression: the target's column name; the output is in its units. */
  target?: string;
}

/**
 * Weights that work on the reader's raw columns: the input map is folded into Θ(1) (bias and columns), the
 * target's map into the last Θ for a linear output, so `Network.fromWeights(file.weights, file)` applied to raw
 * (x1, x2) gives exactly what the trained network gives on the mapped inputs (up to rounding).
 * @example weightsFile(null, spec, [[[0, 1, 1]]]).weights // [[[0, 1, 1]]] (built-in data: no map)
 */
export function weightsFile(own: OwnSession | null, spec: { sizes: number[]; hidden: Activation[]; output: Activation; cost: CostName }, weights: Matrix[]): WeightsFile {
  const W = weights.map((M) => M.map((row) => row.slice()));
  if (own) {
    const a = [own.layout.x1, own.layout.x2];
    for (const row of W[0]) {
      for (let j = 1; j <= 2; j++) {
        row[0] -= row[j] * a[j - 1].scale * a[j - 1].centre;
        row[j] *= a[j - 1].scale;
      }
    }
    if (own.kind === 'regression') {
      const y = own.layout.y, last = W[W.length - 1];
      for (const row of last) {
        for (let j = 0; j < row.length; j++) row[j] /= y.scale;
        row[0] += y.centre;
      }
    }
  }
  const file: WeightsFile = {
    sizes: spec.sizes.slice(), hidden: spec.hidden.slice(), output: spec.output, cost: spec.cost, weights: W,
    inputs: own ? [own.columns[0], own.columns[1]] : ['x1', 'x2'],
  };
  if (own?.kind === 'regression') file.target = own.columns[2];
  else file.classes = own ? own.classes.slice() : Array.from({ length: spec.sizes[spec.sizes.length - 1] === 1 ? 2 : spec.sizes[spec.sizes.length - 1] }, (_, k) => String(k));
  return file;
}

/**
 * The fitted surface of a numeric target: each output (the scaled target, about −1 … 1) coloured from the background
 * towards `low` below 0 and towards `high` above 0, by |value| (capped at 1). A non-finite output stays background.
 * @example
 * ```ts
 * const out = new Uint8ClampedArray(4);
 * paintValues([[1]], [0, 0, 255], [255, 0, 0], [255, 255, 255], out, 1); // out = [255, 0, 0, 255]
 * ```
 */
export function paintValues(outputs: Matrix, low: readonly number[], high: readonly number[], bg: readonly number[], out: Uint8ClampedArray, strength = 0.7): void {
  for (let i = 0; i < outputs.length; i++) {
    const v = outputs[i][0], o = 4 * i;
    const ok = Number.isFinite(v);
    const col = ok && v >= 0 ? high : low;
    const t = ok ? strength * Math.min(1, Math.abs(v)) : 0;
    for (let c = 0; c < 3; c++) out[o + c] = bg[c] + (col[c] - bg[c]) * t;
    out[o + 3] = 255;
  }
}

/**
 * The trained weights as a JSON text for download: {@link weightsFile} for the network the settings (and the session)
 * describe, indented one space.
 */
export function weightsJson(own: OwnSession | null, s: Settings, weights: Matrix[]): string {
  return JSON.stringify(weightsFile(own, own ? ownSpec(s, own) : networkSpec(s), weights), null, 1);
}
