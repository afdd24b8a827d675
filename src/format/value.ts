/**
 * Value formatting for readers: numbers at a readable precision, arrays and matrices as text or tables,
 * objects one level deep. Pure and dependency-free; used by the cell worker (values cannot cross
 * postMessage as-is) and by the exercise checks' messages.
 */

/** A table of already formatted cells with optional row/column headers (math indices). */
export interface TableData { label?: string; columns: string[]; rowNames: string[]; rows: string[][] }

/** Significant digits shown for non-integers. */
export const DIGITS = 6;
/** Array entries shown before "… n more". */
export const MAX_ITEMS = 50;

/**
 * A number in a code cell's output (console, tables, plot labels): integers exactly, others to 6 significant digits,
 * tiny and huge ones in exponent form, ASCII minus as in code. The widgets and lessons use `formatNumber` in
 * `number.ts` instead.
 * @example
 * ```ts
 * formatOutputNumber(0.1 + 0.2); // '0.3'
 * formatOutputNumber(1 / 3);     // '0.333333'
 * formatOutputNumber(1.5e-12);   // '1.5e-12'
 * ```
 */
export function formatOutputNumber(n: number, digits = DIGITS): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (Object.is(n, -0)) return '0';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const a = Math.abs(n);
  if (a >= 1e-4 && a < 1e9) return trimZeros(n.toPrecision(digits));
  return n.toExponential(digits - 1).replace(/\.?0+e/, 'e').replace('e+', 'e');
}

function trimZeros(s: string): string {
  return s.includes('e') || !s.includes('.') ? s : s.replace(/\.?0+$/, '');
}

type Numeric = ArrayLike<number>;

function isNumberList(v: unknown): v is Numeric {
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return true;
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number');
}

/**
 * True for a non-empty array of equally long number arrays (a matrix as rows of columns).
 * @example
 * ```ts
 * isMatrix([[1, 2], [3, 4]]); // true
 * ```
 */
export function isMatrix(v: unknown): v is Numeric[] {
  return Array.isArray(v) && v.length > 0 && isNumberList(v[0])
    && v.every((r) => isNumberList(r) && r.length === (v[0] as Numeric).length);
}

/**
 * Any value as text, the way `console.log` in a cell shows it. Matrices print one row per line.
 * @example
 * ```ts
 * formatValue({ J: 0.2983711087600027 }); // '{ J: 0.298371 }'
 * ```
 */
export function formatValue(v: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): string {
  if (typeof v === 'string') return depth === 0 ? v : JSON.stringify(v);
  if (typeof v === 'number') return formatOutputNumber(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'symbol') return String(v);
  if (typeof v === 'function') return `[function ${v.name || '(anonymous)'}]`;
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  if (seen.has(v)) return '[circular]';
  seen.add(v);
  if (depth === 0 && isMatrix(v)) return matrixText(v);
  if (depth > 3) return Array.isArray(v) ? '[…]' : '{…}';
  if (Array.isArray(v) || ArrayBuffer.isView(v)) {
    const list = Array.from(v as ArrayLike<unknown>);
    const shown = list.slice(0, MAX_ITEMS).map((x) => formatValue(x, depth + 1, seen));
    if (list.length > MAX_ITEMS) shown.push(`… ${list.length - MAX_ITEMS} more`);
    return `[${shown.join(', ')}]`;
  }
  if (v instanceof Map) return `Map(${v.size}) {${[...v].slice(0, MAX_ITEMS).map(([k, x]) => ` ${formatValue(k, depth + 1, seen)} => ${formatValue(x, depth + 1, seen)}`).join(',')} }`;
  if (v instanceof Set) return `Set(${v.size}) {${[...v].slice(0, MAX_ITEMS).map((x) => ' ' + formatValue(x, depth + 1, seen)).join(',')} }`;
  const name = v.constructor && v.constructor !== Object ? `${v.constructor.name} ` : '';
  const entries = Object.entries(v).slice(0, MAX_ITEMS).map(([k, x]) => `${k}: ${formatValue(x, depth + 1, seen)}`);
  return `${name}{ ${entries.join(', ')} }`.replace('{  }', '{}');
}

/** Rows on their own lines, columns aligned on the decimal text width. */
function matrixText(m: Numeric[]): string {
  const cells = m.map((r) => Array.from(r, (x) => formatOutputNumber(x)));
  const widths = cells[0].map((_, j) => Math.max(...cells.map((r) => r[j].length)));
  return cells.map((r) => '[ ' + r.map((c, j) => c.padStart(widths[j])).join('  ') + ' ]').join('\n');
}

/** Options of {@link toTable}. */
export interface TableOptions {
  /** Caption in the lessons' notation, e.g. `Θ(1)` or `δ(3)`. */
  label?: string;
  /** Index of the first row (default 1, as in the math). */
  rowStart?: number;
  /** Index of the first column (default 1; use 0 for Θ, whose column 0 is the bias). */
  colStart?: number;
  /** Significant digits (default 6). */
  digits?: number;
}

/**
 * A matrix, a vector (shown as a column, as in the lessons) or a list of records as table data.
 * @example
 * ```ts
 * toTable([[0.35, 0.15, 0.2]], { label: 'Θ(1)', colStart: 0 }).columns; // ['0', '1', '2']
 * ```
 */
export function toTable(value: unknown, opts: TableOptions = {}): TableData {
  const { label, rowStart = 1, colStart = 1, digits = DIGITS } = opts;
  const fmt = (x: unknown) => (typeof x === 'number' ? formatOutputNumber(x, digits) : formatValue(x, 1));
  let rows: string[][];
  let columns: string[];
  if (isMatrix(value)) {
    rows = value.map((r) => Array.from(r, fmt));
    columns = rows[0].map((_, j) => String(j + colStart));
  } else if (isNumberList(value)) {
    rows = Array.from(value, (x) => [fmt(x)]);
    columns = [String(colStart)];
  } else if (Array.isArray(value) && value.every((r) => r && typeof r === 'object' && !Array.isArray(r))) {
    columns = [...new Set(value.flatMap((r) => Object.keys(r as object)))];
    rows = value.map((r) => columns.map((c) => fmt((r as Record<string, unknown>)[c])));
  } else if (Array.isArray(value) && value.every(Array.isArray)) {
    const width = Math.max(0, ...value.map((r) => (r as unknown[]).length));
    rows = value.map((r) => Array.from({ length: width }, (_, j) => ((r as unknown[])[j] === undefined ? '' : fmt((r as unknown[])[j]))));
    columns = Array.from({ length: width }, (_, j) => String(j + colStart));
  } else if (value && typeof value === 'object') {
    columns = ['value'];
    const entries = Object.entries(value);
    return { label, columns, rowNames: entries.map(([k]) => k), rows: entries.map(([, x]) => [fmt(x)]) };
  } else {
    throw new TypeError(`show.table needs a matrix, a vector or a list of records, got ${formatValue(value, 1)}`);
  }
  return { label, columns, rowNames: rows.map((_, i) => String(i + rowStart)), rows };
}
