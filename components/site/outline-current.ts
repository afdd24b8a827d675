/**
 * On a window shorter than the course outline (a sticky list that scrolls on its own), scrolls the outline — not the
 * page — so that the entry of the page being read is in view, centred if it can be (reader QA: on lesson 11 at
 * 1280×500 the current entry sat below the outline's visible part).
 */
const outline = document.querySelector<HTMLElement>('.outline');
const current = outline?.querySelector<HTMLElement>('.outline-wide a[aria-current="page"]');
if (outline && current && outline.scrollHeight > outline.clientHeight) {
  const box = outline.getBoundingClientRect();
  const entry = current.getBoundingClientRect();
  if (entry.top < box.top || entry.bottom > box.bottom) outline.scrollTop += entry.top - box.top - (outline.clientHeight - entry.height) / 2;
}
