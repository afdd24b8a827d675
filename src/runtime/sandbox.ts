/// <reference lib="webworker" />
/**
 * What a cell cannot reach (runs in the worker, once, before any reader code). Removed: storage, the
 * network, nested workers and channels (a channel's messages would run code after the cell ended),
 * animation frames, and `close()` (which would kill the runner silently). Dynamic `import()` of other
 * origins is refused by the page's Content-Security-Policy, which this `blob:` worker inherits
 * (see spawn.ts). The DOM does not exist in a worker at all.
 */
import type { Lang } from '../i18n/lang';
import { RUNTIME_STRINGS } from './strings';

/** Globals set to `undefined` for cells. */
export const BLOCKED = [
  'localStorage', 'sessionStorage', 'indexedDB', 'caches', 'cookieStore',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'WebTransport', 'EventSource', 'FontFace', 'fonts',
  'BroadcastChannel', 'MessageChannel', 'importScripts', 'Worker', 'SharedWorker',
  'requestAnimationFrame', 'cancelAnimationFrame',
] as const;

/** Names whose use in a failing line earns the "Cells run in a Web Worker" hint. */
const UNAVAILABLE = /\b(document|window|alert|prompt|confirm|localStorage|sessionStorage|indexedDB|caches|cookieStore|fetch|XMLHttpRequest|WebSocket|WebSocketStream|WebTransport|EventSource|FontFace|BroadcastChannel|MessageChannel|importScripts|Worker|SharedWorker|requestAnimationFrame|navigator\.storage|import)\b(?=\s*[.(\[]|\s*$|\s*[;,)])/;

/**
 * The blocked or missing browser API a line of code uses, if any.
 * @example
 * ```ts
 * unavailableIn('localStorage.setItem("k", "v");'); // 'localStorage'
 * unavailableIn('const a = 1;');                    // null
 * ```
 */
export function unavailableIn(line: string): string | null {
  const m = UNAVAILABLE.exec(line.replace(/\/\/.*$/, ''));
  if (!m) return null;
  return m[1] === 'import' ? 'import()' : m[1];
}

/** Removes the {@link BLOCKED} globals, `close()` and `navigator.storage` from the worker's global scope. */
export function lockDown(scope: typeof globalThis, lang: Lang = 'en'): void {
  for (const name of BLOCKED) {
    try { Object.defineProperty(scope, name, { value: undefined, configurable: false, writable: false }); } catch { /* not present */ }
  }
  const noClose = () => { throw new Error(RUNTIME_STRINGS[lang].noClose); };
  for (const target of [scope, Object.getPrototypeOf(scope)]) {
    try { Object.defineProperty(target, 'close', { value: noClose, configurable: false, writable: false }); } catch { /* not present */ }
  }
  const nav = (scope as unknown as { navigator?: object }).navigator;
  for (const target of nav ? [nav, Object.getPrototypeOf(nav)] : []) {
    try { Object.defineProperty(target, 'storage', { value: undefined, configurable: false, writable: false }); } catch { /* not present */ }
  }
}
