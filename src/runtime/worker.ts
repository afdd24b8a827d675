/// <reference lib="webworker" />
/**
 * The cell worker: strips types, runs each cell as a `blob:` module in the notebook's shared scope, and
 * posts output and results back. Readers' code never runs on the page's thread; the page stops a runaway
 * cell by terminating this worker and starting a fresh one.
 */
import * as backprop from 'backprop';
import { prepareCell } from './prepare';
import { createDisplay } from './display';
import { describeError, undefinedName } from './positions';
import type { CellError, CellSource, FromWorker, OutItem, ToWorker } from './protocol';
import { getExercise } from '../exercises/registry';
import { startExercise } from '../exercises/runner';

type Scope = Record<string, unknown>;

/** What the cells can reach and nothing else: no storage, no network from a cell. */
const BLOCKED = ['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'BroadcastChannel', 'importScripts', 'Worker', 'SharedWorker'];

class Session {
  /** Top-level names of every cell that ran, shared by later cells. */
  private readonly scope: Scope = Object.create(null);
  /** Run whose output is being collected (also for late async output). */
  private current = 0;
  private readonly g = globalThis as unknown as Record<string, unknown>;
  /** What `import … from "…"` gives; an exercise run swaps in its guarded table (see startExercise). */
  private modules: Record<string, unknown>;

  constructor(private readonly post: (m: FromWorker) => void) {
    const { show } = this.display(0);
    this.modules = { backprop, notebook: { show } };
    this.g.__bpnImport = (name: string) => {
      if (name in this.modules) return this.modules[name];
      throw new Error(`Cannot import "${name}": cells can import from "backprop" and "notebook"`);
    };
    for (const name of BLOCKED) {
      try { Object.defineProperty(globalThis, name, { value: undefined, configurable: false, writable: false }); } catch { /* not present */ }
    }
    addEventListener('error', (e) => { e.preventDefault(); this.late('error', e.message); });
    addEventListener('unhandledrejection', (e) => { e.preventDefault(); this.late('error', `Uncaught (in promise) ${String(e.reason?.message ?? e.reason)}`); });
  }

  /** Console and show for a run; they tag output with that run's id. */
  private display(runId: number) {
    return createDisplay((item: OutItem) => this.post({ type: 'out', runId, item }));
  }

  private late(level: 'error', text: string) {
    this.post({ type: 'out', runId: this.current, item: { kind: 'log', level, text } });
  }

  /** Runs one cell into `scope`; resolves with an error positioned in the reader's code, if any. */
  private async execute(code: string, scope: Scope, runId: number, quiet: boolean): Promise<CellError | null> {
    const display = quiet ? createDisplay(() => {}) : this.display(runId);
    this.g.console = display.console;
    this.g.show = display.show;
    this.g.__bpnScope = scope;
    this.g.__bpnExport = (names: Scope) => Object.assign(scope, names);
    let url = '';
    let prefix = 0;
    const lineCount = code.split('\n').length;
    try {
      const prepared = prepareCell(code, Object.keys(scope));
      prefix = prepared.prefixLength;
      url = URL.createObjectURL(new Blob([prepared.js], { type: 'text/javascript' }));
      await import(/* @vite-ignore */ url);
      return null;
    } catch (e) {
      return describeError(e, url, prefix, lineCount);
    } finally {
      if (url) URL.revokeObjectURL(url);
    }
  }

  async handle(msg: ToWorker): Promise<void> {
    this.current = msg.runId;
    if (msg.type === 'run') {
      const error = await this.execute(msg.code, this.scope, msg.runId, msg.quiet ?? false);
      if (error) error.hint = hintFor(error, msg.above);
      this.post({ type: 'done', runId: msg.runId, ok: !error, ...(error ? { error } : {}) });
    } else {
      // Exercises run in a scope of their own, so a page's cells cannot make a check pass by accident.
      const own: Scope = Object.create(null);
      const normal = this.modules, run = startExercise(getExercise(msg.exercise), normal);
      this.modules = run.modules;
      try {
        const error = await this.execute(msg.code, own, msg.runId, false);
        if (error) return this.post({ type: 'done', runId: msg.runId, ok: false, error });
        const results = await run.check(own);
        this.post({ type: 'done', runId: msg.runId, ok: true, results });
      } finally { this.modules = normal; }
    }
  }
}

/** "`net` is defined in cell 2 above, which has not run yet" for a ReferenceError, else undefined. */
function hintFor(error: CellError, above: CellSource[]): string | undefined {
  const name = undefinedName(error);
  if (!name) return undefined;
  for (const cell of above) {
    try {
      if (prepareCell(cell.code, []).declared.includes(name)) {
        return `${name} is defined in ${cell.id} above, which has not run yet. Use “Run all above”, or run that cell first.`;
      }
    } catch { /* that cell has its own syntax error */ }
  }
  return undefined;
}

const session = new Session((m) => postMessage(m));
addEventListener('message', (e: MessageEvent<ToWorker>) => { void session.handle(e.data); });
postMessage({ type: 'ready' } satisfies FromWorker);
