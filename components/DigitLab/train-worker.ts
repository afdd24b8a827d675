/// <reference lib="webworker" />
/**
 * The digits lab's training worker: runs {@link DigitRun} in slices of about 40 ms so that Pause is heard
 * between slices, and reports progress, an evaluation every half epoch, and the weights. The page never
 * does the heavy work, so it never freezes.
 */
import { DigitRun, type PassesFn } from './trainer.ts';
import type { FromTrainer, ToTrainer } from './protocol.ts';
import type { Lang } from '../../src/i18n/lang';
import { DIGIT_LAB_STRINGS } from './strings.ts';

const SLICE_MS = 40;

class Session {
  private run: DigitRun | null = null;
  private paused = false;
  private started = 0;
  private spent = 0;
  private lastEval = 0;
  /** Updates done so far (reported when a pause takes effect). */
  private step = 0;
  /** True while a slice is scheduled, so Resume never starts a second loop. */
  private pending = false;
  private lang: Lang = 'en';

  constructor(private readonly post: (m: FromTrainer, transfer?: Transferable[]) => void) {}

  async handle(msg: ToTrainer): Promise<void> {
    if (msg.type === 'pause') { this.paused = true; return; }
    if (msg.type === 'resume') {
      if (this.paused && this.run) {
        this.paused = false;
        this.started = performance.now();
        if (!this.pending) this.loop(); // else the slice already scheduled carries on
      }
      return;
    }
    this.lang = msg.lang ?? 'en';
    const own = msg.own === undefined ? null : await compile(msg.own, this.lang);
    this.run = new DigitRun(msg.digits, msg.config, own, this.lang);
    this.paused = false;
    this.spent = 0;
    this.lastEval = 0;
    this.step = 0;
    this.started = performance.now();
    this.loop();
  }

  private elapsed(): number { return this.spent + performance.now() - this.started; }

  private loop(): void {
    this.pending = false;
    const run = this.run;
    if (!run || this.paused) {
      this.spent = this.elapsed();
      if (run) this.post({ type: 'paused', step: this.step });
      return;
    }
    const sliceEnd = performance.now() + SLICE_MS;
    const every = Math.max(1, Math.round(run.stepsPerEpoch / 2));
    let p = run.advance(1);
    this.step = p.step;
    while (!p.done && performance.now() < sliceEnd && p.step - this.lastEval < every) p = run.advance(1);
    this.step = p.step;
    const totalSteps = run.stepsPerEpoch * run.config.epochs;
    if (p.done) {
      const evaluation = run.evaluate();
      const error = p.error ?? (Number.isFinite(evaluation.trainLoss) ? undefined : DIGIT_LAB_STRINGS[this.lang].costBecame(evaluation.trainLoss));
      const errorKind = p.errorKind ?? 'diverged';
      this.post({ type: 'done', step: p.step, epoch: p.epoch, elapsedMs: this.elapsed(), evaluation, params: copy(run), ...(error ? { error, errorKind } : {}) });
      this.run = null;
      return;
    }
    if (p.step - this.lastEval >= every) {
      this.lastEval = p.step;
      const evaluation = run.evaluate();
      if (!Number.isFinite(evaluation.trainLoss)) {
        this.post({ type: 'done', step: p.step, epoch: p.epoch, elapsedMs: this.elapsed(), evaluation, params: copy(run), error: DIGIT_LAB_STRINGS[this.lang].costBecame(evaluation.trainLoss), errorKind: 'diverged' });
        this.run = null;
        return;
      }
      this.post({ type: 'progress', step: p.step, epoch: p.epoch, totalSteps, elapsedMs: this.elapsed(), evaluation, params: copy(run) });
    } else {
      this.post({ type: 'progress', step: p.step, epoch: p.epoch, totalSteps, elapsedMs: this.elapsed() });
    }
    this.pending = true;
    setTimeout(() => this.loop(), 0);
  }
}

function copy(run: DigitRun): Float64Array[] {
  return run.net.snapshot().data.map((P) => P.slice());
}

/**
 * Runs the reader's exercise code (types stripped as in a code cell) and returns its `passes`. The module is
 * deliberately not importable: the exercise asks for passes written from scratch.
 */
async function compile(code: string, lang: Lang): Promise<PassesFn> {
  const S = DIGIT_LAB_STRINGS[lang];
  const { prepareCell } = await import('../../src/runtime/prepare');
  const scope: Record<string, unknown> = Object.create(null);
  const g = globalThis as unknown as Record<string, unknown>;
  g.__bpnScope = scope;
  g.__bpnExport = (o: object) => Object.assign(scope, o);
  g.__bpnImport = (name: string) => { throw new Error(S.noImport(name)); };
  g.show = Object.assign(() => {}, { table() {}, plot() {}, scatter() {}, tex() {} });
  const url = URL.createObjectURL(new Blob([prepareCell(code, []).js], { type: 'text/javascript' }));
  try { await import(/* @vite-ignore */ url); } finally { URL.revokeObjectURL(url); }
  if (typeof scope.passes !== 'function') throw new Error(S.ownMissing);
  return scope.passes as PassesFn;
}

const session = new Session((m, t) => postMessage(m, { transfer: t ?? [] }));
addEventListener('message', (e: MessageEvent<ToTrainer>) => {
  session.handle(e.data).catch((err: unknown) => {
    postMessage({ type: 'done', step: 0, epoch: 0, elapsedMs: 0, params: [], error: err instanceof Error ? err.message : String(err),
      evaluation: { trainLoss: NaN, testLoss: NaN, testAccuracy: 0, confusion: [], mistakes: [] } } satisfies FromTrainer);
  });
});
