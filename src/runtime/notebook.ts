/**
 * The page side of a notebook: one worker shared by the page's cells, a queue so cells run one at a
 * time, the time limit, and state restoration. Without cross-origin isolation the only hard stop for a
 * runaway cell is `worker.terminate()`, which loses the worker's state; so the notebook remembers which
 * cells ran (latest code, in order) and replays them quietly into a fresh worker.
 *
 * Blame: the worker says `started` the moment a run begins. If it stays silent for {@link ACK_TIMEOUT},
 * it is stuck in (or was killed by) something an earlier run left behind, so the run that finished last
 * is the culprit: it is dropped from the replay, the worker is replaced, and the innocent run is sent
 * again. The time limit itself only counts after `started`, so it always stops the cell that is running.
 * Code left behind by a finished run (a promise callback) is announced by the worker with `active` before it
 * runs (owner.ts): from then on its cell is the suspect; and when the time limit ends while the worker says
 * another run's callback is running, that cell is blamed and the running cell is sent again to a fresh worker.
 */
import type { CellError, CellSource, Connect, Done, FromWorker, OutItem, ToWorker } from './protocol';
import type { CheckResult } from '../exercises/types';
import type { Lang } from '../i18n/lang';
import { RUNTIME_STRINGS, type RuntimeStrings } from './strings';

/** Time limit for replaying a cell during restoration, in ms. */
export const RESTORE_TIMEOUT = 10_000;
/** How long a fresh worker may take to load (download + parse) before a run fails; not part of a run's limit. */
export const STARTUP_TIMEOUT = 60_000;
/** How long an idle, healthy worker may take to say a run `started`, in ms. */
export const ACK_TIMEOUT = 3_000;

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
  /** Each output item, also items that arrive after the run ended (late errors). */
  onItem?: (item: OutItem) => void;
}

/** How a run ended. */
export interface RunResult {
  ok: boolean;
  error?: CellError;
  results?: CheckResult[];
  /** Errors thrown in the run's callbacks after its code returned. */
  late?: CellError[];
  /** Timers that were still pending when the run ended (they were cancelled). */
  stoppedTimers?: number;
  /** Output items dropped past the output limit. */
  dropped?: number;
  /** Execution count (1, 2, …) of a notebook run, as shown next to the cell. */
  count?: number;
  /** True when the time limit stopped it. */
  timedOut?: boolean;
  /** True when the worker did not answer this run even after a restart (its error says so; it may have run partly). */
  unanswered?: boolean;
  /**
   * Set when the worker had stopped answering before this run (because of code left running by an
   * earlier run, or a closed worker): the id of that earlier run's cell, which was dropped from the
   * replay, or null if unknown. This run was then sent again to a fresh worker.
   */
  recoveredFrom?: string | null;
  /** Milliseconds from posting the cell to its result. */
  ms: number;
}

/** What `send` can end with. */
type Outcome = Done | 'timeout' | 'stuck';

/**
 * @example
 * ```ts
 * const nb = new Notebook(spawnWorker);
 * const r = await nb.run({ cellId: 'a', code: 'console.log(1)', timeout: 3000, onItem: render });
 * ```
 */
export class Notebook {
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private ready: Promise<boolean> = Promise.resolve(false);
  private readonly history = new Map<string, string>();
  private count = 0;
  private nextId = 1;
  private lost = false;
  /**
   * Cell whose code ran last in the current worker: the run that finished last, or a finished run whose callback
   * the worker said is running (the suspect if the worker then goes silent).
   */
  private lastFinished: string | null = null;
  /** The cell blamed for the last 'stuck' outcome of {@link send}. */
  private culprit: string | null = null;
  /** Cell of each run sent to the current worker, for its `active` messages (bounded). */
  private readonly cellOf = new Map<number, string>();
  /** The run whose code the worker last said is running (`started` or `active`). */
  private running: number | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly waiting = new Map<number, { onItem?: (i: OutItem) => void; started: () => void; resolve: (o: Outcome) => void }>();
  /** Output callbacks of finished runs, for errors their callbacks throw later (bounded). */
  private readonly finished = new Map<number, (i: OutItem) => void>();
  /** The runtime's messages in the page's language. */
  private readonly S: RuntimeStrings;

  /**
   * @param spawn starts a worker (spawn.ts in the browser, a fake in tests)
   * @param now clock in ms
   * @param channel makes the page ↔ worker channel
   * @param lang the page's language: the notebook's and the worker's messages are written in it
   */
  constructor(
    private readonly spawn: () => Worker,
    private readonly now: () => number = () => performance.now(),
    private readonly channel: () => MessageChannel = () => new MessageChannel(),
    private readonly lang: Lang = 'en',
  ) {
    this.S = RUNTIME_STRINGS[lang];
  }

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
    this.port?.close();
    this.worker = null;
    this.port = null;
    this.lastFinished = null;
    this.running = null;
    this.cellOf.clear();
    this.waiting.clear();
    this.finished.clear();
  }

  private ensure(): MessagePort {
    if (this.port) return this.port;
    const w = this.spawn();
    const { port1, port2 } = this.channel();
    let started: (ok: boolean) => void = () => {};
    this.ready = new Promise((resolve) => { started = resolve; setTimeout(() => resolve(false), STARTUP_TIMEOUT); });
    // Only the port speaks for the worker; whatever reader code posts to the worker's global channel is ignored.
    port1.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data, started);
    w.addEventListener('error', (e) => {
      e.preventDefault();
      started(false);
      for (const [id, entry] of this.waiting) entry.resolve({ type: 'done', runId: id, ok: false, error: { name: this.S.errorName, message: this.S.startFailed(e.message) } });
      this.waiting.clear();
    });
    w.postMessage({ type: 'connect', port: port2, lang: this.lang } satisfies Connect, [port2]);
    this.worker = w;
    this.port = port1;
    return port1;
  }

  private receive(m: FromWorker, started: (ok: boolean) => void): void {
    if (m.type === 'ready') return started(true);
    if (m.type === 'active') {
      this.running = m.runId;
      const cell = this.cellOf.get(m.runId);
      if (cell !== undefined && !this.waiting.has(m.runId)) this.lastFinished = cell;
      return;
    }
    const entry = this.waiting.get(m.runId);
    if (!entry) {
      if (m.type === 'out' && m.item.kind === 'error') this.finished.get(m.runId)?.(m.item);
      return;
    }
    if (m.type === 'started') entry.started();
    else if (m.type === 'out') entry.onItem?.(m.item);
    else {
      this.waiting.delete(m.runId);
      // Here, not when `send` resumes: an `active` message right behind `done` must not be overwritten.
      this.lastFinished = this.cellOf.get(m.runId) ?? null;
      entry.resolve(m);
    }
  }

  /** Posts one message to the worker and waits for its end, its time limit, or its silence. */
  private async send(msg: ToWorker, cellId: string, timeout: number, onItem?: (i: OutItem) => void): Promise<Outcome> {
    const port = this.ensure();
    if (!(await this.ready)) {
      this.kill();
      return { type: 'done', runId: msg.runId, ok: false, error: { name: this.S.errorName, message: this.S.noStart } };
    }
    this.cellOf.set(msg.runId, cellId);
    if (this.cellOf.size > 200) this.cellOf.delete(this.cellOf.keys().next().value!);
    let outcome = await new Promise<Outcome>((resolve) => {
      let timer = setTimeout(() => resolve('stuck'), ACK_TIMEOUT);
      const started = () => { this.running = msg.runId; clearTimeout(timer); timer = setTimeout(() => resolve('timeout'), timeout); };
      this.waiting.set(msg.runId, { onItem, started, resolve: (o) => { clearTimeout(timer); resolve(o); } });
      port.postMessage(msg);
    });
    // Out of time while a finished run's callback was running (the worker said so, and not that this run was back).
    const other = outcome === 'timeout' && this.running !== null && this.running !== msg.runId ? this.cellOf.get(this.running) : undefined;
    if (other !== undefined) {
      this.lastFinished = other;
      outcome = 'stuck';
    }
    if (typeof outcome === 'string') {
      this.culprit = this.lastFinished;
      this.kill();
      this.lost = true;
    } else if (onItem) {
      this.finished.set(msg.runId, onItem);
      if (this.finished.size > 100) this.finished.delete(this.finished.keys().next().value!);
    }
    return outcome;
  }

  /** Replays the cells that had run into a fresh worker, without output, dropping any that hang it. */
  private async restore(): Promise<void> {
    while (this.lost) {
      this.lost = false;
      for (const [cellId, code] of [...this.history]) {
        const d = await this.send({ type: 'run', runId: this.nextId++, code, above: [], quiet: true }, cellId, RESTORE_TIMEOUT);
        // It hung (or the one before it left something that does): drop that cell and replay the rest afresh.
        if (d === 'timeout') { this.history.delete(cellId); break; }
        if (d === 'stuck') { this.history.delete(this.culprit ?? cellId); break; }
        if (!d.ok) this.history.delete(cellId);
      }
    }
  }

  private async exec(req: RunRequest): Promise<RunResult> {
    let recoveredFrom: string | null | undefined;
    let d: Outcome = 'stuck';
    let start = 0;
    for (let attempt = 0; attempt < 2 && d === 'stuck'; attempt++) {
      await this.restore();
      start = this.now();
      const runId = this.nextId++;
      const msg: ToWorker = req.exercise
        ? { type: 'check', runId, code: req.code, exercise: req.exercise }
        : { type: 'run', runId, code: req.code, above: req.above ?? [] };
      d = await this.send(msg, req.cellId, req.timeout, req.onItem);
      if (d === 'stuck') {
        recoveredFrom = this.culprit;
        if (this.culprit) this.history.delete(this.culprit);
      }
    }
    const ms = this.now() - start;
    const recovered = recoveredFrom === undefined ? {} : { recoveredFrom };
    if (d === 'stuck') return { ok: false, unanswered: true, ms, error: { name: this.S.errorName, message: this.S.unresponsive }, ...recovered };
    if (d === 'timeout') return { ok: false, timedOut: true, ms, error: { name: this.S.stoppedName, message: this.S.stopped(req.timeout / 1000), titled: true }, ...recovered };
    const extra = { late: d.late, stoppedTimers: d.stoppedTimers, dropped: d.dropped, ...recovered };
    if (req.exercise) return { ok: d.ok, error: d.error, results: d.results, ms, ...extra };
    const count = ++this.count;
    if (d.ok) {
      this.history.delete(req.cellId);
      this.history.set(req.cellId, req.code);
    }
    return { ok: d.ok, error: d.error, count, ms, ...extra };
  }
}
