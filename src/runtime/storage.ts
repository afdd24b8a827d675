/**
 * Safe persistence for cell edits and exercise progress. Storage may be missing (privacy mode), full,
 * throwing on access, or hold garbage from an older edition: none of that may break the page. Every call
 * reports whether it worked so the cell can say "edits are not being saved".
 */

/** Key of a cell's edit: page and cell id, with a version so future editions never read stale formats. */
export function cellKey(pageId: string, cellId: string): string {
  return `bpn:v1:cell:${pageId}:${cellId}`;
}

/** Key of an exercise's progress (exercise ids are unique across the course). */
export function exerciseKey(id: string): string {
  return `bpn:v1:exercise:${id}`;
}

/** A storage that never throws. */
export interface SafeStore {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): boolean;
  /** False when storage could not even be opened. */
  readonly available: boolean;
}

/**
 * Wraps `localStorage` (or any Storage) so reads return null and writes return false instead of throwing.
 * @example
 * ```ts
 * const store = openStore(() => window.localStorage);
 * if (!store.set('k', 'v')) showNotSaved();
 * ```
 */
export function openStore(get: () => Storage | null | undefined): SafeStore {
  let s: Storage | null = null;
  try { s = get() ?? null; } catch { s = null; }
  return {
    available: s !== null,
    get(key) { try { return s ? s.getItem(key) : null; } catch { return null; } },
    set(key, value) { try { if (!s) return false; s.setItem(key, value); return true; } catch { return false; } },
    remove(key) { try { if (!s) return false; s.removeItem(key); return true; } catch { return false; } },
  };
}

/**
 * A saved edit, or null if there is none or it is unreadable (an unreadable one is removed).
 * @example
 * ```ts
 * loadEdit(store, cellKey('lessons/notation', 'forward')); // 'const x = 1;' or null
 * ```
 */
export function loadEdit(store: SafeStore, key: string): string | null {
  const raw = store.get(key);
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as { v?: unknown; code?: unknown };
    if (v && v.v === 1 && typeof v.code === 'string') return v.code;
  } catch { /* corrupt: fall through */ }
  store.remove(key);
  return null;
}

/** Saves an edit; false when storage refused (full, disabled). */
export function saveEdit(store: SafeStore, key: string, code: string): boolean {
  return store.set(key, JSON.stringify({ v: 1, code }));
}

/** True when the exercise was passed (corrupt values count as not passed). */
export function isPassed(store: SafeStore, id: string): boolean {
  try { return JSON.parse(store.get(exerciseKey(id)) ?? 'null')?.passed === true; } catch { return false; }
}

/** Records a passed exercise; false when storage refused. */
export function markPassed(store: SafeStore, id: string): boolean {
  return store.set(exerciseKey(id), JSON.stringify({ v: 1, passed: true }));
}

/** Forgets that the exercise was passed; false when storage refused. */
export function unmarkPassed(store: SafeStore, id: string): boolean {
  return store.remove(exerciseKey(id));
}
