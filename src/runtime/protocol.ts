/**
 * Messages between the page and the cell worker. Everything here is structured-clone safe (plain data).
 * The page sends one `connect` message with a `MessagePort` to the worker's global scope before any
 * reader code runs; every later message in both directions goes through that port, which reader code
 * cannot reach. So results come only from the runner: a cell calling `postMessage` reaches the worker's
 * global channel, which the page ignores after connecting.
 */
import type { CheckResult } from '../exercises/types';
import type { TableData } from '../format/value';
import type { Lang } from '../i18n/lang';

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
  | { kind: 'checks'; results: CheckResult[] }
  /** Shown where the reader sees it, never folded away (e.g. "output stopped after 1000 items"). */
  | { kind: 'notice'; text: string }
  /** An error thrown after the run ended, in one of its callbacks (shown on the cell that caused it). */
  | { kind: 'error'; error: CellError };

/** An error with its position in the reader's code (1-based), when known. */
export interface CellError {
  name: string; message: string; line?: number; column?: number; hint?: string;
  /** The message reads as a whole heading ("Stopped after 3 s: …"): shown without the name before it. */
  titled?: boolean;
}

/** A cell's source, by id (for "defined in an earlier cell" hints). */
export interface CellSource { id: string; code: string }

/** Page → worker's global scope, once, with the port transferred. */
export interface Connect {
  type: 'connect';
  port: MessagePort;
  /** The page's language: the runtime's messages and the exercises' check messages are written in it. */
  lang?: Lang;
}

/** Page → worker, through the port. */
export type ToWorker =
  | { type: 'run'; runId: number; code: string; above: CellSource[]; quiet?: boolean }
  | { type: 'check'; runId: number; code: string; exercise: string };

/** How a run ended, as the worker reports it. */
export interface Done {
  type: 'done';
  runId: number;
  /** The cell's code (and the checks) ran to the end without throwing. */
  ok: boolean;
  error?: CellError;
  results?: CheckResult[];
  /** Errors thrown later in the run's timer or promise callbacks (the code itself completed). */
  late?: CellError[];
  /** Timers still pending when the run ended; they were cancelled. */
  stoppedTimers?: number;
  /** Output items dropped past the output limit. */
  dropped?: number;
}

/**
 * Worker → page, through the port. `ready` once after start-up (the time limit of a run only counts from
 * then); `started` as soon as a run begins (a worker that does not say so is stuck or dead, not slow);
 * `active` when code of another run than the one last named starts running.
 */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'started'; runId: number }
  /**
   * The code of run `runId` runs now: a promise callback a finished run left behind (owner.ts), or, after one,
   * the run in progress again. If the worker then stops answering, that run's cell is the one to blame.
   */
  | { type: 'active'; runId: number }
  | { type: 'out'; runId: number; item: OutItem }
  | Done;
