/**
 * Stepping an {@link ExprGraph} edge by edge. Forward mode: one pass per variable $x_j$, every edge in
 * topological order carrying $\frac{\partial\,to}{\partial\,from}\cdot\frac{\partial\,from}{\partial x_j}$.
 * Reverse mode: one backward pass, every edge from the output down carrying
 * $\frac{\partial f}{\partial\,to}\cdot\frac{\partial\,to}{\partial\,from}$; at a fork the carried terms add up
 * (multivariable chain rule, lesson 7). Edges out of a constant are not stepped ({@link steppedEdges}). Pure.
 */
import type { ExprEdge, ExprGraph } from './model.ts';
import { type FormattedNumber, graphNumber } from './format.ts';
import type { Lang } from '../../src/i18n/lang';
import { EXPRESSION_GRAPH_STRINGS } from './strings.ts';

/** Forward mode (one pass per variable) or reverse mode (one backward pass). */
export type Mode = 'forward' | 'reverse';

/** One step: the edge traversed, in which pass, the derivative it carried and the node total after it. */
export interface Step { edge: number; pass: number; carried: number; total: number; text: string }

/** What is drawn after `step` steps. */
export interface StepState {
  step: number;
  total: number;
  /** Current pass, 0-based (forward: the variable seeded); −1 before the first step. */
  pass: number;
  /** Accumulated derivative at each node in the current pass (forward ∂node/∂x_j, reverse ∂f/∂node), null if not reached. */
  nodeDeriv: (number | null)[];
  /** Derivative each edge carried in the current pass, null if not yet. */
  edgeCarried: (number | null)[];
  /** Edge of the last step. */
  current: number | null;
  /** ∂f/∂x_j for each variable, once known. */
  results: (number | null)[];
  text: string;
}

/** "= 2" or "≈ 0.1966": the relation and the number, for running text. */
const f4 = (x: number) => { const f = graphNumber(x); return f.rounded ? `≈ ${f.text.slice(1)}` : `= ${f.text}`; };

/**
 * Which nodes depend on a variable: a variable, or an operation with such an argument. The others are constants
 * (`1`, or `2*3`): their value is fixed, ∂node/∂x_j is 0 for every variable.
 * @example
 * ```ts
 * dependsOnVariable(graphOf('(a+b)*(b+1)', { a: 2, b: 1 })); // false only for the node of 1
 * ```
 */
export function dependsOnVariable(g: ExprGraph): boolean[] {
  const dep = g.nodes.map((v) => v.op === 'var');
  // Edges are in topological order (an argument's edges come before its result's).
  for (const e of g.edges) if (dep[e.from]) dep[e.to] = true;
  return dep;
}

/**
 * The edges a pass steps along: those out of a node that depends on a variable ({@link dependsOnVariable}). An edge
 * out of a constant would carry 0 in every forward pass, and the backward pass needs ∂f/∂node only on the way to the
 * variables: ∂f/∂(a constant) is never wanted. Reader QA: the backward pass of (a+b)*(b+1) ended on "∂f/∂1 is now 3".
 * @example
 * ```ts
 * steppedEdges(graphOf('(a+b)*(b+1)', { a: 2, b: 1 })).length; // 5 of its 6 edges: not 1 → (b+1)
 * ```
 */
export function steppedEdges(g: ExprGraph): ExprEdge[] {
  const dep = dependsOnVariable(g);
  return g.edges.filter((e) => dep[e.from]);
}

/**
 * All steps of one mode: forward has (number of variables) × (number of {@link steppedEdges}) steps, reverse one per
 * stepped edge.
 * @example
 * ```ts
 * steps(graphOf('(a+b)*(b+1)', { a: 2, b: 1 }), 'reverse').at(-1).total; // ∂e/∂b = 5 (b's second term)
 * ```
 */
export function steps(g: ExprGraph, mode: Mode, lang: Lang = 'en'): Step[] {
  const S = EXPRESSION_GRAPH_STRINGS[lang];
  const n = g.nodes, out: Step[] = [];
  // x/x: two edges x → f with different local derivatives; the text says which operand each is (reader QA).
  const pairs = new Map<string, number>();
  for (const e of g.edges) pairs.set(`${e.from}>${e.to}`, (pairs.get(`${e.from}>${e.to}`) ?? 0) + 1);
  walk(g, mode, (e, pass, incoming, carried, total) => {
    const from = n[e.from]!.name, to = n[e.to]!.name;
    const slot = pairs.get(`${e.from}>${e.to}`)! > 1 ? S.slotNote(n[e.to]!.op, e.slot) : '';
    const text = mode === 'forward'
      ? S.forwardStep(pass + 1, n[g.variables[pass]!]!.name, from, to, slot, f4(e.local), f4(incoming), graphNumber(carried).text, graphNumber(total).text)
      : S.reverseStep(n[g.output]!.name, from, to, slot, f4(incoming), f4(e.local), graphNumber(carried).text, graphNumber(total).text);
    out.push({ edge: e.id, pass, carried, total, text });
  });
  return out;
}

/**
 * The arithmetic of every step of one mode, in order, without the texts: for each edge traversed, the pass, the
 * derivative coming in (forward: ∂from/∂x_j; reverse: ∂f/∂to), what the edge carries and the new total at the node
 * it reaches (forward: `to`; reverse: `from`).
 */
function walk(g: ExprGraph, mode: Mode, visit: (e: ExprEdge, pass: number, incoming: number, carried: number, total: number) => void): void {
  const n = g.nodes, edges = steppedEdges(g);
  if (mode === 'forward') {
    g.variables.forEach((seed, pass) => {
      const t = n.map((node): number => (node.id === seed ? 1 : 0));
      for (const e of edges) {
        const inTan = t[e.from]!, carried = e.local * inTan;
        t[e.to] = t[e.to]! + carried;
        visit(e, pass, inTan, carried, t[e.to]!);
      }
    });
  } else {
    const adj = n.map((node): number => (node.id === g.output ? 1 : 0));
    for (let i = edges.length - 1; i >= 0; i--) {
      const e = edges[i]!, up = adj[e.to]!;
      // A node that does not affect f passes nothing on, even through an infinite local derivative.
      const carried = up === 0 ? 0 : up * e.local;
      adj[e.from] = adj[e.from]! + carried;
      visit(e, 0, up, carried, adj[e.from]!);
    }
  }
}

/**
 * Replay the first `k` steps (clamped to 0…all.length); `all` defaults to `steps(g, mode, lang)`, texts are in `lang`.
 * @example
 * ```ts
 * stepState(g, 'reverse', Infinity).results; // the gradient [∂f/∂x_1, …]
 * ```
 */
export function stepState(g: ExprGraph, mode: Mode, k: number, all?: Step[], lang: Lang = 'en'): StepState {
  const S = EXPRESSION_GRAPH_STRINGS[lang];
  all ??= steps(g, mode, lang);
  k = Math.max(0, Math.min(all.length, Math.floor(k)));
  // E: the steps of one pass.
  const N = g.nodes.length, E = steppedEdges(g).length;
  const last = k > 0 ? all[k - 1]! : null;
  const results: (number | null)[] = g.variables.map(() => null);
  const edgeCarried: (number | null)[] = g.edges.map(() => null);
  let nodeDeriv: (number | null)[] = Array.from({ length: N }, () => null);
  const dep = dependsOnVariable(g);
  if (mode === 'forward') {
    const passes = E === 0 ? Math.min(k, g.variables.length) : Math.ceil(k / E);
    for (let p = 0; p < passes; p++) {
      const seed = g.variables[p]!;
      // At the start of a pass every variable is known (1 on the seeded one, 0 on the others), and every constant: 0.
      nodeDeriv = g.nodes.map((v) => (v.id === seed ? 1 : v.op === 'var' || !dep[v.id] ? 0 : null));
      edgeCarried.fill(null);
      for (let s = p * E; s < Math.min(k, (p + 1) * E); s++) {
        const st = all[s]!, e = g.edges[st.edge]!;
        edgeCarried[e.id] = st.carried;
        nodeDeriv[e.to] = st.total;
      }
      if (k >= (p + 1) * E) results[p] = nodeDeriv[g.output]!;
    }
  } else if ((k > 0 || E === 0) && dep[g.output]) {
    // ∂f/∂f = 1, unless f is a constant (2*3): nothing is computed for it (reader QA: its label said 1, the table "—").
    nodeDeriv[g.output] = 1;
    for (let s = 0; s < k; s++) {
      const st = all[s]!, e = g.edges[st.edge]!;
      edgeCarried[e.id] = st.carried;
      nodeDeriv[e.from] = st.total;
    }
    if (k === all.length) g.variables.forEach((id, i) => (results[i] = nodeDeriv[id] ?? 0));
  }
  const text = last ? last.text : mode === 'forward' ? S.startForward(g.variables.length) : S.startReverse(g.nodes[g.output]!.name);
  return { step: k, total: all.length, pass: last ? last.pass : -1, nodeDeriv, edgeCarried, current: last ? last.edge : null, results, text };
}

/** How many characters each label of the drawing can take at any step of either mode (see {@link labelChars}). */
export interface LabelChars {
  /** Per node: its derivative label beside it (the seeds 1 and 0 and every running total). */
  node: number[];
  /** Per edge: its label (the local derivative, or the derivative it carried in any pass). */
  edge: number[];
}

/**
 * The most characters each label (3 significant digits, as GraphPicture draws it) can have at any step of either
 * mode; the layout leaves that much room.
 * @example
 * ```ts
 * labelChars(graphOf('x*x', { x: 3 })).node; // [1, 1]: "1", "0", "3", "6"
 * ```
 */
export function labelChars(g: ExprGraph): LabelChars {
  const len = (x: number) => Array.from(graphNumber(x, 3).text).length;
  const node = g.nodes.map(() => 1), edge = g.edges.map((e) => len(e.local));
  // Only the numbers of every step (walk), not their texts: this runs for each new graph the reader types.
  for (const mode of ['forward', 'reverse'] as const) {
    walk(g, mode, (e, _pass, _incoming, carried, total) => {
      const at = mode === 'forward' ? e.to : e.from;
      node[at] = Math.max(node[at]!, len(total));
      edge[e.id] = Math.max(edge[e.id]!, len(carried));
    });
  }
  return { node, edge };
}

/**
 * The gradient by both modes run to the end; the no-JS table and the tests read it.
 * @example
 * ```ts
 * gradientBothModes(g); // { forward: [2, 5], reverse: [2, 5] } for (a+b)(b+1) at a = 2, b = 1
 * ```
 */
export function gradientBothModes(g: ExprGraph): { forward: number[]; reverse: number[] } {
  const fw = steps(g, 'forward'), E = steppedEdges(g).length;
  const forward = g.variables.map((seed, p) =>
    E === 0 ? (seed === g.output ? 1 : 0) : stepState(g, 'forward', (p + 1) * E, fw).nodeDeriv[g.output]!);
  const rv = stepState(g, 'reverse', E);
  return { forward, reverse: g.variables.map((id) => rv.nodeDeriv[id] ?? 0) };
}

/**
 * A row of the completed table: a node, its operation, and value, ∂node/∂x_j per variable, ∂f/∂node, formatted;
 * ∂f/∂node is null on a constant (a node that depends on no variable: not computed, see {@link steppedEdges}).
 */
export interface TableRow { name: string; symbol: string; cells: (FormattedNumber | null)[] }

/**
 * Every node's value and derivatives from both modes run to the end: the table readable without JavaScript.
 * @example
 * ```ts
 * derivativeTable(g).at(-1).name; // 'f'
 * ```
 */
export function derivativeTable(g: ExprGraph): TableRow[] {
  const fw = steps(g, 'forward'), E = steppedEdges(g).length;
  const tangents = g.variables.map((seed, p) =>
    E === 0 ? g.nodes.map((v) => (v.id === seed ? 1 : 0)) : stepState(g, 'forward', (p + 1) * E, fw).nodeDeriv.map((t) => t ?? 0));
  const adj = stepState(g, 'reverse', E).nodeDeriv, dep = dependsOnVariable(g);
  return g.nodes.map((v) => ({
    name: v.name, symbol: v.symbol,
    cells: [...[v.value, ...tangents.map((t) => t[v.id]!)].map((x) => graphNumber(x)), dep[v.id] ? graphNumber(adj[v.id] ?? 0) : null],
  }));
}
