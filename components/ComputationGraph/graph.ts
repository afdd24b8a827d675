/**
 * The expressions ComputationGraph can show, built as scalar {@link Value} graphs by the backprop module,
 * and laid out as layers from the inputs (bottom) to the output (top).
 */
import { plain, subscriptDigits, weight } from '../../src/notation/symbol.ts';
import { exampleData, ONE_UNIT_EXAMPLE, type OneExampleProps } from '../shared/example.ts';
import { type DerivativeReport, forwardMode, localDerivatives, Network, networkGraph, type Op,
  reverseMode, topoSort, Value } from 'backprop';

/** Which expression to draw: the graph article's example, or the seed's cost for one example. */
export type Expression = 'e=(a+b)(b+1)' | 'seed-cost';

/**
 * Inputs of the expressions: `a`, `b` for `e=(a+b)(b+1)`; for `seed-cost`, the shared example props (weights, one
 * x and y, cost), by default one sigmoid unit with two inputs ({@link ONE_UNIT_EXAMPLE}).
 */
export interface GraphParams extends Pick<OneExampleProps, 'weights' | 'x' | 'y' | 'cost'> {
  /** Values of a and b (default a = 2, b = 1, as in the article). */
  values?: { a?: number; b?: number };
}

/** A node as drawn: the op, a name, its value and where it sits (viewBox units). */
export interface GraphNode {
  id: number;
  /** Name used in the text: the expression's label, or `v₇` for an unnamed intermediate node. */
  name: string;
  /** What the circle shows: the label, or the op (`×`, `σ`) for an unnamed node. */
  symbol: string;
  op: Op;
  value: number;
  x: number;
  y: number;
  isInput: boolean;
}
/** An edge from a parent to the node it feeds, with the local derivative ∂to/∂from. */
export interface GraphEdge { id: number; from: number; to: number; local: number }

/** A laid-out graph plus the module's work counts for both modes. */
export interface LaidOutGraph {
  nodes: GraphNode[];
  /** Edges in the order forward mode visits them (children in topological order). */
  edges: GraphEdge[];
  /** Node ids of the inputs we differentiate with respect to. */
  inputs: number[];
  output: number;
  width: number;
  height: number;
  /** From the module's `forwardMode` and `reverseMode`. */
  forward: DerivativeReport;
  reverse: DerivativeReport;
}

const SUB = subscriptDigits;

/** The expression's output, the inputs we differentiate by, and the names nodes are drawn with (else their label). */
interface Built { out: Value; inputs: Value[]; names: Map<Value, string> }

function build(expression: Expression, p: GraphParams): Built {
  if (expression === 'seed-cost') {
    const { weights, x, y, cost } = exampleData(p, ONE_UNIT_EXAMPLE);
    const net = Network.fromWeights(weights);
    const g = networkGraph(net, x, y, { cost });
    // Names come from the graph's structured references and the notation module; the core's labels stay as they are.
    const names = new Map<Value, string>([[g.J, 'J']]);
    if (g.h.length === 1) { names.set(g.h[0]!, 'h'); const z = g.h[0]!.parents[0]; if (z && z.op === '+') names.set(z, 'z'); }
    g.weights.forEach((v, n) => names.set(v, plain(weight(g.weightRefs[n]!), { indices: 'subscript', layer: net.L > 2 })));
    g.x.forEach((v, j) => names.set(v, plain({ kind: 'x', j: j + 1 }, { indices: 'subscript' })));
    return { out: g.J, inputs: g.weights, names };
  }
  const a = new Value(p.values?.a ?? 2, 'a'), b = new Value(p.values?.b ?? 1, 'b');
  const c = a.add(b), d = b.add(1);
  c.label = 'c'; d.label = 'd';
  const e = c.mul(d);
  e.label = 'e';
  return { out: e, inputs: [a, b], names: new Map() };
}

const OP_NAME: Partial<Record<Op, string>> = { '+': '+', '*': '×', neg: '−', '/': '÷', pow: 'pow', exp: 'exp', log: 'log', tanh: 'tanh', sigmoid: 'σ', relu: 'relu' };

/**
 * Build an expression with the module's {@link Value} graph and lay it out in layers, inputs at the bottom:
 * every node sits just below its lowest consumer, so edges stay short.
 * @example
 * ```ts
 * const g = layoutGraph('e=(a+b)(b+1)');
 * g.nodes.find((n) => n.name === 'e')!.value; // 6
 * g.forward.passes; // 2 — one per input
 * ```
 */
export function layoutGraph(expression: Expression = 'e=(a+b)(b+1)', p: GraphParams = {}): LaidOutGraph {
  const { out, inputs, names } = build(expression, p);
  const order = topoSort(out);
  const id = new Map(order.map((v, k) => [v, k]));
  // Longest path from the leaves fixes the output's layer; then every node moves up to just below its
  // lowest consumer (as late as possible), so an input used late, like the target y, sits next to its use.
  const layer = new Map<Value, number>();
  for (const v of order) layer.set(v, v.parents.length ? 1 + Math.max(...v.parents.map((q) => layer.get(q)!)) : 0);
  for (let k = order.length - 2; k >= 0; k--) {
    const v = order[k]!;
    const uses = order.filter((u) => u.parents.includes(v)).map((u) => layer.get(u)!);
    if (uses.length) layer.set(v, Math.min(...uses) - 1);
  }
  const low = Math.min(...order.map((v) => layer.get(v)!));
  for (const v of order) layer.set(v, layer.get(v)! - low);
  const top = Math.max(...order.map((v) => layer.get(v)!));
  const rows: Value[][] = Array.from({ length: top + 1 }, () => []);
  for (const v of order) rows[layer.get(v)!]!.push(v);
  const width = 360, gap = 78, height = 40 + top * gap + 44;
  const pos = new Map<Value, { x: number; y: number }>();
  rows.forEach((row, l) => {
    const step = Math.min(96, (width - 40) / Math.max(1, row.length));
    row.forEach((v, k) => pos.set(v, { x: width / 2 + (k - (row.length - 1) / 2) * step, y: height - 34 - l * gap }));
  });
  const nodes = order.map((v, k): GraphNode => {
    const label = names.get(v) ?? v.label;
    // A constant's label is its value (`0.5`): "∂J/∂0.5" reads as nonsense, so it is named like any unnamed node.
    return { id: k, name: label && !/^[-−]?[\d.]/.test(label) ? label : `v${SUB(String(k))}`, symbol: label || OP_NAME[v.op] || v.op, op: v.op, value: v.data, ...pos.get(v)!, isInput: inputs.includes(v) };
  });
  const edges: GraphEdge[] = [];
  for (const v of order) {
    const local = localDerivatives(v);
    v.parents.forEach((q, k) => edges.push({ id: edges.length, from: id.get(q)!, to: id.get(v)!, local: local[k]! }));
  }
  const forward = forwardMode(out, inputs);
  const reverse = reverseMode(out, inputs);
  return { nodes, edges, inputs: inputs.map((v) => id.get(v)!), output: id.get(out)!, width, height, forward, reverse };
}
