import { localDerivatives, topoSort, Value } from 'backprop';
import { compare } from '../kit';
import { S } from '../strings';
import { cellText } from '../source';
import type { ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';
import demo from './demo.ts?raw';

/** An edge of a computational graph with its local derivative ∂to/∂from. */
interface Edge { from: string; to: string; local: number }

/**
 * A module graph as the edge list the reader works on: inputs keep their labels, the output is called `out`,
 * every other node `n<index>`. A node used twice by the same operation (x·x) gives two edges.
 */
function toEdges(out: Value, outName: string): Edge[] {
  const order = topoSort(out);
  const name = new Map<Value, string>();
  order.forEach((v, i) => name.set(v, v === out ? outName : v.op === 'input' && v.label ? v.label : `n${i}`));
  return order.flatMap((v) => {
    const local = localDerivatives(v);
    return v.parents.map((p, k) => ({ from: name.get(p)!, to: name.get(v)!, local: local[k]! }));
  });
}

/** One check: the reader's path sum against the module's reverse-mode gradient. */
function against(pathSum: (...a: never[]) => unknown, what: string, out: Value, outName: string, input: Value) {
  const edges = toEdges(out, outName);
  out.backward();
  return compare(what, pathSum, [edges, input.label, outName], input.grad);
}

/** The graphs of the checks, built with the module's `Value`. */
function cases(pathSum: (...a: never[]) => unknown) {
  const out = [];
  // Lesson 3's graph: e = (a + b)(b + 1) at a = 2, b = 1.
  for (const which of ['a', 'b'] as const) {
    const a = new Value(2, 'a'), b = new Value(1, 'b');
    const e = a.add(b).mul(b.add(1));
    out.push(against(pathSum, S.graphs.lesson3Check(which), e, 'e', which === 'a' ? a : b));
  }
  // Three paths and a repeated edge: f = (x·y)(x + y) + x·x.
  {
    const x = new Value(0.5, 'x'), y = new Value(-1.5, 'y');
    const f = x.mul(y).mul(x.add(y)).add(x.mul(x));
    out.push(against(pathSum, S.graphs.repeatedCheck, f, 'f', x));
  }
  // Lesson 3's hidden unit: J as a function of a(2)_1 through both output units (squared error).
  {
    const a1 = new Value(0.593269992, 'a1'), a2 = 0.596884378;
    const rows = [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]], y = [0.01, 0.99];
    const J = rows.map((r, k) => a1.mul(r[1]!).add(r[0]! + r[2]! * a2).sigmoid().sub(y[k]!).pow(2).mul(0.5))
      .reduce((s, t) => s.add(t));
    out.push(against(pathSum, S.graphs.hiddenCheck, J, 'J', a1));
  }
  // A deep layered graph: two nodes per layer, 2^10 paths from x to the output.
  {
    const x = new Value(0.3, 'x');
    let u = x.mul(0.9), v = x.mul(-0.7);
    for (let layer = 0; layer < 9; layer++) {
      [u, v] = [u.mul(1.1).add(v.mul(0.7)).tanh(), u.mul(-0.8).add(v.mul(1.2)).tanh()];
    }
    out.push(against(pathSum, S.graphs.deepCheck, u.mul(v), 'out', x));
  }
  return out;
}

/** Lesson 3 (extra): a derivative on a computational graph as the sum over paths of products of local derivatives. */
export const exercise: ExerciseDef = {
  id: 'chain-rule-paths',
  lesson: '03-chain-rule',
  title: 'Sum over the paths',
  task: `A computational graph is given as a list of edges \`{ from, to, local }\`, where \`local\` is the local
derivative $\\partial\\,\\text{to} / \\partial\\,\\text{from}$. Implement \`pathSum(edges, from, to)\`: the derivative of node
\`to\` with respect to node \`from\` by the rule (3.19) — **the sum over every path** from \`from\` to \`to\` of the
**product** of the local derivatives along the path.

The starter follows only the first edge out of each node, so it is right when there is a single path and wrong
otherwise. The checks build graphs with the module's \`Value\` (lesson 3's $e = (a+b)(b+1)$, a graph where $x \\cdot x$
gives two parallel edges, the network's hidden unit $a^{(2)}_1$, and a deep graph with 1024 paths) and compare your
result with the module's reverse-mode gradient.`,
  entry: 'pathSum',
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  hints: [
    'Every path from `from` begins with one of the edges leaving `from`. After that edge, the rest of the path is a path from `edge.to` to `to`.',
    'So `pathSum(from) = Σ over edges leaving from of edge.local × pathSum(edge.to)`, and `pathSum(to, to) = 1`. A node with no way to `to` contributes 0 automatically (an empty sum).',
    'Two edges between the same pair of nodes (as in $x \\cdot x$) are two different paths: count both. Optional: remember the result for each node you have finished — that saving is exactly what reverse mode (and backpropagation) does.',
  ],
  check(pathSum) {
    return cases(pathSum);
  },
};
