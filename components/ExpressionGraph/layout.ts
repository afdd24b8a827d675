/**
 * A layered layout of an {@link ExprGraph} (Sugiyama-style, small): each operation one layer above its highest
 * argument, each leaf just below its lowest consumer, the output on top; nodes ordered within a layer by the
 * mean position of their neighbours (a few sweeps of the barycentre heuristic) to cut crossings. Pure.
 */
import type { ExprGraph } from './model.ts';

/** A node's centre in viewBox units, and its layer (0 = bottom). */
export interface Placed { x: number; y: number; layer: number }

/** The layout: one position per node, and the viewBox size. */
export interface Layout { at: Placed[]; width: number; height: number }

/** Spacing (viewBox units): between nodes of a layer, between layers, and the margin. */
export const SPACING = { dx: 96, dy: 84, pad: 40 } as const;

/**
 * Lay out the graph, output at the top.
 * @example
 * ```ts
 * layoutGraph(g).at[g.output].layer; // the highest layer
 * ```
 */
export function layoutGraph(g: ExprGraph): Layout {
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
  const width = (widest - 1) * SPACING.dx + 2 * SPACING.pad + 60, height = top * SPACING.dy + 2 * SPACING.pad;
  const at = g.nodes.map((v) => ({
    x: width / 2 + pos[v.id]! * SPACING.dx,
    y: SPACING.pad + (top - layer[v.id]!) * SPACING.dy,
    layer: layer[v.id]!,
  }));
  return { at, width, height };
}
