import { Network, gradients, networkGraph, Value } from 'backprop';
import { close, expectThat, result, threw } from '../kit';
import { formatValue } from '../../format/value';
import { plain, weight } from '../../notation/symbol';
import { forbid } from '../references';
import { S } from '../strings';
import { CLASSIC } from '../fixtures';
import { cellText } from '../source';
import type { ExerciseDef } from '../types';
import starter from './starter.ts?raw';
import solution from './solution.ts?raw';
import demo from './demo.ts?raw';

/** A graph to differentiate: `entries` names each derivative of `expected` (∂e/∂b), so a failure says which one is wrong. */
type Graph = { out: Value; inputs: Value[]; expected: number[]; entries: string[]; name: string };

/** The graphs the checks differentiate, each with its gradient computed independently of the reader's code. */
function graphs(): Graph[] {
  const a = new Value(2, 'a'), b = new Value(1, 'b');
  const e = a.add(b).mul(b.add(1));
  const x = new Value(3, 'x');
  const f = x.mul(x).add(x).sigmoid();                 // x feeds three edges
  const s = 1 / (1 + Math.exp(-12));
  const net = Network.fromWeights(CLASSIC), g = networkGraph(net, [0.05, 0.1], [0.01, 0.99], { cost: 'squared-error' });
  const D = gradients(net, [[0.05, 0.1]], [[0.01, 0.99]], { cost: 'squared-error' }).D.flat(2);
  return [
    { name: S.graphs.lesson3, out: e, inputs: [a, b], expected: [2, 5], entries: ['∂e/∂a', '∂e/∂b'] },
    { name: S.graphs.sigmoid, out: f, inputs: [x], expected: [s * (1 - s) * 7], entries: ['∂f/∂x'] },
    // g.weights lists Θ(1) then Θ(2), each row by row (as D.flat(2) does); g.weightRefs says which weight each is.
    { name: S.graphs.networkCost, out: g.J, inputs: g.weights, expected: D, entries: g.weightRefs.map((w) => `∂J/∂${plain(weight(w))}`) },
  ];
}

/** Lesson 7 (extra): reverse-mode differentiation of a scalar graph, written by the reader. */
export const exercise: ExerciseDef = {
  id: 'reverse-mode',
  lesson: '07-computational-graphs',
  title: 'Reverse mode by hand',
  task: `Implement \`gradient(out, inputs)\`: the derivative of the graph's output \`out\` with respect to each node in
\`inputs\`, by **one backward sweep**. Keep the adjoints $\\bar v = \\partial\\,\\text{out}/\\partial v$ in the \`Map\`
\`adj\`, start from $\\bar{\\text{out}} = 1$, and visit the nodes in reverse topological order. For each node $v$ and
each parent $p$ of $v$, the chain rule contributes $\\bar v \\cdot \\partial v/\\partial p$ to $\\bar p$ — and a node
that feeds several others collects one contribution from each (lesson 3: the paths add).

\`topoSort(out)\` lists every node \`out\` depends on, parents before children; \`v.parents\` are a node's inputs and
\`localDerivatives(v)[k]\` is $\\partial v/\\partial(\\texttt{v.parents[k]})$. Do not call \`out.backward()\`. The checks
run your sweep on $e = (a+b)(b+1)$, on $\\sigma(x^2 + x)$ and on the whole cost of the 2-2-2 network, where the answer
must equal backpropagation's $\\Dl{1}, \\Dl{2}$.`,
  entry: 'gradient',
  starter: cellText(starter, demo),
  solution: cellText(solution, demo),
  forbidden: forbid('reverseMode', 'forwardMode'),
  hints: [
    'The chain rule: $\\partial\\,\\text{out}/\\partial p = \\partial\\,\\text{out}/\\partial v \\cdot \\partial v/\\partial p$. The starter forgets the first factor, $\\bar v$ = `adj.get(v)`.',
    'In $e = (a+b)(b+1)$, $b$ feeds two nodes. Setting its adjoint overwrites the first contribution with the second; the paths must **add**: `adj.set(p, (adj.get(p) ?? 0) + …)`.',
  ],
  check(gradient) {
    return graphs().map(({ name, out, inputs, expected, entries }) => {
      const before = inputs.map((x) => x.grad);
      let got: unknown;
      try {
        got = (gradient as unknown as (o: Value, i: Value[]) => unknown)(out, inputs);
      } catch (e) {
        return threw(name, e);
      }
      const usedBackward = inputs.some((x, i) => x.grad !== before[i]);
      if (usedBackward) return expectThat(name, false, S.ownSweep);
      return compared(name, got, expected, entries);
    });
  },
};

/**
 * The reader's gradient against `expected`, naming what differs: the list's length in entries, as the other
 * exercises count them, or the first derivative that is off (reader QA: "[1]: expected 5, got 2" left the reader to
 * work out that entry 1 is ∂e/∂b).
 */
function compared(name: string, got: unknown, expected: number[], entries: string[]) {
  if (!Array.isArray(got) && !ArrayBuffer.isView(got)) return result(name, got, expected, '', 1e-9);
  const list = Array.from(got as ArrayLike<unknown>);
  if (list.length !== expected.length) {
    return expectThat(name, false, S.sizeDiffers('gradient(out, inputs)', S.entries(expected.length), S.entries(list.length)));
  }
  const k = expected.findIndex((x, i) => !close(list[i], x, 1e-9));
  if (k < 0) return result(name, list, expected, '', 1e-9);
  return expectThat(name, false, S.entryDiffers(entries[k]!, formatValue(expected[k]), formatValue(list[k], 1)));
}
