/**
 * How a check's name and message are laid out on narrow screens (reader QA at 360 px): " = " never ends a line
 * ("λ =" / "1.5"), and a network's shape never breaks at a hyphen ("a random 2-3-" / "3-1 network"). DOM-free, so
 * the rules are unit-tested; output.ts turns the runs into text and nowrap spans.
 */

/** A piece of a check's text: `whole` pieces are shown on one line (a nowrap span), the rest wrap as usual. */
export interface TextRun {
  text: string;
  whole: boolean;
}

/** A network's shape as the checks write it: layer sizes joined by hyphens ("2-2-2", "3-4-4-2"). */
const SHAPE = /\d+(?:-\d+)+/g;

/**
 * A check's name or message with no-break spaces around each " = " ("for input z = 0"), so a narrow screen never ends a
 * line with "=" and starts the next with the value. Copying gives U+00A0 there.
 */
export function glueEquals(message: string): string {
  return message.replace(/ = /g, '\u00a0=\u00a0');
}

/**
 * A check's name or message as runs to show: " = " glued ({@link glueEquals}), and each network shape a run of its own
 * to keep whole. The hyphens stay ASCII (not U+2011): the shape copies and is found by the page's search as it is
 * written in the lessons and the code, and screen readers read it as usual; the nowrap span does the keeping.
 * @example
 * ```ts
 * checkText('a random 2-3-3-1 network') // [{ text: 'a random ', whole: false }, { text: '2-3-3-1', whole: true }, { text: ' network', whole: false }]
 * ```
 */
export function checkText(text: string): TextRun[] {
  const glued = glueEquals(text);
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of glued.matchAll(SHAPE)) {
    if (m.index > at) runs.push({ text: glued.slice(at, m.index), whole: false });
    runs.push({ text: m[0], whole: true });
    at = m.index + m[0].length;
  }
  if (at < glued.length) runs.push({ text: glued.slice(at), whole: false });
  return runs;
}
