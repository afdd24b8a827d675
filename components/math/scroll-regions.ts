import { documentLang } from '../../src/i18n/lang';
import { MATH_STRINGS } from './strings';

/**
 * Horizontal scrollers of a lesson: display equations (`.katex-display { overflow-x: auto }`) and tables
 * (`table { display: block; overflow-x: auto }` in global.css), widgets' tables included.
 */
export const SCROLLER_SELECTOR = '.katex-display, main table';

/**
 * Makes a display equation keyboard-scrollable exactly while it overflows (axe `scrollable-region-focusable`):
 * then it is a focusable, named region; otherwise it is plain text again, so equations that fit add no tab stops.
 * @returns whether the element overflows
 */
export function syncScrollRegion(el: HTMLElement): boolean {
  const overflows = el.scrollWidth > el.clientWidth + 1;
  // A table keeps its own role and name; an equation becomes a named group (not a region: several equations
  // may share a name, and landmarks must not).
  const isTable = el.tagName === 'TABLE';
  if (overflows) {
    el.tabIndex = 0;
    if (!isTable) {
      const tag = el.querySelector('.katex-tag')?.textContent?.trim() ?? '';
      el.setAttribute('role', 'group');
      el.setAttribute('aria-label', MATH_STRINGS[documentLang(el.ownerDocument)].scrollRegion(tag));
    }
  } else if (el.hasAttribute('tabindex')) {
    el.removeAttribute('tabindex');
    if (!isTable) {
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
    }
  }
  return overflows;
}

/** Watches every display equation under `root` and keeps its scroll-region attributes in step with its size. */
export function watchScrollRegions(root: ParentNode = document): ResizeObserver {
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) syncScrollRegion(entry.target as HTMLElement);
  });
  for (const el of root.querySelectorAll<HTMLElement>(SCROLLER_SELECTOR)) observer.observe(el);
  return observer;
}
