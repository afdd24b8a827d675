/**
 * Marks lessons whose exercises are all passed in the course outline: links carry `data-exercises`
 * (ids, space-separated) and get a "✓ exercises done" note — text, not only an icon. Tiny; loaded up front.
 */
import { isPassed, openStore } from '../../src/runtime/storage';
import { lessonDone } from './model-progress';
import { documentLang } from '../../src/i18n/lang';
import { defineStrings } from '../../src/i18n/strings';

const DONE = defineStrings({ note: ' ✓ exercises done' }, { note: ' ✓ 练习已完成' });

/** Adds or removes the done note on every outline link of `root`. */
export function markOutline(root: ParentNode): void {
  const store = openStore(() => window.localStorage);
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-exercises]')) {
    const ids = (a.dataset.exercises ?? '').split(' ').filter(Boolean);
    const done = lessonDone(ids, (id) => isPassed(store, id));
    const note = a.querySelector('.ex-done');
    if (done && !note) {
      const span = document.createElement('span');
      span.className = 'ex-done';
      span.textContent = DONE[documentLang()].note;
      a.append(span);
    } else if (!done && note) note.remove();
  }
}

markOutline(document);
document.addEventListener('bpn:progress', () => markOutline(document));
window.addEventListener('storage', () => markOutline(document));
