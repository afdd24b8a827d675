/**
 * What a cell sees as `console` and `show`: each call becomes an {@link OutItem} for the page.
 * Runs in the worker; `emit` posts the item. Output past {@link MAX_OUTPUT} items per run is dropped
 * with one notice, so a print in a long loop cannot flood the page.
 */
import { formatValue, toTable, type TableOptions } from '../format/value';
import type { Level, OutItem, PlotSeries, PlotSpec } from './protocol';
import type { Lang } from '../i18n/lang';
import { RUNTIME_STRINGS, type RuntimeStrings } from './strings';

/** Items one run may print. */
export const MAX_OUTPUT = 1000;
/** Characters of one printed text sent to the page (the page shows fewer, with "Show all"). */
export const MAX_TEXT = 200_000;

/** Options shared by `show.plot` and `show.scatter`. */
export interface PlotOptions {
  title?: string;
  xLabel?: string;
  yLabel?: string;
  /** Series name (one series) or names (several). */
  label?: string | string[];
  /** For scatter: a class per point (e.g. y of a data set); one series per distinct value. */
  groups?: readonly (number | string)[];
}

/** The display API available to cells as `show` (and `import { show } from "notebook"`). */
export interface Show {
  /** A matrix, vector or list of records as a table, captioned in the lessons' notation: `show.table(Theta, { label: 'Θ(1)', colStart: 0 })`. */
  table(value: unknown, opts?: TableOptions): void;
  /** A line plot: `show.plot(losses)`, `show.plot([[x, y], …])`, `show.plot({ x, y })` or several series. */
  plot(data: unknown, opts?: PlotOptions): void;
  /** A scatter plot of 2-D points, optionally coloured and shaped by `groups`. */
  scatter(points: unknown, opts?: PlotOptions): void;
  /** A formula typeset with KaTeX and the course's macros (`\Th{1}`, `\dl{3}`, …). */
  tex(tex: string, opts?: { display?: boolean }): void;
}

/** What {@link createDisplay} gives a run: the cell's `console` and `show`, and the count of dropped items. */
export interface Display {
  console: Record<Level | 'debug' | 'table', (...args: unknown[]) => void>;
  show: Show;
  /** Items dropped past {@link MAX_OUTPUT} so far. */
  dropped(): number;
}

/** Cuts one text to {@link MAX_TEXT} characters, saying how many were left out. */
export function capText(text: string, max = MAX_TEXT, lang: Lang = 'en'): string {
  return text.length <= max ? text : text.slice(0, max) + RUNTIME_STRINGS[lang].textCut(text.length - max);
}

/** Console and display API writing to `emit`, its notices in `lang`. Past {@link MAX_OUTPUT} items it emits one `notice`, then drops. */
export function createDisplay(emit: (item: OutItem) => void, lang: Lang = 'en'): Display {
  const S = RUNTIME_STRINGS[lang];
  let count = 0;
  const out = (item: OutItem) => {
    count++;
    if (count <= MAX_OUTPUT) emit(item);
    else if (count === MAX_OUTPUT + 1) emit({ kind: 'notice', text: S.outputStopped(MAX_OUTPUT) });
  };
  const log = (level: Level) => (...args: unknown[]) => out({ kind: 'log', level, text: capText(args.map((a) => formatValue(a)).join(' '), MAX_TEXT, lang) });
  const show: Show = {
    table: (value, opts) => out({ kind: 'table', table: toTable(value, opts) }),
    plot: (data, opts = {}) => out({ kind: 'plot', plot: toPlot('line', data, opts, S) }),
    scatter: (points, opts = {}) => out({ kind: 'plot', plot: toPlot('scatter', points, opts, S) }),
    tex: (tex, opts = {}) => out({ kind: 'tex', tex: String(tex), display: opts.display ?? true }),
  };
  return {
    console: { log: log('log'), info: log('info'), warn: log('warn'), error: log('error'), debug: log('log'), table: (v: unknown) => show.table(v) },
    show,
    dropped: () => Math.max(0, count - MAX_OUTPUT),
  };
}

const num = (v: unknown) => Number(v);

/** Reads the many shapes a reader may pass into points. */
function toPoints(data: unknown, S: RuntimeStrings): [number, number][] {
  if (Array.isArray(data) && data.every((v) => typeof v === 'number')) return data.map((y, i) => [i + 1, y]);
  if (Array.isArray(data) && data.every((p) => Array.isArray(p) && p.length >= 2)) return data.map((p) => [num(p[0]), num(p[1])]);
  if (Array.isArray(data) && data.every((p) => p && typeof p === 'object' && 'x' in p && 'y' in p)) return data.map((p) => [num(p.x), num(p.y)]);
  if (data && typeof data === 'object' && 'x' in data && 'y' in data) {
    const { x, y } = data as { x: ArrayLike<number>; y: ArrayLike<number> };
    return Array.from(y, (v, i) => [num(x[i]), num(v)]);
  }
  throw new TypeError(S.plotData);
}

function toPlot(type: PlotSpec['type'], data: unknown, opts: PlotOptions, S: RuntimeStrings): PlotSpec {
  const labels = Array.isArray(opts.label) ? opts.label : opts.label ? [opts.label] : [];
  let series: PlotSeries[];
  const many = Array.isArray(data) && data.length > 0 && data.every((s) => s && typeof s === 'object' && !Array.isArray(s) && ('points' in s || ('x' in s && Array.isArray((s as { x: unknown }).x))));
  if (many) {
    series = (data as { label?: string; points?: unknown }[]).map((s, i) => ({ label: s.label ?? labels[i], points: toPoints(s.points ?? s, S) }));
  } else if (opts.groups) {
    const pts = toPoints(data, S);
    const keys = [...new Set(opts.groups.map(String))];
    series = keys.map((k, i) => ({ label: labels[i] ?? S.group(k), points: pts.filter((_, j) => String(opts.groups![j]) === k) }));
  } else {
    series = [{ label: labels[0], points: toPoints(data, S) }];
  }
  return { type, series, title: opts.title, xLabel: opts.xLabel, yLabel: opts.yLabel };
}
