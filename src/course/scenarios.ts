import { chainRule, Network, type CostName } from '../backprop/index.ts';
import { flattenExample } from './flatten.ts';

/**
 * The worked examples the lessons quote. Each scenario is one network, one example and one cost; its
 * numbers are computed here by the backprop module, never typed into a lesson, so text and code agree.
 */
export interface Scenario {
  /** Θ(1), Θ(2), … as nested arrays, column 0 for the bias. */
  weights: number[][][];
  x: number[];
  y: number[];
  cost: CostName;
  /** What the lesson says about it, for maintainers. */
  note: string;
}

export const SCENARIOS = {
  /** The classic 2-2-2 example (sigmoid everywhere, squared error, one example). */
  classic: {
    weights: [
      [[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]],
      [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]],
    ],
    x: [0.05, 0.1],
    y: [0.01, 0.99],
    cost: 'squared-error',
    note: 'Lessons 1, 4 and 5: the 2-2-2 network with inputs 0.05 and 0.10.',
  },
  /** The same network and example with the cross-entropy cost, where δ(3) = a(3) − y exactly. */
  classicCE: {
    weights: [
      [[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]],
      [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]],
    ],
    x: [0.05, 0.1],
    y: [0.01, 0.99],
    cost: 'cross-entropy',
    note: 'Lesson 4: sigmoid outputs with cross-entropy.',
  },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof SCENARIOS;

/**
 * All named numbers of a scenario: everything {@link flattenExample} gives, plus the chain-rule factors
 * ①②③ of every weight as `f1_l_i_j`, `f2_l_i_j`, `f3_l_i_j` and, for hidden units, the path terms
 * `path_l_i_j_k` that add up to ①.
 */
export function scenarioValues(name: string): Record<string, number> {
  const s = (SCENARIOS as Record<string, Scenario>)[name];
  if (!s) throw new Error(`unknown scenario "${name}"; known: ${Object.keys(SCENARIOS).join(', ')}`);
  const net = Network.fromWeights(s.weights);
  const out = flattenExample(net, s.x, s.y, s.cost);
  for (let l = 1; l < net.L; l++) {
    for (let i = 1; i <= net.sizes[l]!; i++) {
      for (let j = 0; j <= net.sizes[l - 1]!; j++) {
        const f = chainRule(net, s.x, s.y, l, i, j, { cost: s.cost });
        out[`f1_${l}_${i}_${j}`] = f.dJda;
        out[`f2_${l}_${i}_${j}`] = f.dadz;
        out[`f3_${l}_${i}_${j}`] = f.dzdTheta;
        f.paths?.forEach((p) => (out[`path_${l}_${i}_${j}_${p.k}`] = p.term));
      }
    }
  }
  return out;
}
