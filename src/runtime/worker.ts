/// <reference lib="webworker" />
/**
 * The cell worker: strips types, runs each cell as a `blob:` module in the notebook's shared scope, and
 * posts output and results back through the port the page sent in its `connect` message (reader code
 * cannot reach that port, so it cannot fake a result). Readers' code never runs on the page's thread;
 * the page stops a runaway cell by terminating this worker and starting a fresh one.
 *
 * What cells can reach: the `backprop` module, `show`/`console`, timers that end with their cell
 * (timers.ts), and the names earlier cells defined. Promise callbacks are tagged with the run that made them,
 * and the code after a cell's `await` with the run that awaited (owner.ts), so what a callback throws, or a
 * loop in either, is put on that run's cell. No DOM, no storage and no network: sandbox.ts removes those
 * globals, and the page's Content-Security-Policy (inherited by this `blob:` worker) refuses `import()` of
 * code from other origins.
 */
import * as backprop from 'backprop';
import { prepareCell, type PreparedCell } from './prepare';
import { createDisplay, type Display } from './display';
import { asWritten, describeError, undefinedName, type ToReader } from './positions';
import { lockDown, unavailableIn } from './sandbox';
import { createRunTimers, type NativeTimers, type RunTimers } from './timers';
import { createOwners, type OwnerTarget, type Owners } from './owner';
import { ownedName } from './owned-name';
import type { Lang } from '../i18n/lang';
import { RUNTIME_STRINGS, type RuntimeStrings } from './strings';
import { exporter, type Scope } from './scope';
import type { CellError, CellSource, Connect, Done, FromWorker, OutItem, ToWorker } from './protocol';
import { getExercise } from '../exercises/registry';
import { startExercise } from '../exercises/runner';


/** One run in progress (or finished): where its code lives, for positions of late errors. */
interface Run {
  id: number;
  url: string;
  /** The reader's position of a position in the module that ran (prepare.ts). */
  toReader: ToReader;
  lineCount: number;
  timers: RunTimers;
  display: Display;
  /** Errors from callbacks while the run was going on. */
  late: CellError[];
  finished: boolean;
}

const native: NativeTimers = {
  setTimeout: setTimeout.bind(globalThis), clearTimeout: clearTimeout.bind(globalThis),
  setInterval: setInterval.bind(globalThis), clearInterval: clearInterval.bind(globalThis),
};
const nextTask = () => new Promise<void>((resolve) => { native.setTimeout(resolve, 0); });

class Session {
  /** Top-level names of every cell that ran, shared by later cells (live accessors, see prepare.ts). */
  private readonly scope: Scope = Object.create(null);
  /** Names in `scope` declared `const`. */
  private readonly constants = new Set<string>();
  /** The run that began last: errors with no run of their own are shown on it. */
  private last: Run | null = null;
  private readonly g = globalThis as unknown as Record<string, unknown>;
  /** What `import … from "…"` gives; an exercise run swaps in its guarded table (see startExercise). */
  private modules: Record<string, unknown>;
  /** The runtime's messages in the page's language. */
  private readonly S: RuntimeStrings;
  /** The run each promise callback belongs to (owner.ts): its late errors and loops are put on that run's cell. */
  private readonly owners: Owners<Run>;
  /** The run the page was last told is running (`started` or `active`). */
  private reported = 0;
  /** `owners.owned`, which every `await` operand of a cell passes through (owned-name.ts). */
  private readonly owned: (value: unknown, how?: 'each' | 'thrown' | 'using') => unknown;

  constructor(private readonly post: (m: FromWorker) => void, private readonly lang: Lang) {
    const S = this.S = RUNTIME_STRINGS[lang];
    this.modules = { backprop, notebook: { get show() { return (globalThis as unknown as { show: unknown }).show; } } };
    // `wanted`: the names a cell imports from the module (prepare.ts), each checked as an ES import would be.
    this.g.__bpnImport = (name: string, wanted: string[] = []) => {
      if (!(name in this.modules)) throw new Error(S.unknownModule(name));
      const module = this.modules[name] as object;
      const missing = wanted.find((w) => !(w in module));
      if (missing !== undefined) throw new SyntaxError(S.noExport(name, missing));
      return module;
    };
    this.owners = createOwners<Run>({
      active: () => (this.last && !this.last.finished ? this.last : null),
      idle: () => this.last,
      switched: (run) => {
        if (run.id === this.reported) return;
        this.reported = run.id;
        this.post({ type: 'active', runId: run.id });
      },
      onError: (run, e) => this.late(run, e),
      notIterable: (kind, value) => new TypeError(kind === 'iterable' ? S.notAsyncIterable(shown(value)) : S.notIteratorObject(shown(value))),
    });
    this.owners.install(globalThis as unknown as OwnerTarget);
    this.owned = (value, how) => this.owners.owned(value, how);
    ownedName(this.g, '', this.owned); // `__bpnOwned` exists before any reader code, which cannot take or replace it
    addEventListener('error', (e) => { e.preventDefault(); this.late(this.owners.current() ?? this.last, e.error ?? new Error(e.message)); });
    addEventListener('unhandledrejection', (e) => {
      e.preventDefault();
      this.late(this.owners.blame(e.promise, e.reason) ?? this.last, e.reason);
    });
  }

  /** An error thrown after the run's code returned: kept for its `done`, or shown on its cell afterwards. */
  private late(run: Run | null, e: unknown): void {
    if (!run) return;
    const err = describeError(e, run.url, run.toReader, run.lineCount, this.lang);
    err.name = this.S.uncaughtLater(err.name);
    if (!run.finished) run.late.push(err);
    else this.post({ type: 'out', runId: run.id, item: { kind: 'error', error: err } });
  }

  private begin(runId: number, quiet: boolean): Run {
    const run: Run = {
      id: runId, url: '', toReader: asWritten, lineCount: 0, late: [], finished: false,
      timers: createRunTimers(native, (e) => this.late(run, e), this.lang),
      display: createDisplay(quiet ? () => {} : (item: OutItem) => this.post({ type: 'out', runId, item }), this.lang),
    };
    this.last = run;
    this.reported = runId;
    Object.assign(this.g, {
      console: run.display.console, show: run.display.show,
      setTimeout: run.timers.setTimeout, setInterval: run.timers.setInterval,
      clearTimeout: run.timers.clearTimeout, clearInterval: run.timers.clearInterval,
    });
    return run;
  }

  /** Runs one cell into `scope`; resolves with an error positioned in the reader's code, if any. */
  private async execute(code: string, scope: Scope, run: Run, constants: Set<string>): Promise<{ error: CellError | null; prepared?: PreparedCell }> {
    let prepared: PreparedCell | undefined;
    run.lineCount = code.split('\n').length;
    try {
      prepared = prepareCell(code, Object.keys(scope), constants, { owned: ownedName(this.g, code, this.owned) });
      const p = prepared;
      this.g.__bpnScope = scope;
      this.g.__bpnExport = exporter(scope, p, constants);
      run.toReader = p.original;
      run.url = URL.createObjectURL(new Blob([p.js], { type: 'text/javascript' }));
      await import(/* @vite-ignore */ run.url);
      return { error: null, prepared };
    } catch (e) {
      return { error: describeError(e, run.url, run.toReader, run.lineCount, this.lang), prepared };
    } finally {
      if (run.url) URL.revokeObjectURL(run.url);
    }
  }

  async handle(msg: ToWorker): Promise<void> {
    this.post({ type: 'started', runId: msg.runId });
    const run = this.begin(msg.runId, msg.type === 'run' && (msg.quiet ?? false));
    // Exercises run in a scope of their own, so a page's cells cannot make a check pass by accident.
    const own: Scope = Object.create(null);
    // An exercise's code imports a guarded module table: its forbidden functions refuse while the checks run.
    const normal = this.modules;
    const exercise = msg.type === 'check' ? startExercise(getExercise(msg.exercise), normal, this.lang) : undefined;
    let error: CellError | null = null, prepared: PreparedCell | undefined, results: Done["results"];
    try {
      if (exercise) this.modules = exercise.modules;
      ({ error, prepared } = msg.type === 'run'
        ? await this.execute(msg.code, this.scope, run, this.constants)
        : await this.execute(msg.code, own, run, new Set()));
      if (!error && exercise) results = await exercise.check(own);
    } finally { this.modules = normal; }
    const stoppedTimers = run.timers.stop();
    await nextTask(); // rejections the code left unhandled are reported one task later
    run.finished = true;
    if (error) error.hint = hintFor(error, msg.code, prepared, msg.type === 'run' ? msg.above : [], this.S);
    const done: Done = { type: 'done', runId: msg.runId, ok: !error };
    if (error) done.error = error;
    if (results) done.results = results;
    if (run.late.length) done.late = run.late;
    if (stoppedTimers) done.stoppedTimers = stoppedTimers;
    if (run.display.dropped()) done.dropped = run.display.dropped();
    this.post(done);
  }
}

/** A value as an error message quotes it: a string in quotes, another primitive as written, an object by its type. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return (typeof value === 'object' && value !== null) || typeof value === 'function' ? typeof value : String(value);
}

/** A hint for an error: an un-run cell above defines the name, a const was reassigned, or the API is not available in a worker. */
function hintFor(error: CellError, code: string, prepared: PreparedCell | undefined, above: CellSource[], S: RuntimeStrings): string | undefined {
  const name = undefinedName(error);
  if (name) {
    for (const cell of above) {
      try {
        if (prepareCell(cell.code, []).declared.includes(name)) return S.notRunAbove(name, cell.id);
      } catch { /* that cell has its own syntax error */ }
    }
  }
  if (error.name === 'TypeError' && /constant variable/.test(error.message)) return S.constAssigned(prepared?.assignedConstants ?? []);
  if (/dynamically imported module/.test(error.message)) return S.blocked('import()');
  const line = error.line ? code.split('\n')[error.line - 1] : undefined;
  const api = line === undefined ? null : unavailableIn(line);
  return api ? S.blocked(api) : undefined;
}

addEventListener('message', function connect(e: MessageEvent<Connect>) {
  if (e.data?.type !== 'connect' || !e.data.port) return;
  removeEventListener('message', connect);
  const lang: Lang = e.data.lang === 'zh' ? 'zh' : 'en';
  // No reader code can run before this message (runs arrive through its port), so locking down here is in time.
  lockDown(globalThis, lang);
  const port = e.data.port;
  const post = port.postMessage.bind(port) as (m: FromWorker) => void;
  const session = new Session(post, lang);
  port.onmessage = (m: MessageEvent<ToWorker>) => { void session.handle(m.data); };
  post({ type: 'ready' });
});
