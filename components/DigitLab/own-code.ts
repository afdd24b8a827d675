/** The reader's current code of the lesson's exercise cell (edited, saved, or the starter), or null if the page has none. */
import { loadEdit, openStore } from '../../src/runtime/storage';

/** Id of the exercise whose `passes` the lab can train with. */
export const EXERCISE_ID = 'digits-passes';

export function readOwnCode(doc: Document = document): string | null {
  const el = doc.querySelector<HTMLElement & { controller?: { code?: unknown }; key?: string; original?: string }>(`bpn-cell[data-exercise="${EXERCISE_ID}"]`);
  if (!el) return null;
  const live = el.controller?.code;
  if (typeof live === 'string') return live;
  return loadEdit(openStore(() => window.localStorage), el.key ?? '') ?? el.original ?? null;
}
