import { documentLang } from '../../src/i18n/lang';
import { IdleQueue } from './idle-queue';
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
 * Whether the content of `el` skips rendering now (`content-visibility: auto` off screen): `el` lies inside a skipped
 * block, or is itself a block whose content is skipped (each display equation is one, global.css). Its size then
 * says nothing: a skipped block is a plain box of its stand-in size, so `scrollWidth` equals `clientWidth` (measured
 * in Chromium on a skipped 336 px wide equation 27 px too wide: 336 and 336, no layout done). An element hidden
 * otherwise (`display: none`) does not count: it is measured as it is.
 */
function contentSkipped(el: HTMLElement): boolean {
  const probe = el.firstElementChild ?? el;
  if (typeof probe.checkVisibility !== 'function') return false;
  return !probe.checkVisibility({ contentVisibilityAuto: true }) && probe.checkVisibility();
}

/**
 * Whether a scroller whose content skips rendering overflows: reading the geometry of something inside it makes the
 * browser lay out that skipped content (and only it, the block's size being contained), after which the scroller's
 * own sizes are true; the content stays skipped for painting. The cost is the equation's own layout (KaTeX's spans
 * and MathML): measured in Chromium at 360 px on the loaded 2-core development box, 5–10 ms per equation, 240–330 ms
 * for the 31 off-screen equations of lesson 4, against 510–610 ms for laying out that whole lesson at once. Done one
 * equation a turn in idle time after load (watchScrollRegions), so a reader's input waits for one at most.
 */
function skippedOverflowsSideways(el: HTMLElement): boolean {
  (el.firstElementChild ?? el).getBoundingClientRect();
  return overflowsSideways(el);
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
 * once however many there are (a write between two reads could otherwise force a layout per element).
 * With `later`, only what can be told now is written: a scroller whose content skips rendering off screen reads as
 * fitting whether it fits or not (see contentSkipped), so every scroller that reads as fitting is left as it is and
 * handed to `later`, to be measured apart (syncDeferredScrollRegion). Nothing here looks inside a skipped block: in
 * Chromium, asking whether an element inside one is skipped (`checkVisibility`) from a ResizeObserver callback left
 * it so that a later read of its geometry returned 0 × 0 without laying it out (seen on the lesson pages: every
 * off-screen equation then read as fitting).
 */
export function syncScrollRegions(els: Iterable<HTMLElement>, later?: (fits: HTMLElement[]) => void): void {
  const measured: [HTMLElement, boolean][] = [];
  for (const el of els) measured.push([el, overflowsSideways(el)]);
  const fits: HTMLElement[] = [];
  for (const [el, overflows] of measured) {
    if (overflows || !later) applyScrollRegion(el, overflows);
    else fits.push(el);
  }
  if (fits.length > 0) later?.(fits);
}

/**
 * Measures one scroller that read as fitting, outside a ResizeObserver callback (in idle time), and sets its
 * attributes: if its content skips rendering, that content alone is laid out to measure it (skippedOverflowsSideways).
 */
export function syncDeferredScrollRegion(el: HTMLElement): void {
  applyScrollRegion(el, contentSkipped(el) ? skippedOverflowsSideways(el) : overflowsSideways(el));
}

/**
 * Watches every display equation under `root` and keeps its scroll-region attributes in step with its size, from
 * load on and without a key press (axe, which lays out what it checks, must find every too-wide equation focusable).
 * Scrollers are measured as the browser lays them out; those that read as fitting then (among them every one off
 * screen, whose content skips rendering) are measured again one by one in idle time (IdleQueue), each laying out its
 * own content if skipped, never the whole page at load.
 */
export function watchScrollRegions(root: ParentNode = document): ResizeObserver {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const win = doc.defaultView ?? window;
  // KaTeX's fonts arrive after the first layout, and laying out a skipped equation can ask for one more (a large
  // delimiter's, say): a size read while a font loads may change when it arrives, unseen if the scroller's box keeps
  // its size (a skipped one's is its stand-in). So idle time measures nothing while fonts load, and what was measured
  // then (by the observer, or by a measurement that itself asked for a font) is measured again once they have
  // loaded, and only that: re-measuring every scroller on each font load cost a long lesson about a second of
  // main-thread work in Lighthouse.
  const fonts = doc.fonts as FontFaceSet | undefined;
  const afterFonts = new Set<HTMLElement>();
  const loading = () => fonts?.status === 'loading';
  const queue = new IdleQueue<HTMLElement>((el) => {
    if (!loading()) syncDeferredScrollRegion(el);
    if (loading()) afterFonts.add(el);
  }, win, 4, 3000);
  // Idle time after load: while the page loads, its own work comes first.
  const loaded = doc.readyState === 'complete' ? Promise.resolve() : new Promise((done) => win.addEventListener('load', done, { once: true }));
  const idle = { add: (els: HTMLElement[]) => void loaded.then(() => queue.add(els)) };
  // A ResizeObserver's callback runs right after the browser's own layout: reading sizes there costs no extra layout.
  const observer = new ResizeObserver((entries) => {
    const els = entries.map((entry) => entry.target as HTMLElement);
    const deferred = new Set<HTMLElement>();
    syncScrollRegions(els, (fits) => {
      for (const el of fits) deferred.add(el);
      idle.add(fits);
    });
    if (loading()) for (const el of els) if (!deferred.has(el)) afterFonts.add(el);
  });
  for (const el of root.querySelectorAll<HTMLElement>(SCROLLER_SELECTOR)) observer.observe(el);
  const fontsLoaded = () => {
    if (loading() || afterFonts.size === 0) return;
    const again = [...afterFonts];
    afterFonts.clear();
    idle.add(again);
  };
  fonts?.addEventListener('loadingdone', fontsLoaded);
  fonts?.addEventListener('loadingerror', fontsLoaded);
  const reobserve = (els: Iterable<HTMLElement>) => {
    for (const el of els) {
      observer.unobserve(el);
      observer.observe(el);
    }
  };
  // A block that skips rendering while off screen (`content-visibility: auto`) does not overflow until it is
  // rendered; its size usually changes then (the observer above), but not always: check it when it renders. Not in
  // the event itself (the block is not laid out yet, so a read would force a layout of the page): observing the
  // scroller afresh makes the observer report it after the next layout.
  doc.addEventListener('contentvisibilityautostatechange', (e) => {
    const block = e.target;
    if ((e as Event & { skipped?: boolean }).skipped || !(block instanceof HTMLElement)) return;
    reobserve(block.matches(SCROLLER_SELECTOR) ? [block] : block.querySelectorAll<HTMLElement>(SCROLLER_SELECTOR));
  }, { capture: true });
  return observer;
}

/** The class on `<html>` that turns the off-screen skipping (`content-visibility: auto`) off, in global.css. */
export const ALL_RENDERED = 'all-rendered';

/**
 * A keyboard reader must meet every too-wide equation as a tab stop, also those off screen that idle time has not
 * measured yet (watchScrollRegions: a Tab pressed right after load can come first). On the first Tab, before the
 * browser moves focus, every block is rendered and every scroller synced: from then on the page is laid out in
 * full, as without the optimisation, so keyboard focus is never inside a skipping block.
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
