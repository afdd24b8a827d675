/**
 * What the SVG layers draw: the points as one path per class (a different marker shape per class, so
 * the classes differ by more than colour) and the small weight diagram.
 */
import { toView } from './heatmap.ts';
import type { Point } from './model.ts';

/** Marker outline centred on (x, y): circle, square, triangle, diamond for classes 0–3. */
export function marker(label: number, x: number, y: number, r: number): string {
  const f = (v: number) => v.toFixed(1);
  switch (label % 4) {
    case 0: return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 1: return `M${f(x - r)},${f(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 2: return `M${f(x)},${f(y - 1.2 * r)}L${f(x + 1.15 * r)},${f(y + 0.8 * r)}H${f(x - 1.15 * r)}Z`;
    default: return `M${f(x)},${f(y - 1.3 * r)}L${f(x + 1.3 * r)},${f(y)}L${f(x)},${f(y + 1.3 * r)}L${f(x - 1.3 * r)},${f(y)}Z`;
  }
}

/** One path per (class, train/test) pair that has points. */
export interface MarkerLayer { label: number; test: boolean; d: string; count: number }

/**
 * Group the points by class and by train/test into path data for a `size × size` plot of $[-r, r]^2$.
 * @example
 * ```ts
 * markerLayers([{ x1: 0, x2: 0, label: 1, test: false }], 300, 1.5)[0].d; // "M146.0,146.0h8v8h-8Z"
 * ```
 */
export function markerLayers(points: readonly Point[], size: number, r: number, radius = 4): MarkerLayer[] {
  const groups = new Map<string, MarkerLayer>();
  for (const p of points) {
    const key = `${p.label}:${p.test}`;
    let g = groups.get(key);
    if (!g) { g = { label: p.label, test: p.test, d: '', count: 0 }; groups.set(key, g); }
    const [x, y] = toView(p.x1, p.x2, size, r);
    g.d += marker(p.label, x, y, radius);
    g.count++;
  }
  return [...groups.values()].sort((a, b) => Number(a.test) - Number(b.test) || a.label - b.label);
}

/** A unit of the weight diagram (bias units are drawn as +1). */
export interface DiagramNode { l: number; j: number; x: number; y: number; bias: boolean }
/** An edge carrying $\Theta^{(l)}_{ij}$ from unit j of layer l to unit i of layer l+1. */
export interface DiagramEdge { l: number; i: number; j: number; x1: number; y1: number; x2: number; y2: number; w: number; width: number }

/**
 * Lay out a network of `sizes` in a `width × height` box: one column per layer, bias unit on top of
 * every non-output layer; edge width grows with $|\Theta_{ij}|$ relative to the largest weight.
 * @example
 * ```ts
 * diagramLayout([2, 1], [[[0.5, 1, -2]]], 200, 100).edges.length; // 3
 * ```
 */
export function diagramLayout(sizes: readonly number[], weights: readonly (readonly (readonly number[])[])[], width: number, height: number): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const L = sizes.length, pad = 14, padY = 22; // room above the top unit for its "+1" label
  const colX = (l: number) => pad + ((width - 2 * pad) * (l - 1)) / Math.max(1, L - 1);
  const rows = Math.max(...sizes.map((s, k) => s + (k < L - 1 ? 1 : 0)));
  const gap = (height - 2 * padY) / Math.max(1, rows - 1);
  const nodes: DiagramNode[] = [];
  const pos = (l: number, j: number) => {
    const count = sizes[l - 1] + (l < L ? 1 : 0), k = l < L ? j : j - 1;
    const top = height / 2 - ((count - 1) * gap) / 2;
    return { x: colX(l), y: top + k * gap };
  };
  sizes.forEach((s, k) => {
    const l = k + 1;
    for (let j = l < L ? 0 : 1; j <= s; j++) nodes.push({ l, j, ...pos(l, j), bias: j === 0 });
  });
  let maxAbs = 0;
  for (const W of weights) for (const row of W) for (const w of row) if (Number.isFinite(w)) maxAbs = Math.max(maxAbs, Math.abs(w));
  const edges: DiagramEdge[] = [];
  weights.forEach((W, k) => W.forEach((row, r) => row.forEach((w, j) => {
    const a = pos(k + 1, j), b = pos(k + 2, r + 1);
    const rel = maxAbs > 0 && Number.isFinite(w) ? Math.abs(w) / maxAbs : 0;
    edges.push({ l: k + 1, i: r + 1, j, x1: a.x, y1: a.y, x2: b.x, y2: b.y, w, width: 0.4 + 3.6 * rel });
  })));
  return { nodes, edges };
}
