import { describe, expect, it } from 'vitest';
import { backprop, chainRule, Network, type CostName } from 'backprop';
import { SCENARIOS, scenarioValues } from '../../src/course/scenarios';
import { formatTex, formatText } from '../../src/course/format';
import { renderLinkedTex } from '../LinkedSymbols/linked-tex';
import type { DiagramState } from '../NetworkDiagram/model';
import { eqLines, revealed, stepperSteps } from './model';

/** A quoted number recomputed straight from the module by its name, independently of the stepper. */
function moduleValue(name: string, net: Network, s: DiagramState, cost: CostName): number {
  const t = backprop(net, s.x, s.y, { cost });
  const m = /^(f[123]|[a-zA-Z]+)_?(.*)$/.exec(name)!;
  const kind = m[1]!, ix = m[2] ? m[2].split('_').map(Number) : [];
  switch (kind) {
    case 'J': return t.J;
    case 'x': return s.x[ix[0]! - 1]!;
    case 'y': return s.y[ix[0]! - 1]!;
    case 'h': return t.h[ix[0]! - 1]!;
    case 'a': return ix[0] === net.L ? t.h[ix[1]! - 1]! : t.a(ix[0]!)[ix[1]!]!;
    case 'z': return t.z(ix[0]!)[ix[1]! - 1]!;
    case 'delta': return t.delta(ix[0]!)[ix[1]! - 1]!;
    case 'Theta': return net.Theta(ix[0]!)[ix[1]! - 1]![ix[2]!]!;
    case 'D': return t.D(ix[0]!)[ix[1]! - 1]![ix[2]!]!;
    case 'f1': return chainRule(net, s.x, s.y, ix[0]!, ix[1]!, ix[2]!, { cost }).dJda;
    case 'f2': return chainRule(net, s.x, s.y, ix[0]!, ix[1]!, ix[2]!, { cost }).dadz;
    case 'f3': return chainRule(net, s.x, s.y, ix[0]!, ix[1]!, ix[2]!, { cost }).dzdTheta;
    case 'path': return chainRule(net, s.x, s.y, ix[0]!, ix[1]!, ix[2]!, { cost }).paths![ix[3]! - 1]!.term;
    default: throw new Error(`test: unknown name ${name}`);
  }
}

/** Every number of every step equals the module's, and appears in the TeX and the text in order. */
function checkAgainstModule(s: DiagramState) {
  const cost = s.cost ?? 'squared-error';
  const net = Network.fromWeights(s.weights, s.options);
  const steps = stepperSteps(s);
  let count = 0;
  for (const step of steps) {
    expect(step.numbers.length, step.id).toBeGreaterThan(0);
    expect(step.numbers.at(-1)!.name, 'the last number is the result').toBe(step.id);
    let atTex = 0, atText = 0;
    for (const q of step.numbers) {
      expect(q.value, `${step.id}: ${q.name}`).toBe(moduleValue(q.name, net, s, cost));
      atTex = step.tex.indexOf(formatTex(q.value, 4), atTex);
      atText = step.text.indexOf(formatText(q.value, 4), atText);
      expect(atTex, `${step.id}: ${q.name} in TeX`).toBeGreaterThanOrEqual(0);
      expect(atText, `${step.id}: ${q.name} in text`).toBeGreaterThanOrEqual(0);
      count++;
    }
    expect(() => renderLinkedTex(`\\begin{aligned}${step.tex}\\end{aligned}`, true)).not.toThrow();
  }
  return count;
}

const classic = SCENARIOS.classic as DiagramState;

describe('stepperSteps on the classic 2-2-2 example (squared error)', () => {
  const steps = stepperSteps(classic);
  const at = (id: string) => steps.find((s) => s.id === id)!;

  it('orders the operations: forward z then a, the cost, δ(3), paths + sum + δ(2) per hidden unit, then every D', () => {
    expect(steps.map((s) => s.id)).toEqual([
      'z2_1', 'a2_1', 'z2_2', 'a2_2', 'z3_1', 'a3_1', 'z3_2', 'a3_2', 'J', 'delta3_1', 'delta3_2',
      'path_1_1_0_1', 'path_1_1_0_2', 'f1_1_1_0', 'delta2_1', 'path_1_2_0_1', 'path_1_2_0_2', 'f1_1_2_0', 'delta2_2',
      'D2_1_0', 'D2_1_1', 'D2_1_2', 'D2_2_0', 'D2_2_1', 'D2_2_2', 'D1_1_0', 'D1_1_1', 'D1_1_2', 'D1_2_0', 'D1_2_1', 'D1_2_2',
    ]);
  });

  it('quotes only numbers that equal the module\'s, in TeX and text (checked independently)', () => {
    expect(checkAgainstModule(classic)).toBe(143);
  });

  it('uses the scenario names, so lessons quoting scenarioValues agree with every step', () => {
    const values = scenarioValues('classic');
    for (const s of steps) for (const q of s.numbers) expect(q.value, q.name).toBe(values[q.name]);
  });

  it('δ(2)_1: the two paths add to ① = 0.03635, times g\'(z) = 0.2413 gives 0.008771', () => {
    expect(at('path_1_1_0_1').text).toBe('path 1: Θ(2)_11 δ(3)_1 = 0.4000 × 0.1385 = 0.05540');
    expect(at('path_1_1_0_2').text).toBe('path 2: Θ(2)_21 δ(3)_2 = 0.5000 × (−0.03810) = −0.01905');
    expect(at('f1_1_1_0').text).toBe('∂J/∂a(2)_1 = Σ_k Θ(2)_11 δ(3)_1 + … = 0.05540 + (−0.01905) = 0.03635');
    expect(at('delta2_1').text).toBe('δ(2)_1 = ∂J/∂a(2)_1 · g′(z(2)_1) = 0.03635 × 0.2413 = 0.008771');
    expect(at('delta2_1').numbers.at(-1)!.value).toBeCloseTo(0.008771354689486937, 15);
  });

  it('shows ①②③ for a Θ(2) weight: 0.7414 × 0.1868 × 0.5933 = δ(3)_1 a(2)_1 = 0.08217', () => {
    const d = at('D2_1_1');
    expect(d.text).toBe('D(2)_11 = ∂J/∂Θ(2)_11 = ①·②·③ = 0.7414 × 0.1868 × 0.5933 = δ(3)_1 a(2)_1 = 0.1385 × 0.5933 = 0.08217');
    expect(d.tex).toContain('\\underbrace{\\htmlData{sym=f1_2_1_1}{\\pd{J}{\\al{3}_{1}}}}_{\\text{①}}');
    expect(d.highlight).toEqual(['e-2-1-1', 'n-2-1', 'n-3-1']);
    expect(d.numbers.at(-1)!.value).toBeCloseTo(0.08216704056423078, 15);
  });

  it('the forward step for z(2)_1 sums Θ(1)_1j a(1)_j and highlights the unit, its weights and inputs', () => {
    const z = steps[0]!;
    expect(z.text).toBe('z(2)_1 = Θ(1)_10 a(1)_0 + Θ(1)_11 a(1)_1 + Θ(1)_12 a(1)_2 = 0.3500×1.000 + 0.1500×0.05000 + 0.2000×0.1000 = 0.3775');
    expect(z.symbols).toEqual(['Theta1_1_0', 'a1_0', 'Theta1_1_1', 'a1_1', 'Theta1_1_2', 'a1_2', 'z2_1']);
    expect(z.highlight).toEqual(['n-2-1', 'e-1-1-0', 'e-1-1-1', 'e-1-1-2', 'n-1-0', 'n-1-1', 'n-1-2']);
    expect(steps[1]!.text).toBe('a(2)_1 = σ(z(2)_1) = σ(0.3775) = 0.5933');
  });

  it('reveals values in order', () => {
    expect(revealed(steps, 1)).toEqual(['z2_1', 'a2_1']);
  });
});

describe('stepperSteps on other networks', () => {
  it('cross-entropy: δ(3) = h − y', () => {
    const steps = stepperSteps(SCENARIOS.classicCE as DiagramState);
    expect(steps.find((s) => s.id === 'delta3_1')!.text).toBe('δ(3)_1 = a(3)_1 − y_1 = 0.7514 − 0.01000 = 0.7414');
    expect(checkAgainstModule(SCENARIOS.classicCE as DiagramState)).toBe(147);
  });

  it('a deeper tanh network with a softmax output: every number still matches the module', () => {
    const net = Network.random([3, 4, 3, 2], { seed: 5, hidden: 'tanh', output: 'softmax' });
    const s: DiagramState = { weights: net.weights(), x: [0.3, -0.2, 0.9], y: [0, 1], cost: 'softmax-cross-entropy', options: { hidden: 'tanh', output: 'softmax' } };
    const steps = stepperSteps(s);
    // forward 2·(4+3+2), J, δ(4) ×2, layer 3: 3·(2 paths + sum + δ), layer 2: 4·(3 + 2), D: 2·4 + 3·5 + 4·4
    expect(steps).toHaveLength(18 + 1 + 2 + 12 + 20 + 8 + 15 + 16);
    checkAgainstModule(s);
  });

  it('squared error on a linear output and long sums elided with ⋯', () => {
    const net = Network.random([6, 2, 1], { seed: 2, output: 'linear' });
    const s: DiagramState = { weights: net.weights(), x: [1, 2, 3, 4, 5, 6], y: [0.5], cost: 'squared-error', options: { output: 'linear' } };
    const z = stepperSteps(s)[0]!;
    expect(z.text).toMatch(/^z\(2\)_1 = Θ\(1\)_10 a\(1\)_0 \+ Θ\(1\)_11 a\(1\)_1 \+ … \+ Θ\(1\)_16 a\(1\)_6 = /);
    checkAgainstModule(s);
  });
});

describe('eqLines', () => {
  it('splits an aligned body into its rows and drops the alignment marks, keeping escaped ampersands', () => {
    expect(eqLines('z &= a + b \\\\ &= 0.5')).toEqual(['z = a + b', '= 0.5']);
    expect(eqLines('\\text{path } 1: &\\quad x = 1')).toEqual(['\\text{path } 1: \\quad x = 1']);
    expect(eqLines('a \\& b')).toEqual(['a \\& b']);
  });
});
