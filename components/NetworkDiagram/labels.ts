/**
 * Where each weight's number is written on its edge, so that no two numbers overlap. Edges that cross
 * (from the bias unit at the top to the bottom unit, and from a middle unit up to the top unit, in a
 * 2-2-3 net) put their 30 % points almost on the same spot; such a label slides along its own edge to
 * the first free place. Pure geometry in viewBox units: the SVG scales as a whole, so what does not
 * overlap here does not overlap at any width.
 */

/** The weight labels' font size in viewBox units (`.nd-wlabel` in NetworkDiagram.css). */
export const LABEL_FONT = 11;
/** Width of one character of the monospace font, in em. */
const CHAR_EM = 0.62;
/** The white halo around a label (`stroke-width: 4px`) reaches 2 units beyond the glyphs. */
const HALO = 2;
/** Fractions along the edge tried in turn: the first is the default, near the source where edges fan apart. */
export const LABEL_FRACTIONS = [0.3, 0.4, 0.2, 0.5, 0.6, 0.7];

/** An axis-aligned box. */
export interface Box { x: number; y: number; w: number; h: number }

/**
 * The box a label's text covers, halo included, centred on (lx, ly) as DiagramSvg draws it
 * (`y = ly + 4`, the baseline a little below the centre).
 * @example
 * ```ts
 * labelBox(100, 50, '0.15'); // { x: ≈84, y: ≈41, w: ≈31, h: ≈18 }
 * ```
 */
export function labelBox(lx: number, ly: number, text: string): Box {
  const w = text.length * CHAR_EM * LABEL_FONT + 2 * HALO;
  const h = 1.2 * LABEL_FONT + 2 * HALO;
  return { x: lx - w / 2, y: ly - h / 2, w, h };
}

/** True when the two boxes share some area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** What a label needs to place itself: its edge's ends and text; `lx`, `ly` are written. */
export interface LabelledEdge { x1: number; y1: number; x2: number; y2: number; text: string; lx: number; ly: number }

/**
 * Sets `lx`, `ly` of every edge: the first of {@link LABEL_FRACTIONS} along the edge whose box overlaps
 * no label placed before it and none of `obstacles` (units, the text under them); if none is free, 30 %.
 * @example
 * ```ts
 * placeWeightLabels(model.edges, model.nodes.map((n) => ({ x: n.cx - n.r, y: n.cy - n.r, w: 2 * n.r, h: 2 * n.r })));
 * ```
 */
export function placeWeightLabels(edges: LabelledEdge[], obstacles: Box[]): void {
  const placed: Box[] = [];
  for (const e of edges) {
    const at = (t: number) => ({ lx: e.x1 + t * (e.x2 - e.x1), ly: e.y1 + t * (e.y2 - e.y1) });
    const free = LABEL_FRACTIONS.map(at).find(({ lx, ly }) => {
      const box = labelBox(lx, ly, e.text);
      return !placed.some((b) => overlaps(b, box)) && !obstacles.some((b) => overlaps(b, box));
    }) ?? at(LABEL_FRACTIONS[0]!);
    e.lx = free.lx;
    e.ly = free.ly;
    placed.push(labelBox(e.lx, e.ly, e.text));
  }
}
