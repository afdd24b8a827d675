import { Network } from '../backprop/index.ts';
import type { Scenario } from './scenario.ts';
import { CORE_SCENARIOS } from './scenarios-core.ts';
import { SCENARIOS_A } from './scenarios-a.ts';
import { SCENARIOS_B } from './scenarios-b.ts';
import { SCENARIOS_C } from './scenarios-c.ts';
import { SCENARIOS_DIGITS } from './scenarios-digits.ts';
import { chainRuleValues, flattenExample } from './flatten.ts';

/*
 * The worked examples the lessons quote. Each scenario is one network, one example and one cost; its
 * numbers are computed here by the backprop module, never typed into a lesson, so text and code agree.
 */
export type { Scenario } from './scenario.ts';

/** Every scenario, by name. The files are split so that several lessons can add theirs side by side. */
export const SCENARIOS: Record<string, Scenario> = { ...CORE_SCENARIOS, ...SCENARIOS_A, ...SCENARIOS_B, ...SCENARIOS_C, ...SCENARIOS_DIGITS };

/** Each scenario's numbers, computed once: some extras train networks, and a lesson quotes them in many places. */
const computed = new WeakMap<Scenario, Readonly<Record<string, number>>>();

/**
 * All named numbers of a scenario: everything {@link flattenExample} gives, plus the chain-rule factors
 * ①②③ of every weight as `f1_l_i_j`, `f2_l_i_j`, `f3_l_i_j` and, for hidden units, the path terms
 * `path_l_i_j_k` that add up to ①, plus the scenario's own `extras`. Computed on the first call for a scenario
 * (the build quotes them in hundreds of places: recomputing them each time was a third of the build's CPU time);
 * each call returns its own copy.
 */
export function scenarioValues(name: string): Record<string, number> {
  const s = SCENARIOS[name];
  if (!s) throw new Error(`unknown scenario "${name}"; known: ${Object.keys(SCENARIOS).join(', ')}`);
  let values = computed.get(s);
  if (!values) {
    const net = Network.fromWeights(s.weights, s.options);
    const out = { ...flattenExample(net, s.x, s.y, s.cost), ...chainRuleValues(net, s.x, s.y, s.cost) };
    for (const [key, value] of Object.entries(s.extras?.(out) ?? {})) {
      if (key in out) throw new Error(`scenario "${name}": extra value "${key}" shadows a standard value`);
      out[key] = value;
    }
    values = Object.freeze(out);
    computed.set(s, values);
  }
  return { ...values };
}
