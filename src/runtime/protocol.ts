/** Messages between the page and the cell worker. Everything here is structured-clone safe (plain data). */
import type { CheckResult } from '../exercises/types';
import type { TableData } from '../format/value';

export type { CheckResult, TableData };

/** Console levels, in the order a cell may print them. */
export type Level = 'log' | 'info' | 'warn' | 'error';

/** One series of a plot: points in data coordinates. */
export interface PlotSeries { label?: string; points: [number, number][] }

/** A line or scatter plot, drawn as SVG on the page by {@link plotSvg}. */
export interface PlotSpec {
  type: 'line' | 'scatter';
  series: PlotSeries[];
  title?: string;
  xLabel?: string;
  yLabel?: string;
}


/** One piece of output, in the order the cell produced it. */
export type OutItem =
  | { kind: 'log'; level: Level; text: string }
  | { kind: 'table'; table: TableData }
  | { kind: 'plot'; plot: PlotSpec }
  | { kind: 'tex'; tex: string; display: boolean }
  | { kind: 'checks'; results: CheckResult[] };

/** An error with its position in the reader's code (1-based), when known. */
export interface CellError { name: string; message: string; line?: number; column?: number; hint?: string }

/** A cell's source, by id (for "defined in an earlier cell" hints). */
export interface CellSource { id: string; code: string }

/** Page → worker. */
export type ToWorker =
  | { type: 'run'; runId: number; code: string; above: CellSource[]; quiet?: boolean }
  | { type: 'check'; runId: number; code: string; exercise: string };

/** Worker → page. `ready` once after start-up: the time limit of a run only counts from then. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'out'; runId: number; item: OutItem }
  | { type: 'done'; runId: number; ok: boolean; error?: CellError; results?: CheckResult[] };
