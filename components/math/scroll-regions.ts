import { documentLang } from '../../src/i18n/lang';
import { MATH_STRINGS } from './strings';

/**
 * Horizontal scrollers of a lesson: display equations (`.katex-display { overflow-x: auto }`) and tables
 * (`table { display: block; overflow-x: auto }` in global.css), widgets' tables included.
 */
export const SCROLLER_SELECTOR = '.katex-display, main table';

/** Whether `el` is wider inside than its box: a layout read (it forces a layout if the page's layout is stale). */
function overflowsSideways(el: HTMLElement): boolean {
  return el.scrollWidth > el.clientWidth + 1;
}

/**
 * Whether `el` lies inside a block that skips rendering while off screen (`content-visibility: auto`), and is not
 * hidden otherwise: measuring it would lay that block out (and the page with it) for nothing; it is measured when
 * the block renders. A scroller's own skipping does not count: it is measured as it is (it does not overflow).
 */
function insideSkippedBlock(el: HTMLElement): boolean {
  if (typeof el.checkVisibility !== 'function') return false;
  return !el.checkVisibility({ contentVisibilityAuto: true }) && el.checkVisibility();
}

/**
 * Makes a display equation keyboard-scrollable exactly while it overflows (axe `scrollable-region-focusable`):
 * then it is a focusable, named region; otherwise it is plain text again, so equations that fit add no tab stops.
 * Writes attributes only, no layout reads.
 */
export function applyScrollRegion(el: HTMLElement, overflows: boolean): void {
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
}

/**
 * Measures one scroller and sets its attributes (see applyScrollRegion).
 * @returns whether the element overflows
 */
export function syncScrollRegion(el: HTMLElement): boolean {
  const overflows = overflowsSideways(el);
  applyScrollRegion(el, overflows);
  return overflows;
}

/**
 * Syncs many scrollers: every size is read first, then every attribute written, so the page is laid out at most
 * once however many there are (a write between two reads could otherwise force a layout per element). Scrollers
 * inside skipped blocks are left as they are (see insideSkippedBlock).
 */
export function syncScrollRegions(els: Iterable<HTMLElement>): void {
  const measured: [HTMLElement, boolean][] = [];
  for (const el of els) if (!insideSkippedBlock(el)) measured.push([el, overflowsSideways(el)]);
  for (const [el, overflows] of measured) applyScrollRegion(el, overflows);
}

/** Watches every display equation under `root` and keeps its scroll-region attributes in step with its size. */
export function watchScrollRegions(root: ParentNode = document): ResizeObserver {
  // A ResizeObserver's callback runs right after the browser's own layout: reading sizes there costs no extra layout.
  const observer = new ResizeObserver((entries) => syncScrollRegions(entries.map((entry) => entry.target as HTMLElement)));
  for (const el of root.querySelectorAll<HTMLElement>(SCROLLER_SELECTOR)) observer.observe(el);
  // A block that skips rendering while off screen (`content-visibility: auto`) does not overflow until it is
  // rendered; its size usually changes then (the observer above), but not always: check it when it renders. Not in
  // the event itself (the block is not laid out yet, so a read would force a layout of the page): observing the
  // scroller afresh makes the observer report it after the next layout.
  const doc = (root as Node).ownerDocument ?? (root as Document);
  doc.addEventListener('contentvisibilityautostatechange', (e) => {
    const block = e.target;
    if ((e as Event & { skipped?: boolean }).skipped || !(block instanceof HTMLElement)) return;
    const scrollers = block.matches(SCROLLER_SELECTOR) ? [block] : [...block.querySelectorAll<HTMLElement>(SCROLLER_SELECTOR)];
    for (const el of scrollers) {
      observer.unobserve(el);
      observer.observe(el);
    }
  }, { capture: true });
  return observer;
}

/** The class on `<html>` that turns the off-screen skipping (`content-visibility: auto`) off, in global.css. */
export const ALL_RENDERED = 'all-rendered';

/**
 * A keyboard reader must meet every too-wide equation as a tab stop, also those that have not been on screen yet
 * (skipped blocks do not overflow, so they have no tab stop). On the first Tab, before the browser moves focus,
 * every block is rendered and every scroller synced: from then on the page is laid out in full, as without the
 * optimisation.
 */
export function renderAllOnFirstTab(root: Document = document): void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Tab') return;
    root.removeEventListener('keydown', onKey, true);
    root.documentElement.classList.add(ALL_RENDERED);
    // One layout for the whole page (now rendered in full), then every attribute: before focus moves.
    syncScrollRegions(root.querySelectorAll<HTMLElement>(SCROLLER_SELECTOR));
  };
  root.addEventListener('keydown', onKey, true);
}

/**
 * Keeps the element named by the URL's fragment (`#eq-4.17`) on screen while the page settles. Off-screen lesson
 * blocks skip rendering (`content-visibility: auto` in global.css) and stand in with an estimated height until they
 * near the viewport, and KaTeX's fonts arrive late, so the browser's first jump to the fragment can land on an
 * estimate: blocks that then render above the target move it. This scrolls to the target again, frame after frame,
 * until its position holds still (or the reader scrolls, types or taps: then the reader's position wins).
 * Runs on load of a page with a fragment and on every later fragment change.
 */
export function keepFragmentInView(win: Window = window): void {
  const doc = win.document;
  let run = 0;
  const settle = () => {
    const id = decodeURIComponent(win.location.hash.slice(1));
    const target = id ? doc.getElementById(id) : null;
    if (!target) return;
    const mine = ++run;
    let last = Number.NaN;
    let still = 0;
    const step = (frame: number) => {
      if (mine !== run) return;
      const top = target.getBoundingClientRect().top;
      if (Math.abs(top - last) <= 1) still++;
      else {
        still = 0;
        target.scrollIntoView({ block: 'start' });
        last = target.getBoundingClientRect().top;
      }
      // Settled: unmoved for a few frames after the last re-scroll. Bounded, so it never fights the reader.
      if (still < 3 && frame < 120) win.requestAnimationFrame(() => step(frame + 1));
    };
    step(0);
  };
  const stop = () => { run++; };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) win.addEventListener(type, stop, { passive: true });
  win.addEventListener('hashchange', settle);
  if (win.location.hash) {
    settle();
    win.addEventListener('load', settle, { once: true });
    void doc.fonts?.ready.then(settle);
  }
}
