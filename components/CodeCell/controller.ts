/**
 * A cell's behaviour after the first interaction: the lazy editor, running through the page's notebook,
 * output, error marks, Reset / Run all above / Restart, saving edits, and exercise results.
 */
import { Notebook, type RunResult } from '../../src/runtime/notebook';
import { spawnWorker } from '../../src/runtime/spawn';
import { isPassed, loadEdit, markPassed, openStore, saveEdit, unmarkPassed, type SafeStore } from '../../src/runtime/storage';
import type { CellSource } from '../../src/runtime/protocol';
import type { BpnCell, CellHandler } from './cell-element';
import type { EditorHandle } from './editor';
import { OutputView } from './output';
import { runLabel } from './model';
import { documentLang, type Lang } from '../../src/i18n/lang';
import { CELL_STRINGS, type CellStrings } from './strings';

const NOTEBOOK = Symbol.for('bpn.notebook');

/** The page's notebook, created on first use and kept on the document (one per page, no module state). */
function notebookOf(doc: Document): Notebook {
  const holder = doc as unknown as Record<symbol, Notebook | undefined>;
  return (holder[NOTEBOOK] ??= new Notebook(spawnWorker, undefined, undefined, documentLang(doc)));
}

/** Notebook cells (not exercises) of the page, in document order. */
function notebookCells(doc: Document): BpnCell[] {
  return [...doc.querySelectorAll<BpnCell>('bpn-cell:not([data-exercise])')];
}

/** Gives a cell its controller (once). */
export function attach(el: BpnCell): CellController {
  if (!(el.controller instanceof CellController)) el.controller = new CellController(el);
  return el.controller as CellController;
}

/**
 * How many loads of the editor's code failed on this page, in any cell: the message after a second one says to reload
 * (see `runner` in cell-element.ts for why a retry may fail at once).
 */
const editorLoad = { failures: 0 };

class CellController implements CellHandler {
  private editor: EditorHandle | null = null;
  private opening: Promise<EditorHandle | null> | null = null;
  private readonly store: SafeStore = openStore(() => window.localStorage);
  private readonly out: OutputView;
  /** The reader's edit that Reset replaced, until it is restored or the code changes again. */
  private beforeReset: string | null = null;
  /** The code whose run made the output now shown (null: nothing has run in this cell since the page loaded). */
  private outputFrom: string | null = null;
  /** Increases with every run: output of older runs (late errors) is not shown over a newer run's. */
  private runToken = 0;
  /** The run in progress: a second Run (or Check) says so instead of queueing another run behind it. */
  private running: Promise<RunResult> | null = null;
  code: string;
  /** The page's language and its sentences. */
  private readonly lang: Lang = documentLang();
  private readonly S: CellStrings = CELL_STRINGS[this.lang];

  constructor(private readonly el: BpnCell) {
    this.code = loadEdit(this.store, el.key) ?? el.original;
    this.out = new OutputView(el.querySelector('.cell-output')!, this.lang);
  }

  handle(e: Event): void {
    const target = e.target as HTMLElement;
    const action = e.type === 'click' ? target.closest<HTMLElement>('[data-action]')?.dataset.action : undefined;
    if (action === 'run') void this.run();
    else if (action === 'reset') this.reset();
    else if (action === 'above') void this.runAbove();
    else if (action === 'restart') this.restart();
    else if (action === 'undo-reset') this.undoReset();
    else if (action === 'use-solution') void this.useSolution();
    else if (!this.editor && target.closest('.cell-code')) {
      const key = e as KeyboardEvent;
      if (e.type === 'keydown' && key.key === 'Enter' && (key.ctrlKey || key.metaKey || key.shiftKey)) void this.run();
      else if (e.type === 'focusin' || e.type === 'pointerdown') void this.openEditor(true);
      else if (e.type === 'keydown' && (key.key === 'Enter' || (key.key.length === 1 && !key.ctrlKey && !key.metaKey && !key.altKey))) {
        // Enter or a character on the static code (the editor not there yet) opens the editor; the key only opens it.
        // Tab and the other keys do not: they move on as usual, and the editor does not call focus back (reader QA).
        e.preventDefault();
        void this.openEditor(true);
      }
    }
  }

  /**
   * Replaces the static code with the editor (loading it the first time). With `focus`, the editor takes focus if the
   * reader is still on the code when it is ready.
   */
  openEditor(focus: boolean): Promise<EditorHandle | null> {
    this.opening ??= import('./editor').then(({ createEditor }) => {
      const shown = this.el.querySelector('.cell-status')?.textContent;
      if (shown === this.S.editorFailed || shown === this.S.editorFailedAgain) this.el.status('');
      const host = this.el.querySelector<HTMLElement>('.cell-code')!;
      host.querySelectorAll<HTMLElement>('pre').forEach((p) => { p.hidden = true; });
      const box = document.createElement('div');
      box.className = 'cell-editor';
      host.append(box);
      this.editor = createEditor(box, this.code, this.S.editorLabel(this.el.dataset.label ?? ''), {
        onChange: (code) => this.changed(code),
        onRun: () => void this.run(),
        onEscape: () => this.el.querySelector<HTMLButtonElement>('[data-action="run"]')?.focus(),
      }, this.lang);
      // The reader is about to run something: start the worker (transpiler + module) in the background.
      notebookOf(document).warm();
      return this.editor;
    }, () => {
      // The editor's code did not arrive: say so; the code stays as shown (Run runs it), and the next click on it
      // asks again — after a second failure the message says to reload (see `runner` in cell-element.ts for why).
      this.opening = null;
      editorLoad.failures++;
      this.el.status(editorLoad.failures > 1 ? this.S.editorFailedAgain : this.S.editorFailed);
      return null;
    });
    // Focus goes to the editor only if the reader is still on the code (its hidden static copy leaves focus on the
    // page's body): a reader who tabbed on to Run while the editor loaded keeps their place (reader QA).
    return this.opening.then((ed) => {
      if (!ed) return null;
      const active = document.activeElement;
      if (focus && (!active || active === document.body || this.el.querySelector('.cell-code')?.contains(active))) ed.focus();
      return ed;
    });
  }

  private changed(code: string): void {
    if (code === this.code) return;
    this.code = code;
    this.dropUndo();
    this.el.toggleAttribute('data-edited', code !== this.el.original);
    const ok = code === this.el.original ? this.store.remove(this.el.key) || !this.store.available : saveEdit(this.store, this.el.key, code);
    this.el.status(ok ? '' : this.S.notSaved);
  }

  private markLine(line: number | null): void {
    this.editor?.markLine(line);
    this.el.querySelectorAll('.cell-error-line').forEach((l) => l.classList.remove('cell-error-line'));
    if (line === null) return;
    const visible = [...this.el.querySelectorAll<HTMLElement>('.cell-code pre')].find((p) => !p.hidden);
    visible?.querySelectorAll('.line')[line - 1]?.classList.add('cell-error-line');
  }

  private above(): CellSource[] {
    const nb = notebookOf(document);
    const cells = notebookCells(document);
    const mine = cells.indexOf(this.el);
    return cells.slice(0, Math.max(0, mine)).map((c, i) => ({ c, i }))
      .filter(({ c }) => !nb.hasRun(c.dataset.id ?? ''))
      .map(({ c, i }) => ({ id: this.S.cellRef(i + 1, c.dataset.id ?? ''), code: c.controller instanceof CellController ? c.controller.code : loadEdit(this.store, c.key) ?? c.original }));
  }

  /**
   * Runs the cell (or the exercise's checks) and shows the result. While it runs, the Run button is
   * `aria-disabled` (not `disabled`, which would drop the reader's focus) and another press only says
   * "already running" in the status.
   */
  run(): Promise<RunResult> {
    if (this.running) {
      this.el.status(this.el.dataset.exercise ? this.S.alreadyChecking : this.S.alreadyRunning);
      return this.running;
    }
    const button = this.el.querySelector<HTMLButtonElement>('[data-action="run"]');
    button?.setAttribute('aria-disabled', 'true');
    this.running = this.runOnce().finally(() => {
      this.running = null;
      button?.removeAttribute('aria-disabled');
      const s = this.el.querySelector('.cell-status');
      if (s?.textContent === this.S.alreadyChecking || s?.textContent === this.S.alreadyRunning) this.el.status('');
    });
    return this.running;
  }

  private async runOnce(): Promise<RunResult> {
    const count = this.el.querySelector('.cell-count')!;
    const exercise = this.el.dataset.exercise;
    const token = ++this.runToken;
    const ran = this.code;
    this.outputFrom = ran;
    this.out.clear();
    this.markLine(null);
    count.textContent = exercise ? this.S.checking : this.S.running;
    this.el.dataset.state = 'running';
    let ended = false;
    // Set when this run completed the exercise: an error arriving after the run ended takes the completion back.
    let completed: { note: HTMLElement; checks: number; passedBefore: boolean } | null = null;
    const r = await notebookOf(document).run({
      cellId: this.el.dataset.id ?? '', code: this.code, timeout: Number(this.el.dataset.timeout ?? 3000),
      above: exercise ? [] : this.above(), exercise, onItem: (item) => {
        if (token !== this.runToken) return;
        this.out.add(item);
        // An error thrown after the run ended (a callback, an unhandled rejection) fails the cell after all.
        if (ended && item.kind === 'error') {
          this.el.dataset.state = 'failed';
          // The first error's line, in the code that raised it (not in code put back by Reset since).
          if (this.code === ran && !this.el.querySelector('.cell-error-line, .cm-error-line')) this.markLine(item.error.line ?? null);
          if (completed && exercise) this.uncomplete(exercise, completed);
          completed = null;
        }
      },
    });
    ended = true;
    if (r.recoveredFrom !== undefined) this.blame(r.recoveredFrom);
    // An error's line is marked in the code that raised it, not in code put back by Reset while it ran.
    const shown = this.code === ran;
    if (r.error) { this.out.error(r.error); if (shown) this.markLine(r.error.line ?? null); }
    for (const e of r.late ?? []) this.out.error(e);
    if (shown && r.late?.length && !r.error) this.markLine(r.late[0].line ?? null);
    // The run's conclusion, below its output and in one order however late an error arrives (later output goes above
    // it, output.ts): what the run left out or stopped, then the checks and, last, their summary.
    if (r.dropped) this.out.conclude(this.S.dropped(r.dropped));
    if (r.stoppedTimers) this.out.conclude(this.S.timersStopped(r.stoppedTimers));
    // The reader's code threw while it loaded, so no check ran (a check that throws is a failed check, in r.results): say
    // so, or the exercise ends on a bare error box (reader QA). Not after a timeout or a runner that did not answer: the
    // checks may have been running then.
    if (exercise && r.error && !r.results && !r.timedOut && !r.unanswered) this.out.conclude(this.S.stoppedBeforeChecks);
    if (r.results) {
      this.out.conclude({ kind: 'checks', results: r.results });
      const passed = r.results.filter((x) => x.pass).length;
      const all = passed === r.results.length;
      // Every check passed but the run was not clean — an error (after the checks, an unhandled rejection) or timers
      // still pending at the end, stopped before they could run (and throw): not complete, or the exercise would say
      // passed while its cell says failed, or pass code that throws in plain JavaScript.
      const dirty = !r.ok || r.late?.length ? 'error' : r.stoppedTimers ? 'timers' : null;
      const passedBefore = !!exercise && isPassed(this.store, exercise);
      const note = this.out.conclude(!all ? this.S.somePassed(passed, r.results.length) : dirty ? this.S.notClean(passed, dirty, passedBefore) : this.S.allPassed(passed));
      if (all && !dirty && exercise) {
        completed = { note, checks: passed, passedBefore };
        if (!markPassed(this.store, exercise)) this.el.status(this.S.progressNotSaved);
        this.el.passed();
        document.dispatchEvent(new CustomEvent('bpn:progress', { detail: { exercise } }));
      }
    }
    if (!r.results && r.ok && !this.el.querySelector('.cell-output')!.childElementCount) this.out.empty(this.S.noOutput);
    count.textContent = r.timedOut ? this.S.stopped : runLabel(r.count, r.ms, this.lang, !r.error || !!r.results);
    this.el.dataset.state = r.ok && !r.late?.length ? 'done' : 'failed';
    this.el.dataset.ms = r.ms.toFixed(1);
    return r;
  }

  /**
   * An error (a callback's, an unhandled rejection's) arrived after a run that had completed the exercise: the run was
   * not clean after all. Its note says so, and the completion is forgotten unless an earlier run had completed it.
   */
  private uncomplete(exercise: string, { note, checks, passedBefore }: { note: HTMLElement; checks: number; passedBefore: boolean }): void {
    note.textContent = this.S.notClean(checks, 'error', passedBefore);
    if (passedBefore) return;
    unmarkPassed(this.store, exercise);
    this.el.passed(false);
    document.dispatchEvent(new CustomEvent('bpn:progress', { detail: { exercise } }));
  }

  /**
   * After Reset or Undo reset: output made by other code than the cell now shows stays (it is what that code did, and
   * the notebook keeps that code's names), under a note saying so — its error lines point into code that is not there
   * (reader QA); output of the code shown loses the note.
   */
  private markStale(): void {
    this.out.stale(this.outputFrom !== null && this.outputFrom !== this.code && this.S.staleOutput);
  }

  /** Says on this cell that the runner had stopped answering, and on the cell that caused it why. */
  private blame(culpritId: string | null): void {
    const culprit = culpritId === null ? null : document.querySelector<BpnCell>(`bpn-cell[data-id="${CSS.escape(culpritId)}"]`);
    this.out.note(this.S.recovered(culprit ? culprit.dataset.label ?? culpritId : culpritId));
    if (culprit && culprit !== this.el) {
      culprit.status(this.S.culprit);
      culprit.querySelector('.cell-count')!.textContent = this.S.stopped;
      culprit.dataset.state = 'failed';
    }
  }

  private reset(): void {
    const previous = this.code;
    this.setCode(this.el.original);
    this.markLine(null);
    this.el.status(this.S.restored);
    if (previous === this.el.original) return;
    this.markStale();
    this.beforeReset = previous;
    if (!this.el.querySelector('[data-action="undo-reset"]')) {
      const undo = document.createElement('button');
      undo.type = 'button';
      undo.dataset.action = 'undo-reset';
      undo.textContent = this.S.undo;
      this.el.querySelector('.cell-status')!.before(undo);
    }
  }

  private undoReset(): void {
    const code = this.beforeReset;
    if (code === null) return;
    this.setCode(code);
    this.markStale();
    this.el.status(this.S.unrestored);
    this.el.querySelector<HTMLButtonElement>('[data-action="reset"]')?.focus();
    this.dropUndo();
  }

  /** Replaces the cell's code (editor or static view) and saves or forgets the edit. */
  private setCode(code: string): void {
    const edited = code !== this.el.original;
    this.code = code;
    this.el.toggleAttribute('data-edited', edited);
    const ok = edited ? saveEdit(this.store, this.el.key, code) : this.store.remove(this.el.key) || !this.store.available;
    if (this.editor) this.editor.setCode(code);
    else if (edited) this.el.showPlain(code);
    else this.el.showOriginal();
    if (!ok) this.el.status(this.S.notSaved);
  }

  private dropUndo(): void {
    this.beforeReset = null;
    this.el.querySelector('[data-action="undo-reset"]')?.remove();
  }

  private async runAbove(): Promise<void> {
    const cells = notebookCells(document);
    const mine = cells.indexOf(this.el);
    const upTo = mine < 0 ? 0 : mine;
    for (const c of cells.slice(0, upTo)) await attach(c).run();
    this.el.status(upTo ? this.S.ranAbove(upTo) : this.S.noneAbove);
  }

  private restart(): void {
    notebookOf(document).restart();
    for (const c of document.querySelectorAll('bpn-cell .cell-count')) c.textContent = this.S.notRun;
    this.el.status(this.S.restarted);
  }

  private async useSolution(): Promise<void> {
    const code = this.el.querySelector<HTMLElement>('.solution')?.dataset.code;
    if (code === undefined) return;
    // Take the solution now, not when the editor has loaded: a Check clicked meanwhile runs the solution.
    if (!this.editor) this.changed(code);
    const ed = await this.openEditor(false);
    if (!ed) { this.el.showPlain(code); return; } // no editor (its load failed and says so): the solution as text
    ed.setCode(code);
    ed.focus(); // the reader asked for the solution in the editor: there it is, to read and edit
  }
}
