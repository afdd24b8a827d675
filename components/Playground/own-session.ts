/**
 * The reader's own data on the plot: each column's map between the reader's units and the plot's coordinates, the
 * session (points split into training and test), the network it trains, and the points as drawn or mapped back.
 * Pure: no DOM, no clock.
 */
import type { Activation, CostName } from 'backprop';
import { networkSpec, type Point } from './model.ts';
import type { ParsedData, TaskKind } from './own-csv.ts';
import type { Settings } from './settings.ts';

/** Half-width of the plotted square the data are mapped into (the same as the built-in XOR set). */
export const OWN_R = 1.5;

/** Affine map of one axis into the plot: internal = (raw − centre) · scale. */
export interface Axis { centre: number; scale: number }

/** How the data sit on the plot and in the network, and how to go back. */
export interface Layout {
  x1: Axis; x2: Axis;
  /** Regression: the target's map to [−1, 1] (internal = (y − centre) · scale); identity for classes. */
  y: Axis;
}

/**
 * The axes' maps: each input's range (padded by 10% each side) onto [−{@link OWN_R}, {@link OWN_R}], so the
 * points fill the plot and a tanh network sees inputs of order 1; a regression target's range onto [−1, 1].
 * A column with one value is centred with scale 1.
 * @example layoutFor({ x1: [0, 10], x2: [-1, 1], y: [0, 0] }, 'classes').x1 // { centre: 5, scale: 1.5 / 5.5 }
 */
export function layoutFor(range: ParsedData['range'], kind: TaskKind): Layout {
  const axis = ([lo, hi]: [number, number], half: number, pad: number): Axis => {
    const h = ((hi - lo) / 2) * pad;
    return { centre: (lo + hi) / 2, scale: h > 0 ? half / h : 1 };
  };
  return {
    x1: axis(range.x1, OWN_R, 1.1),
    x2: axis(range.x2, OWN_R, 1.1),
    y: kind === 'regression' ? axis(range.y, 1, 1) : { centre: 0, scale: 1 },
  };
}

/** The inverse of an axis map: internal value back to the reader's units. */
export const toRaw = (a: Axis, v: number) => v / a.scale + a.centre;
/** An axis map: a value in the reader's units to the plot's (internal) coordinates; {@link toRaw} undoes it. */
export const toInternal = (a: Axis, v: number) => (v - a.centre) * a.scale;

/** Whether a plot coordinate lies on the plotted square (with room for rounding at its edges, where a typed edge value lands). */
export const onPlot = (v: number) => Math.abs(v) <= OWN_R * (1 + 1e-9);

/**
 * A point typed in the reader's units (the point form), on the plot: its plot coordinates, and whether it lies within
 * the plotted range ({@link OwnSession.view}).
 * @example plotPoint(toSession(parseCsv('0,0,a\n10,10,b\n'), s), 5, 5) // { x1: 0, x2: 0, inside: true }
 */
export function plotPoint(own: Pick<OwnSession, 'layout'>, u1: number, u2: number): { x1: number; x2: number; inside: boolean } {
  const x1 = toInternal(own.layout.x1, u1), x2 = toInternal(own.layout.x2, u2);
  return { x1, x2, inside: onPlot(x1) && onPlot(x2) };
}

/** Everything the Playground holds while it trains on the reader's data. */
export interface OwnSession {
  kind: TaskKind;
  columns: [string, string, string];
  /** Class names (classification), in class order. */
  classes: string[];
  layout: Layout;
  /** The reader's original row for every point made from one (exact export, not a round trip through the map). */
  raw: WeakMap<Point, { x1: number; x2: number; label: string }>;
  /** The plotted points (internal coordinates; `label` is the class, or the scaled target for regression). */
  points: Point[];
  /** The text range of the axes, in the reader's units: [low, high] of x1 and x2 as plotted. */
  view: { x1: [number, number]; x2: [number, number] };
}

/**
 * A session from parsed data (its good rows only): the layout, and the points split into training and test by a
 * seeded shuffle (the same `testFraction` and `dataSeed` as the built-in sets; no test row when there are fewer than 5).
 * @example toSession(parseCsv('0,0,a\n1,1,b\n'), { testFraction: 0.2, dataSeed: 1 }).points.length // 2
 */
export function toSession(d: ParsedData, s: Pick<Settings, 'testFraction' | 'dataSeed'>): OwnSession {
  const layout = layoutFor(d.range, d.kind);
  const m = d.good.length;
  const order = seededOrder(m, s.dataSeed);
  const nTest = m < 5 ? 0 : Math.min(m - 1, Math.max(1, Math.round(m * s.testFraction)));
  const isTest = new Uint8Array(m);
  for (let k = 0; k < nTest; k++) isTest[order[k]] = 1;
  const raw = new WeakMap<Point, { x1: number; x2: number; label: string }>();
  const points = d.good.map((r, i) => {
    const p: Point = {
      x1: toInternal(layout.x1, r.x1), x2: toInternal(layout.x2, r.x2),
      label: d.kind === 'regression' ? toInternal(layout.y, d.y[i]) : d.y[i], test: isTest[i] === 1,
    };
    // A target written with a decimal comma is kept as the number, so the exported (comma-separated) CSV reads back.
    const label = d.kind === 'regression' && r.label.includes(',') ? String(d.y[i]) : r.label;
    raw.set(p, { x1: r.x1, x2: r.x2, label });
    return p;
  });
  const view = (a: Axis): [number, number] => [toRaw(a, -OWN_R), toRaw(a, OWN_R)];
  return { kind: d.kind, columns: d.columns, classes: d.classes, layout, raw, points, view: { x1: view(layout.x1), x2: view(layout.x2) } };
}

/** A permutation of 0..m−1 from a small seeded generator (mulberry32), so a split is reproducible. */
function seededOrder(m: number, seed: number): number[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: m }, (_, i) => i);
  for (let i = m - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** The network for a session: classes as the built-in sets (sigmoid or softmax), a numeric target with one linear unit and squared error. */
export function ownSpec(s: Settings, own: OwnSession): { sizes: number[]; hidden: Activation[]; output: Activation; cost: CostName } {
  if (own.kind === 'regression') return { sizes: [2, ...s.hidden, 1], hidden: s.activation.slice(), output: 'linear', cost: 'squared-error' };
  return networkSpec({ ...s, dataset: 'blobs', classes: own.classes.length });
}

/** How many classes the plot draws: the session's classes, or two (below and above the middle) for a target. */
export function drawnClasses(own: OwnSession): number {
  return own.kind === 'regression' ? 2 : own.classes.length;
}

/**
 * The points as the plot draws them: for a numeric target, class 0 (circle) below the middle of the target's range
 * and class 1 (square) at or above it; classes as they are.
 */
export function drawnPoints(own: OwnSession | null, points: Point[]): Point[] {
  if (!own || own.kind !== 'regression') return points;
  return points.map((p) => ({ ...p, label: p.label >= 0 ? 1 : 0 }));
}

/** A point in the reader's units, with its label text: exactly the row read, or mapped back for a point added on the plot. */
export function rawPoint(own: OwnSession | null, p: Point): { x1: number; x2: number; label: string } {
  const r = own?.raw.get(p);
  if (r) return r;
  if (!own) return { x1: p.x1, x2: p.x2, label: String(p.label) };
  const label = own.kind === 'regression' ? String(toRaw(own.layout.y, p.label)) : (own.classes[p.label] ?? String(p.label));
  return { x1: toRaw(own.layout.x1, p.x1), x2: toRaw(own.layout.x2, p.x2), label };
}
