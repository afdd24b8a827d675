/**
 * ExpressionGraph's model: a parsed expression and the variables' values → a DAG of scalar operations with
 * each node's value and each edge's local derivative ∂to/∂from. Values and local derivatives come from the
 * backprop module's {@link Value} and {@link localDerivatives}; binary minus and max (which the module does
 * not have as single nodes) are computed here. Pure: no DOM, no globals.
 */
import { localDerivatives, Value } from 'backprop';
import { type Ast, type ExpressionError, errorAt, type Span } from './parse.ts';
import { graphNumber } from './format.ts';
import type { Lang } from '../../src/i18n/lang';
import { EXPRESSION_GRAPH_STRINGS } from './strings.ts';

/** What made a node: a variable, a constant, or an operation (`pow`: constant exponent, one argument; `powv`: a^b). */
export type NodeOp = 'var' | 'const' | '+' | '-' | '*' | '/' | 'pow' | 'powv' | 'neg' | 'exp' | 'log' | 'tanh' | 'sigmoid' | 'relu' | 'max';

/** A node: one variable, constant or operation, shared wherever the same subexpression recurs. */
export interface ExprNode {
  id: number;
  op: NodeOp;
  /** Name in the text: the variable's name, the constant, `f` for the output (`g` if a variable is called f), `v₁`, `v₂`, … otherwise. */
  name: string;
  /** What the circle shows: the name of a leaf, or the operation (`×`, `σ`, `^2`). */
  symbol: string;
  value: number;
  /** Where the node first occurs in the expression. */
  span: Span;
  /** The exponent of a `pow` node. */
  exponent?: number;
}

/** An edge from an argument to the node it feeds (`slot` = argument index), with the local derivative ∂to/∂from. */
export interface ExprEdge { id: number; from: number; to: number; slot: number; local: number }

/** The graph of an expression: nodes in topological order (arguments first), edges in forward order. */
export interface ExprGraph {
  nodes: ExprNode[];
  edges: ExprEdge[];
  /** Node ids of the variables, in order of first appearance. */
  variables: number[];
  output: number;
}

/** The result of {@link buildGraph}: a graph, or the first problem met while evaluating, with its place. */
export type BuildResult = { ok: true; graph: ExprGraph } | { ok: false; error: ExpressionError };

/** Largest graph drawn (nodes). */
export const MAX_NODES = 120;

const SYMBOL: Record<string, string> = {
  '+': '+', '-': '−', '*': '×', '/': '÷', neg: '−', exp: 'exp', log: 'log', tanh: 'tanh', sigmoid: 'σ', relu: 'relu', max: 'max',
};
/** Names for the output, in order of preference; the first that is not a variable's is used. */
const OUTPUT_NAMES = ['f', 'g', 'h', 'F', 'G', 'H', 'out'];
const SUB = (n: number) => String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]!);

class Fail extends Error { constructor(readonly error: ExpressionError) { super(error.message); } }

/** A structural key: equal keys are the same subexpression, drawn once. */
function keyOf(a: Ast): string {
  switch (a.kind) {
    case 'num': return `#${a.value}`;
    case 'var': return `$${a.name}`;
    case 'neg': return `neg(${keyOf(a.arg)})`;
    case 'bin': return `(${keyOf(a.left)}${a.op}${keyOf(a.right)})`;
    case 'call': return `${a.fn}(${a.args.map(keyOf).join(',')})`;
  }
}

/** The constant value of `2`, `-0.5` or `(3)`; null if the exponent is not a plain number. */
function constantOf(a: Ast): number | null {
  if (a.kind === 'num') return a.value;
  if (a.kind === 'neg') { const v = constantOf(a.arg); return v === null ? null : -v; }
  return null;
}

/**
 * Build the graph of `ast` at the given variable values. Variables and repeated compound subexpressions become
 * one node with several out-edges; each written constant is its own leaf. Division by zero, log of a number ≤ 0,
 * a power that is not real and overflow come back as an error pointing at the offending part.
 * `max(a, b)` routes the derivative to the larger argument (½ each on a tie, as PyTorch's `maximum` does).
 * @example
 * ```ts
 * const p = parseExpression('(a+b)*(b+1)');
 * buildGraph(p.ast, { a: 2, b: 1 }).graph.nodes.at(-1).value; // 6
 * ```
 */
export function buildGraph(ast: Ast, values: Record<string, number>, lang: Lang = 'en'): BuildResult {
  const S = EXPRESSION_GRAPH_STRINGS[lang];
  const nodes: ExprNode[] = [], edges: ExprEdge[] = [], vals: Value[] = [];
  const byKey = new Map<string, number>();
  const variables: number[] = [];
  let inner = 0;
  const fmt = (x: number) => graphNumber(x).text;

  const add = (node: Omit<ExprNode, 'id' | 'name' | 'value'>, v: Value, args: number[], locals: number[]): number => {
    if (nodes.length >= MAX_NODES) throw new Fail(errorAt(S.tooBig(MAX_NODES), node.span));
    const id = nodes.length;
    const name = node.op === 'var' ? v.label : node.op === 'const' ? fmt(v.data) : `v${SUB(++inner)}`;
    nodes.push({ id, name, value: v.data, ...node });
    vals.push(v);
    args.forEach((from, slot) => edges.push({ id: edges.length, from, to: id, slot, local: locals[slot]! }));
    return id;
  };
  // Run one Value operation; an overflow (the module refuses non-finite values) becomes an error at `span`.
  const guard = (span: Span, make: () => Value): Value => {
    try { return make(); } catch { throw new Fail(errorAt(S.notFinite, span)); }
  };

  const visit = (a: Ast): number => {
    const key = keyOf(a);
    const seen = byKey.get(key);
    if (seen !== undefined && a.kind !== 'num') return seen;
    let id: number;
    if (a.kind === 'num') {
      const v = guard(a.span, () => new Value(a.value, String(a.value), 'const'));
      id = add({ op: 'const', symbol: fmt(a.value), span: a.span }, v, [], []);
    } else if (a.kind === 'var') {
      const x = values[a.name];
      if (x === undefined || !Number.isFinite(x)) throw new Fail(errorAt(S.valueMissing(a.name), a.span));
      id = add({ op: 'var', symbol: a.name, span: a.span }, new Value(x, a.name), [], []);
      variables.push(id);
    } else if (a.kind === 'bin' && a.op === '^') {
      const n = constantOf(a.right);
      if (n === null) {
        // a^b with b not a constant: a^b = e^{b ln a}, so a must be > 0; ∂/∂a = b·a^(b−1), ∂/∂b = a^b·ln a.
        const l = visit(a.left), r = visit(a.right), x = vals[l]!.data, y = vals[r]!.data;
        if (!(x > 0)) throw new Fail(errorAt(S.powBase(fmt(x)), a.left.span));
        const v = guard(a.span, () => new Value(x ** y));
        id = add({ op: 'powv', symbol: '^', span: a.span }, v, [l, r], [y * x ** (y - 1), v.data * Math.log(x)]);
        byKey.set(key, id);
        return id;
      }
      const base = visit(a.left), b = vals[base]!.data;
      // At the base, the part whose value is out of the power's domain (with a lone variable, beside its field).
      if ((b < 0 && !Number.isInteger(n)) || (b === 0 && n < 0)) throw new Fail(errorAt(S.powDomain(fmt(b), fmt(n)), a.left.span));
      const v = guard(a.span, () => vals[base]!.pow(n));
      id = add({ op: 'pow', symbol: `^${fmt(n)}`, span: a.span, exponent: n }, v, [base], localDerivatives(v));
    } else if (a.kind === 'bin') {
      const l = visit(a.left), r = visit(a.right), x = vals[l]!, y = vals[r]!;
      if (a.op === '/' && y.data === 0) throw new Fail(errorAt(S.divisionByZero(fmt(y.data)), a.right.span));
      if (a.op === '-') {
        const v = guard(a.span, () => new Value(x.data - y.data));
        id = add({ op: '-', symbol: SYMBOL['-']!, span: a.span }, v, [l, r], [1, -1]);
      } else {
        const v = guard(a.span, () => (a.op === '+' ? x.add(y) : a.op === '*' ? x.mul(y) : x.div(y)));
        id = add({ op: a.op as NodeOp, symbol: SYMBOL[a.op]!, span: a.span }, v, [l, r], localDerivatives(v));
      }
    } else if (a.kind === 'neg') {
      const arg = visit(a.arg), v = vals[arg]!.neg();
      id = add({ op: 'neg', symbol: SYMBOL.neg!, span: a.span }, v, [arg], localDerivatives(v));
    } else if (a.fn === 'max') {
      const l = visit(a.args[0]!), r = visit(a.args[1]!), x = vals[l]!.data, y = vals[r]!.data;
      const locals = x > y ? [1, 0] : x < y ? [0, 1] : [0.5, 0.5];
      id = add({ op: 'max', symbol: SYMBOL.max!, span: a.span }, new Value(Math.max(x, y)), [l, r], locals);
    } else {
      const arg = visit(a.args[0]!), x = vals[arg]!;
      if (a.fn === 'log' && !(x.data > 0)) throw new Fail(errorAt(S.logDomain(fmt(x.data)), a.args[0]!.span));
      const fn = a.fn as Exclude<typeof a.fn, 'max'>;
      const v = guard(a.span, () => x[fn]());
      id = add({ op: a.fn, symbol: SYMBOL[a.fn]!, span: a.span }, v, [arg], localDerivatives(v));
    }
    byKey.set(key, id);
    return id;
  };

  try {
    const output = visit(ast);
    const out = nodes[output]!;
    // The output is f, unless a variable already has that name (f*x+f would read ∂f/∂f = 4): then the next free one.
    const taken = new Set(variables.map((id) => nodes[id]!.name));
    if (out.op !== 'var' && out.op !== 'const') out.name = OUTPUT_NAMES.find((n) => !taken.has(n)) ?? 'f';
    return { ok: true, graph: { nodes, edges, variables, output } };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}

/**
 * The output as a function of the variables' values, for checks such as central differences.
 * @example
 * ```ts
 * evaluate(parseExpression('a*b').ast, { a: 2, b: 3 }); // 6
 * ```
 */
export function evaluate(ast: Ast, values: Record<string, number>): number {
  const r = buildGraph(ast, values);
  if (!r.ok) throw new Error(r.error.message);
  return r.graph.nodes[r.graph.output]!.value;
}
