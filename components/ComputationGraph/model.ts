/**
 * ComputationGraph's model: the steps of forward mode (one pass per input, each edge carrying
 * ∂node/∂input) and reverse mode (one backward pass, each edge carrying ∂out/∂node), and the state
 * after any number of steps. Pure; the graph and the work counts come from the backprop module.
 */
import type { LaidOutGraph } from './graph.ts';
import { fmtShort as fmt } from '../shared/example.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { GRAPH_STRINGS } from './strings.ts';

/** Forward mode (dual numbers, one pass per input) or reverse mode (one backward pass). */
export type Mode = 'forward' | 'reverse';

/** One step: an edge traversed, in which pass, and the derivative it carries. */
export interface Step { edge: number; pass: number; carried: number; text: string }

/** What is drawn after some steps. */
export interface GraphState {
  /** Steps taken (0 = none) and the total for this mode. */
  step: number;
  total: number;
  /** Current pass, 0-based (forward mode: the input being seeded); −1 before the first step. */
  pass: number;
  /** Derivative at each node in the current pass (forward: ∂node/∂input; reverse: ∂out/∂node), null if not reached. */
  nodeDeriv: (number | null)[];
  /** Derivative each edge has carried in the current pass, null if not yet. */
  edgeCarried: (number | null)[];
  /** The edge of the last step, highlighted. */
  current: number | null;
  /** ∂out/∂input for each input, once known. */
  results: (number | null)[];
  /** What the last step did, in words. */
  text: string;
}

/**
 * The steps of one mode. Forward: for each input, every edge in topological order carries
 * (local ∂to/∂from) × ∂from/∂input. Reverse: every edge, children first, carries ∂out/∂to × (local ∂to/∂from).
 * Each step's text is in `lang` (default 'en').
 * @example
 * ```ts
 * steps(layoutGraph('e=(a+b)(b+1)'), 'reverse').length; // 6 edges
 * ```
 */
export function steps(g: LaidOutGraph, mode: Mode, lang: Lang = 'en'): Step[] {
  const S = GRAPH_STRINGS[lang];
  const n = g.nodes, out = n[g.output]!.name;
  const result: Step[] = [];
  if (mode === 'forward') {
    g.inputs.forEach((seed, pass) => {
      const s = n[seed]!.name;
      const t = n.map((v) => (v.id === seed ? 1 : 0));
      for (const e of g.edges) {
        const carried = e.local * t[e.from]!;
        t[e.to]! += carried;
        const [f, to] = [n[e.from]!.name, n[e.to]!.name];
        result.push({ edge: e.id, pass, carried,
          text: S.forwardStep(pass + 1, s, f, to, fmt(e.local, 4), fmt(t[e.from]!, 4), fmt(carried, 4), fmt(t[e.to]!, 4)) });
      }
    });
  } else {
    const adj = n.map((v) => (v.id === g.output ? 1 : 0));
    for (const e of [...g.edges].reverse()) {
      const carried = adj[e.to]! * e.local;
      adj[e.from]! += carried;
      const [f, to] = [n[e.from]!.name, n[e.to]!.name];
      result.push({ edge: e.id, pass: 0, carried,
        text: S.reverseStep(out, f, to, fmt(adj[e.to]!, 4), fmt(e.local, 4), fmt(carried, 4), fmt(adj[e.from]!, 4)) });
    }
  }
  return result;
}

/**
 * Replay the first `k` steps of a mode (`all`: the mode's steps, computed in `lang` when not given).
 * @example
 * ```ts
 * const g = layoutGraph('e=(a+b)(b+1)');
 * graphState(g, 'reverse', 6).results; // [2, 5] = [∂e/∂a, ∂e/∂b]
 * ```
 */
export function graphState(g: LaidOutGraph, mode: Mode, k: number, all?: Step[], lang: Lang = 'en'): GraphState {
  all ??= steps(g, mode, lang);
  k = Math.max(0, Math.min(all.length, Math.floor(k)));
  const N = g.nodes.length, E = g.edges.length;
  const last = k > 0 ? all[k - 1]! : null;
  const pass = last ? last.pass : -1;
  const results: (number | null)[] = g.inputs.map(() => null);
  const edgeCarried: (number | null)[] = Array.from({ length: E }, () => null);
  let nodeDeriv: (number | null)[] = Array.from({ length: N }, () => null);
  if (mode === 'forward') {
    const passes = Math.ceil(k / E); // passes started so far
    for (let p = 0; p < passes; p++) {
      const seed = g.inputs[p]!;
      // Leaves are known at the start of a pass: 1 on the seeded input, 0 on every other leaf.
      nodeDeriv = g.nodes.map((v) => (g.edges.some((e) => e.to === v.id) ? null : v.id === seed ? 1 : 0));
      edgeCarried.fill(null);
      for (let s = p * E; s < Math.min(k, (p + 1) * E); s++) {
        const st = all[s]!, e = g.edges[st.edge]!;
        edgeCarried[e.id] = st.carried;
        nodeDeriv[e.to] = (nodeDeriv[e.to] ?? 0) + st.carried;
      }
      if (k >= (p + 1) * E) results[p] = nodeDeriv[g.output]!;
    }
  } else if (k > 0) {
    nodeDeriv[g.output] = 1;
    for (let s = 0; s < k; s++) {
      const st = all[s]!, e = g.edges[st.edge]!;
      edgeCarried[e.id] = st.carried;
      nodeDeriv[e.from] = (nodeDeriv[e.from] ?? 0) + st.carried;
    }
    if (k === all.length) g.inputs.forEach((id, i) => (results[i] = nodeDeriv[id]!));
  }
  const S = GRAPH_STRINGS[lang];
  const text = last ? last.text : mode === 'forward' ? S.forwardIntro(g.inputs.length) : S.reverseIntro(g.nodes[g.output]!.name);
  return { step: k, total: all.length, pass, nodeDeriv, edgeCarried, current: last ? last.edge : null, results, text };
}

/** A row of the derivative table: a node's value, ∂node/∂input for each input (forward mode) and ∂out/∂node (reverse). */
export interface DerivativeRow { name: string; value: number; tangents: number[]; adjoint: number }

/**
 * Every node's value and derivatives, from the completed passes of both modes: the no-JS table.
 * @example
 * ```ts
 * derivativeTable(layoutGraph()).find((r) => r.name === 'c'); // { value: 3, tangents: [1, 1], adjoint: 2 }
 * ```
 */
export function derivativeTable(g: LaidOutGraph): DerivativeRow[] {
  const fwd = steps(g, 'forward'), E = g.edges.length;
  const tangents = g.inputs.map((_, p) => graphState(g, 'forward', (p + 1) * E, fwd).nodeDeriv);
  const adj = graphState(g, 'reverse', E).nodeDeriv;
  return g.nodes.map((v) => ({ name: v.name, value: v.value, tangents: tangents.map((t) => t[v.id] ?? 0), adjoint: adj[v.id] ?? 0 }));
}
