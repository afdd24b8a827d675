/**
 * The page side of a notebook: one worker shared by the page's cells, a queue so cells run one at a
 * time, the time limit, and state restoration. Without cross-origin isolation the only hard stop for a
 * runaway cell is `worker.terminate()`, which loses the worker's state; so the notebook remembers which
 * cells ran (latest code, in order) and replays them quietly into a fresh worker.
 */
import type { CellError, CellSource, FromWorker, OutItem, ToWorker } from './protocol';
import type { CheckResult } from '../exercises/types';

/** Time limit for replaying a cell during restoration, in ms. */
export const RESTORE_TIMEOUT = 10_000;
/** How long a fresh worker may take to load (download + parse) before a run fails; not part of a run's limit. */
export const STARTUP_TIMEOUT = 60_000;

/** A request to run a cell (or an exercise's checks). */
export interface RunRequest {
  cellId: string;
  code: string;
  /** Time limit in ms. */
  timeout: number;
  /** Earlier cells on the page, for "defined in a cell above that has not run" hints. */
  above?: CellSource[];
  /** Run the checks of this exercise instead of a notebook cell. */
  exercise?: string;
  onItem?: (item: OutItem) => void;
}

/** How a run ended. */
export interface RunResult {
  ok: boolean;
  error?: CellError;
  results?: CheckResult[];
  /** Execution count (1, 2, …) of a notebook run, as shown next to the cell. */
  count?: number;
  /** True when the time limit stopped it. */
  timedOut?: boolean;
  /** Milliseconds from posting the cell to its result. */
  ms: number;
}

type Done = Extract<FromWorker, { type: 'done' }>;

/**
 * @example
 * ```ts
 * const nb = new Notebook(spawnWorker);
 * const r = await nb.run({ cellId: 'a', code: 'console.log(1)', timeout: 3000, onItem: render });
 * ```
 */
export class Notebook {
  private worker: Worker | null = null;
  private ready: Promise<boolean> = Promise.resolve(false);
  private readonly history = new Map<string, string>();
  private count = 0;
  private nextId = 1;
  private lost = false;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly waiting = new Map<number, { onItem?: (i: OutItem) => void; resolve: (d: Done) => void }>();

  constructor(private readonly spawn: () => Worker, private readonly now: () => number = () => performance.now()) {}

  /** True when this cell ran successfully since the last restart. */
  hasRun(cellId: string): boolean {
    return this.history.has(cellId);
  }

  /** Queues a run; resolves when it finished, failed or was stopped. */
  run(req: RunRequest): Promise<RunResult> {
    const p = this.chain.then(() => this.exec(req));
    this.chain = p.catch(() => undefined);
    return p;
  }

  /** Starts the worker ahead of the first Run (called when the reader opens an editor). */
  warm(): void {
    if (!this.lost) this.ensure();
  }

  /** Clears all state: a fresh worker, no cells run, the count back to 0. */
  restart(): void {
    this.kill();
    this.history.clear();
    this.count = 0;
    this.lost = false;
  }

  private kill(): void {
    this.worker?.terminate();
    this.worker = null;
    this.waiting.clear();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = this.spawn();
    let started: (ok: boolean) => void = () => {};
    this.ready = new Promise((resolve) => { started = resolve; setTimeout(() => resolve(false), STARTUP_TIMEOUT); });
    w.addEventListener('message', (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'ready') return started(true);
      const entry = this.waiting.get(m.runId);
      if (!entry) return;
      if (m.type === 'out') entry.onItem?.(m.item);
      else { this.waiting.delete(m.runId); entry.resolve(m); }
    });
    w.addEventListener('error', (e) => {
      e.preventDefault();
      started(false);
      if (this.waiting.size === 0) return;
      for (const [id, entry] of this.waiting) entry.resolve({ type: 'done', runId: id, ok: false, error: { name: 'Error', message: `The code runner failed to start: ${e.message || 'unknown error'}` } });
      this.waiting.clear();
    });
    this.worker = w;
    return w;
  }

  /** Posts one message; resolves with its result or null when the time limit killed the worker. */
  private async send(msg: ToWorker, timeout: number, onItem?: (i: OutItem) => void): Promise<Done | null> {
    const w = this.ensure();
    if (!(await this.ready)) {
      this.kill();
      return { type: 'done', runId: msg.runId, ok: false, error: { name: 'Error', message: 'The code runner did not start. Reload the page to try again.' } };
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.kill(); this.lost = true; resolve(null); }, timeout);
      this.waiting.set(msg.runId, { onItem, resolve: (d) => { clearTimeout(timer); resolve(d); } });
      w.postMessage(msg);
    });
  }

  /** Replays the cells that had run into a fresh worker, without output. */
  private async restore(): Promise<void> {
    while (this.lost) {
      this.lost = false;
      for (const [cellId, code] of [...this.history]) {
        const d = await this.send({ type: 'run', runId: this.nextId++, code, above: [], quiet: true }, RESTORE_TIMEOUT);
        if (!d) { this.history.delete(cellId); break; } // it hung this time: drop it and replay the rest afresh
        if (!d.ok) this.history.delete(cellId);
      }
    }
  }

  private async exec(req: RunRequest): Promise<RunResult> {
    await this.restore();
    const start = this.now();
    const runId = this.nextId++;
    const msg: ToWorker = req.exercise
      ? { type: 'check', runId, code: req.code, exercise: req.exercise }
      : { type: 'run', runId, code: req.code, above: req.above ?? [] };
    const d = await this.send(msg, req.timeout, req.onItem);
    const ms = this.now() - start;
    if (!d) {
      const s = req.timeout / 1000;
      return {
        ok: false, timedOut: true, ms,
        error: { name: 'Stopped', message: `Stopped after ${s} s: the code was still running (an endless loop?). The notebook's state was restored from the cells that had run.` },
      };
    }
    if (req.exercise) return { ok: d.ok, error: d.error, results: d.results, ms };
    const count = ++this.count;
    if (d.ok) {
      this.history.delete(req.cellId);
      this.history.set(req.cellId, req.code);
    }
    return { ok: d.ok, error: d.error, count, ms };
  }
}
