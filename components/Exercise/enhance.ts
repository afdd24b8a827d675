/**
 * What `<Exercise>` does once JavaScript runs (without it, the hints and the solution still read):
 * - hints one at a time: every hint is a `<details>`; hint n+1 stays hidden until hint n has been opened,
 *   so a reader is not shown the last, most explicit hint first;
 * - controls that only work with JavaScript (`[data-needs-js]`, e.g. "Put the solution in the editor") are
 *   rendered hidden and shown here, so a page without JavaScript has no inert buttons.
 */

/** Stages the hints of every `[data-hints]` list under `root`; returns how many hints it hid. */
export function stageHints(root: ParentNode): number {
  let hidden = 0;
  for (const list of root.querySelectorAll<HTMLElement>('[data-hints]')) {
    const hints = [...list.querySelectorAll<HTMLDetailsElement>(':scope > details')];
    hints.forEach((d, i) => {
      if (i > 0 && !hints[i - 1]!.open) { d.hidden = true; hidden++; }
      d.addEventListener('toggle', () => {
        const next = hints[i + 1];
        if (d.open && next) next.hidden = false;
      });
    });
  }
  return hidden;
}

/** Shows the controls under `root` that need JavaScript. */
export function showScriptedControls(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
}
