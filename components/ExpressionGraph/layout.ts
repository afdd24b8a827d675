/**
 * A layered layout of an {@link ExprGraph} (Sugiyama-style, small): each operation one layer above its highest
 * argument, each leaf just below its lowest consumer, the output on top; nodes ordered within a layer by the
 * mean position of their neighbours (a few sweeps of the barycentre heuristic) to cut crossings. Pure.
 */
import type { ExprGraph, ExprNode } from './model.ts';
import { graphNumber } from './format.ts';

/** A node's centre in viewBox units, and its layer (0 = bottom). */
export interface Placed { x: number; y: number; layer: number }

/** The layout: one position per node, and the viewBox size. */
export interface Layout { at: Placed[]; width: number; height: number }

/** Spacing (viewBox units): between nodes of a layer (at least), between layers, and the margin. */
export const SPACING = { dx: 96, dy: 84, pad: 40, minWidth: 320 } as const;

/**
 * Width of one character of a number label, in viewBox units: the labels' largest font is 13.5 px bold, and a digit,
 * "≈" or "−" of a sans-serif face is at most about 0.65 em of it (measured in Chromium with DejaVu Sans: 8.7–8.9).
 */
export const LABEL_CHAR = 9;

/** Characters of a label as drawn (`≈` and `−` are one each). */
export const labelLength = (text: string) => Array.from(text).length;

/**
 * The font size (px, viewBox units) of a node's symbol: 13, smaller as an operation's gets longer so that `tanh`,
 * `relu`, `^0.25` and `^−0.25` fit inside the circle. A name or constant is never below 10.5 (reader QA: a 13-letter
 * name at 7 px was 5 px on a phone): a long one reaches past its circle, and {@link symbolSide} makes room for it.
 */
export function symbolFontSize(node: Pick<ExprNode, 'op' | 'symbol'>): number {
  const n = labelLength(node.symbol);
  if (node.op === 'var' || node.op === 'const') return n >= 4 ? 10.5 : 13;
  return n >= 6 ? 7 : n >= 5 ? 8.5 : n >= 4 ? 10.5 : 13;
}

/** How far a node reaches to each side of its centre: its circle, or half its symbol when that is wider. */
export function symbolSide(node: Pick<ExprNode, 'op' | 'symbol'>): number {
  return Math.max(NODE_RADIUS, (0.65 * symbolFontSize(node) * labelLength(node.symbol)) / 2 + 2);
}

/**
 * Lay out the graph, output at the top. Nodes of a layer are far enough apart, and the margins wide enough, for the
 * labels drawn around them: the value centred below each node (3 significant digits, as GraphPicture draws it), and
 * the derivative beside it on the right, at most `derivChars` characters long (the widest the widget will show in
 * either mode: the largest of `labelChars(g).node`, steps.ts). Reader QA: with derivatives such as ≈1.71e-27 the labels ran
 * over the next node and past the drawing's right edge.
 * @example
 * ```ts
 * layoutGraph(g).at[g.output].layer; // the highest layer
 * ```
 */
export function layoutGraph(g: ExprGraph, derivChars = 1): Layout {
  const N = g.nodes.length;
  const args: number[][] = g.nodes.map(() => []), users: number[][] = g.nodes.map(() => []);
  for (const e of g.edges) { args[e.to]!.push(e.from); users[e.from]!.push(e.to); }
  const layer = new Array<number>(N).fill(0);
  // Nodes are in topological order, so one sweep each way settles the layers.
  for (const v of g.nodes) if (args[v.id]!.length) layer[v.id] = 1 + Math.max(...args[v.id]!.map((a) => layer[a]!));
  for (let i = N - 1; i >= 0; i--) {
    if (args[i]!.length === 0 && users[i]!.length) layer[i] = Math.max(0, Math.min(...users[i]!.map((u) => layer[u]!)) - 1);
  }
  const top = Math.max(0, ...layer);
  const rows: number[][] = Array.from({ length: top + 1 }, () => []);
  g.nodes.forEach((v) => rows[layer[v.id]!]!.push(v.id));
  const pos = new Array<number>(N).fill(0);
  const place = () => rows.forEach((r) => r.forEach((id, i) => (pos[id] = i - (r.length - 1) / 2)));
  place();
  const mean = (ids: number[], fallback: number) => (ids.length ? ids.reduce((s, i) => s + pos[i]!, 0) / ids.length : fallback);
  for (let sweep = 0; sweep < 4; sweep++) {
    const order = sweep % 2 === 0 ? rows.map((_, i) => i) : rows.map((_, i) => top - i);
    for (const l of order) {
      const key = new Map(rows[l]!.map((id) => [id, mean(sweep % 2 === 0 ? args[id]! : users[id]!, pos[id]!)]));
      rows[l]!.sort((a, b) => key.get(a)! - key.get(b)! || a - b);
      rows[l]!.forEach((id, i) => (pos[id] = i - (rows[l]!.length - 1) / 2));
    }
  }
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const valueWidth = LABEL_CHAR * Math.max(0, ...g.nodes.filter((v) => v.op !== 'const').map((v) => labelLength(graphNumber(v.value, 3).text)));
  const derivWidth = LABEL_CHAR * derivChars;
  // How far the widest node reaches to its side: its circle, or a long name (`learning_rate`) or constant.
  const side = Math.max(...g.nodes.map((v) => symbolSide(v)));
  // A derivative label starts 4 units right of its node and must end before the next node; value labels of
  // neighbours must not meet.
  const dx = Math.max(SPACING.dx, 2 * side + 12 + derivWidth, valueWidth + 10);
  const left = Math.max(SPACING.pad + 30, valueWidth / 2 + 6, side + 6), right = Math.max(SPACING.pad + 30, side + 10 + derivWidth, valueWidth / 2 + 6);
  const span = (widest - 1) * dx;
  // Between two layers, each edge that crosses the gap has a label to place there: beyond four, the gap grows.
  const crossing = new Array<number>(top).fill(0);
  for (const e of g.edges) for (let l = layer[e.from]!; l < layer[e.to]!; l++) crossing[l]!++;
  const gap = crossing.map((n) => SPACING.dy + 12 * Math.max(0, n - 4));
  // y of each layer's centre, the top layer first.
  const yOf = new Array<number>(top + 1).fill(SPACING.pad);
  for (let l = top - 1; l >= 0; l--) yOf[l] = yOf[l + 1]! + gap[l]!;
  // A minimum width keeps a one-column graph from being blown up to the full width of the page.
  const width = Math.max(SPACING.minWidth, left + span + right), height = yOf[0]! + SPACING.pad;
  const centre = left + (width - left - span - right) / 2 + span / 2;
  const at = g.nodes.map((v) => ({
    x: centre + pos[v.id]! * dx,
    y: yOf[layer[v.id]!]!,
    layer: layer[v.id]!,
  }));
  return { at, width, height };
}

/** Radius of an operation's circle (viewBox units); edges end on it and must clear other nodes by more. */
export const NODE_RADIUS = 17;

/**
 * The control point of each edge's quadratic Bézier curve: straight (control at the midpoint) unless the edge
 * has parallel twins (x*x), which fan out symmetrically, or unless a straight line would pass through another
 * node (an edge that skips layers), which then bends to the first side that clears every node.
 * @example
 * ```ts
 * edgeControls(g, layoutGraph(g))[0]; // { cx, cy }
 * ```
 */
export function edgeControls(g: ExprGraph, L: Layout): { cx: number; cy: number }[] {
  const count = new Map<string, number>(), seen = new Map<string, number>();
  for (const e of g.edges) count.set(`${e.from}-${e.to}`, (count.get(`${e.from}-${e.to}`) ?? 0) + 1);
  return g.edges.map((e) => {
    const a = L.at[e.from]!, b = L.at[e.to]!, key = `${e.from}-${e.to}`;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1, nx = -(b.y - a.y) / len, ny = (b.x - a.x) / len;
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    const m = count.get(key)!, i = seen.get(key) ?? 0;
    seen.set(key, i + 1);
    const hits = (o: number) => [0.25, 0.5, 0.75].some((t) => {
      const px = (1 - t) ** 2 * a.x + 2 * t * (1 - t) * (mx + nx * o) + t * t * b.x;
      const py = (1 - t) ** 2 * a.y + 2 * t * (1 - t) * (my + ny * o) + t * t * b.y;
      return L.at.some((p, id) => id !== e.from && id !== e.to && Math.hypot(p.x - px, p.y - py) < NODE_RADIUS + 6);
    });
    let off = m > 1 ? (i - (m - 1) / 2) * 44 : 0;
    if (m === 1 && hits(0)) off = [1, -1, 2, -2, 3, -3].map((k) => k * 50).find((o) => !hits(o)) ?? 50;
    return { cx: mx + nx * off, cy: my + ny * off };
  });
}

/** An axis-aligned box (viewBox units). */
interface Box { l: number; r: number; t: number; b: number }

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.r, b.r) - Math.max(a.l, b.l)) * Math.max(0, Math.min(a.b, b.b) - Math.max(a.t, b.t));

/** Where an edge's label can sit along its curve (t from the argument), in order of preference: nearest 0.4 first. */
const LABEL_T = Array.from({ length: 17 }, (_, k) => 0.1 + k * 0.05).sort((a, b) => Math.abs(a - 0.4) - Math.abs(b - 0.4) || a - b);

/**
 * The centre of each edge's label: on its curve, at the first of {@link LABEL_T} where the label (as wide as
 * `chars.edge` characters) meets no node, no node's value or derivative label (`chars.node` characters wide) and no
 * label placed before it; failing that, beside its curve (12 or 22 units off it); where every spot meets something,
 * the one that overlaps least, a node counting four times (a label under a circle is hidden, one over a label only
 * crowded). Edges are placed in order. Reader QA: labels of edges meeting at a node sat on top of each other
 * ("≈0.000259" over "≈−259259"), and one sat under a node's circle.
 * @example
 * ```ts
 * edgeLabelSpots(g, L, edgeControls(g, L), labelChars(g))[0]; // { x, y }: the label's centre
 * ```
 */
export function edgeLabelSpots(g: ExprGraph, L: Layout, controls: { cx: number; cy: number }[], chars: { node: number[]; edge: number[] }): { x: number; y: number }[] {
  const circles: Box[] = [], labels: Box[] = [];
  g.nodes.forEach((v, id) => {
    const p = L.at[id]!;
    circles.push({ l: p.x - NODE_RADIUS, r: p.x + NODE_RADIUS, t: p.y - NODE_RADIUS, b: p.y + NODE_RADIUS });
    const vw = v.op === 'const' ? 0 : LABEL_CHAR * labelLength(graphNumber(v.value, 3).text);
    if (vw) labels.push({ l: p.x - vw / 2, r: p.x + vw / 2, t: p.y + NODE_RADIUS + 2, b: p.y + NODE_RADIUS + 16 });
    const side = symbolSide(v);
    if (side > NODE_RADIUS) labels.push({ l: p.x - side, r: p.x + side, t: p.y - 8, b: p.y + 8 });
    labels.push({ l: p.x + side + 4, r: p.x + side + 4 + LABEL_CHAR * (chars.node[id] ?? 1), t: p.y - 8, b: p.y + 8 });
  });
  const cost = (box: Box) => circles.reduce((sum, o) => sum + 4 * overlap(box, o), 0) + labels.reduce((sum, o) => sum + overlap(box, o), 0);
  return g.edges.map((e) => {
    const a = L.at[e.from]!, b = L.at[e.to]!, { cx, cy } = controls[e.id]!;
    const w = LABEL_CHAR * (chars.edge[e.id] ?? 1);
    let best = { x: 0, y: 0, cost: Infinity, box: { l: 0, r: 0, t: 0, b: 0 } };
    search: for (const off of [0, 12, -12, 22, -22]) {
      for (const t of LABEL_T) {
        // The point of the quadratic Bézier curve at t, moved `off` along its normal there.
        const dx = 2 * (1 - t) * (cx - a.x) + 2 * t * (b.x - cx), dy = 2 * (1 - t) * (cy - a.y) + 2 * t * (b.y - cy);
        const len = Math.hypot(dx, dy) || 1;
        const x = (1 - t) ** 2 * a.x + 2 * t * (1 - t) * cx + t * t * b.x - (dy / len) * off;
        const y = (1 - t) ** 2 * a.y + 2 * t * (1 - t) * cy + t * t * b.y + (dx / len) * off;
        // The text's baseline is 4 below the spot; its capitals and "≈" reach about 13 above it, "e-" and "," 3 below.
        const box = { l: x - w / 2, r: x + w / 2, t: y - 10, b: y + 8 };
        const c = cost(box);
        if (c < best.cost) best = { x, y, cost: c, box };
        if (c === 0) break search;
      }
    }
    labels.push(best.box);
    return { x: best.x, y: best.y };
  });
}
