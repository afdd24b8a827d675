/**
 * On a window shorter than the course outline (a sticky list that scrolls on its own), scrolls the outline — not the
 * page — so that the entry of the page being read is in view, centred if it can be (reader QA: on lesson 11 at
 * 1280×500 the current entry sat below the outline's visible part).
 */
const outline = document.querySelector<HTMLElement>('.outline');
const current = outline?.querySelector<HTMLElement>('.outline-wide a[aria-current="page"]');
if (outline && current && outline.scrollHeight > outline.clientHeight) {
  // The part of the list the reader sees: before the page scrolls, the sticky list starts below the header and its
  // lower end can lie below the window (reader QA: lesson 8's entry at 508–543 px of a 500 px window).
  const box = outline.getBoundingClientRect();
  const top = Math.max(box.top, 0), bottom = Math.min(box.bottom, innerHeight);
  const entry = current.getBoundingClientRect();
  if (entry.top < top || entry.bottom > bottom) outline.scrollTop += entry.top - top - (bottom - top - entry.height) / 2;
}
