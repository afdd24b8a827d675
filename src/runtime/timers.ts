/// <reference lib="webworker" />
/**
 * Timers of one run (runs in the worker). A cell's `setTimeout`, `setInterval` and
 * `requestAnimationFrame` go through a {@link RunTimers}; when the run ends the notebook calls `stop()`,
 * which cancels whatever is still pending. So a timer never outlives its cell: it cannot print into a
 * later cell's output, nor spin forever while an innocent cell waits. (Documented choice: stop, rather
 * than keep routing a finished cell's output.) Errors thrown in a callback go to `onError`.
 */
import type { Lang } from '../i18n/lang';
import { RUNTIME_STRINGS } from './strings';

/** The worker's own timer functions, captured before any reader code runs. */
export interface NativeTimers {
  setTimeout(fn: () => void, ms?: number): number;
  clearTimeout(id: number): void;
  setInterval(fn: () => void, ms?: number): number;
  clearInterval(id: number): void;
}

/** The timer functions a cell sees, plus `stop()` for the runner. */
export interface RunTimers {
  setTimeout(fn: unknown, ms?: number, ...args: unknown[]): number;
  setInterval(fn: unknown, ms?: number, ...args: unknown[]): number;
  clearTimeout(id?: number): void;
  clearInterval(id?: number): void;
  /** Cancels every pending timer and ignores callbacks from now on; returns how many were pending. */
  stop(): number;
}

/**
 * @param native the real timers (from the worker's global scope at start-up)
 * @param onError called with what a callback threw
 * @param lang language of the runtime's own error messages
 * @example
 * ```ts
 * const t = createRunTimers(native, report);
 * t.setInterval(() => console.log('tick'), 20);
 * t.stop(); // 1 — the interval is cancelled
 * ```
 */
export function createRunTimers(native: NativeTimers, onError: (e: unknown) => void, lang: Lang = 'en'): RunTimers {
  const pending = new Map<number, 'timeout' | 'interval'>();
  let open = true;
  const call = (fn: (...a: unknown[]) => unknown, args: unknown[]) => {
    if (!open) return;
    try { fn(...args); } catch (e) { onError(e); }
  };
  const needFunction = (fn: unknown): (...a: unknown[]) => unknown => {
    if (typeof fn !== 'function') throw new TypeError(RUNTIME_STRINGS[lang].timerNeedsFunction);
    return fn as (...a: unknown[]) => unknown;
  };
  const clear = (id?: number) => {
    const kind = id === undefined ? undefined : pending.get(id);
    if (kind === undefined) return;
    pending.delete(id!);
    if (kind === 'timeout') native.clearTimeout(id!); else native.clearInterval(id!);
  };
  return {
    setTimeout(fn, ms, ...args) {
      const f = needFunction(fn);
      if (!open) return 0;
      const id: number = native.setTimeout(() => { pending.delete(id); call(f, args); }, ms);
      pending.set(id, 'timeout');
      return id;
    },
    setInterval(fn, ms, ...args) {
      const f = needFunction(fn);
      if (!open) return 0;
      const id = native.setInterval(() => call(f, args), ms);
      pending.set(id, 'interval');
      return id;
    },
    clearTimeout: clear,
    clearInterval: clear,
    stop() {
      open = false;
      const n = pending.size;
      for (const id of [...pending.keys()]) clear(id);
      return n;
    },
  };
}
