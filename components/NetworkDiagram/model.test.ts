import { describe, expect, it } from 'vitest';
import { backprop, Network } from 'backprop';
import { SCENARIOS, scenarioValues } from '../../src/course/scenarios';
import { diagramModel, exact, initialState, short, type DiagramState } from './model';

const classic = SCENARIOS.classic as DiagramState;

describe('diagramModel on the classic 2-2-2 example', () => {
  const m = diagramModel(classic, { showDelta: true });
  const node = (k: string) => m.nodes.find((n) => n.key === k)!;
  const edge = (k: string) => m.edges.find((e) => e.key === k)!;

  it('draws 3 + 3 + 2 units (bias +1 in layers 1 and 2) and 12 weights', () => {
    expect(m.nodes.map((n) => n.key)).toEqual(['n-1-0', 'n-1-1', 'n-1-2', 'n-2-0', 'n-2-1', 'n-2-2', 'n-3-1', 'n-3-2']);
    expect(m.nodes.filter((n) => n.bias).map((n) => n.inside)).toEqual(['+1', '+1']);
    expect(m.edges).toHaveLength(12);
  });

  it('puts the module\'s a(l), z(l), δ(l) on the units', () => {
    expect(node('n-2-1').inside).toBe('0.593');
    expect(node('n-2-1').below).toEqual(['z 0.378', 'δ 0.00877']);
    expect(node('n-3-1').inside).toBe('0.751');
    expect(node('n-3-2').below).toEqual(['z 1.22', 'δ −0.0381']);
    expect(node('n-3-1').label).toBe('output a(3)_1 = h_1 = 0.751365, z(3)_1 = 1.10591, δ(3)_1 = 0.138499');
    expect(node('n-1-1').inside).toBe('0.05');
  });

  it('values are exactly the scenario values (same names as the lessons use)', () => {
    expect(m.values).toEqual(expect.objectContaining(Object.fromEntries(
      Object.entries(scenarioValues('classic')).filter(([k]) => !/^(f\d|path)_/.test(k)))));
  });

  it('labels each edge Θ(l)_ij with its value and ∂J/∂Θ, colour by sign, width by |Θ|', () => {
    const e = edge('e-2-1-1');
    expect(e.name).toBe('Theta2_1_1');
    expect(e.label).toBe('Θ(2)_11 = 0.400000, ∂J/∂Θ = 0.0821670');
    expect(e.text).toBe('0.4');
    expect(edge('e-2-1-0').width).toBeCloseTo(5); // the largest |Θ|, 0.6
    expect(edge('e-2-2-2').width).toBeCloseTo(1 + 4 * 0.55 / 0.6);
  });

  it('edges start and end on the unit circles, from layer l to layer l+1', () => {
    const e = edge('e-1-2-0'), from = node('n-1-0'), to = node('n-2-2');
    expect(Math.hypot(e.x1 - from.cx, e.y1 - from.cy)).toBeCloseTo(from.r);
    expect(Math.hypot(e.x2 - to.cx, e.y2 - to.cy)).toBeCloseTo(to.r);
  });

  it('hides values not revealed yet (the stepper reveals them in order)', () => {
    const r = diagramModel(classic, { reveal: ['z2_1'] });
    expect(r.nodes.find((n) => n.key === 'n-2-1')!.inside).toBe('?');
    expect(r.nodes.find((n) => n.key === 'n-2-1')!.below).toEqual(['z 0.378']);
    expect(r.cost.text).toBe('J = ?');
  });
});

describe('diagramModel follows edits and other sizes', () => {
  it('a new weight changes a(3) exactly as the module computes it', () => {
    const weights = classic.weights.map((T) => T.map((r) => r.slice()));
    weights[1]![0]![1] = -1.5;
    const m = diagramModel({ ...classic, weights });
    const h = backprop(Network.fromWeights(weights), classic.x, classic.y, { cost: 'squared-error' }).h;
    expect(m.values.a3_1).toBe(h[0]);
    expect(m.edges.find((e) => e.key === 'e-2-1-1')!.sign).toBe('negative');
  });

  it('random weights from a seed when only sizes are given; x, y padded to fit', () => {
    const s = initialState({ sizes: [3, 4, 1], seed: 7 });
    expect(s.weights.map((T) => [T.length, T[0]!.length])).toEqual([[4, 4], [1, 5]]);
    expect(s.x).toEqual([0.5, 0.5, 0.5]);
    expect(initialState({ sizes: [3, 4, 1], seed: 7 })).toEqual(s);
    const m = diagramModel(s);
    expect(m.nodes).toHaveLength(4 + 5 + 1);
    expect(m.width).toBe(2 * 46 + 2 * 150);
  });

  it('heads each layer with its vector a(l): the input with its bias unit, the output as h', () => {
    expect(diagramModel(classic).headers.map((h) => h.text)).toEqual(['a(1) = [1; x]', 'a(2)', 'a(3) = h']);
    expect(diagramModel(initialState({ sizes: [2, 3, 3, 1] })).headers.map((h) => h.text)).toEqual(['a(1) = [1; x]', 'a(2)', 'a(3)', 'a(4) = h']);
  });
});

describe('number formats', () => {
  it('short drops trailing zeros, exact keeps 6 significant digits', () => {
    expect([0.05, 0.1, 0.6, 0.35, 0.5932699, -0.0380982, 10, 120].map(short))
      .toEqual(['0.05', '0.1', '0.6', '0.35', '0.593', '−0.0381', '10', '120']);
    expect(exact(0.008771354689486937)).toBe('0.00877135');
  });
});

describe('accessible names say what each symbol is (the notation\'s spoken names)', () => {
  const v = scenarioValues('classic');
  const m = diagramModel(classic, { showDelta: true });
  const node = (k: string) => m.nodes.find((n) => n.key === k)!;
  const edge = (k: string) => m.edges.find((e) => e.key === k)!;

  it('a weight: symbol = value, where it goes, then its derivative; the readout keeps the short text', () => {
    expect(edge('e-1-2-1').spoken).toBe(`Θ(1)_21 = 0.250000, weight from unit 1 of layer 1 to unit 2 of layer 2; `
      + `∂J/∂Θ = ${exact(v.D1_2_1!)}, the derivative of the cost J with respect to this weight`);
    expect(edge('e-2-1-0').spoken.startsWith('Θ(2)_10 = 0.600000, weight from the bias unit of layer 2 to unit 1 of layer 3;')).toBe(true);
    expect(edge('e-1-2-1').label).toBe(`Θ(1)_21 = 0.250000, ∂J/∂Θ = ${exact(v.D1_2_1!)}`);
  });

  it('units: input, hidden, output (said as h), bias, with z and δ and their meanings', () => {
    expect(node('n-1-1').spoken).toBe('x_1 = 0.05, input 1');
    expect(node('n-1-0').spoken).toBe('a(1)_0 = 1.00000, output of the bias unit of layer 1');
    expect(node('n-2-1').spoken).toBe(`a(2)_1 = ${exact(v.a2_1!)}, output of unit 1 of layer 2; `
      + `z(2)_1 = ${exact(v.z2_1!)}, weighted input of unit 1 of layer 2; δ(2)_1 = ${exact(v.delta2_1!)}, error term of unit 1 of layer 2`);
    expect(node('n-3-2').spoken.startsWith(`a(3)_2 = h_2 = ${exact(v.h_2!)}, output 2 of the network; z(3)_2 = `)).toBe(true);
    expect(m.cost.spoken).toBe(`J = ${exact(v.J!)}, the cost J`);
  });

  it('an editable input\'s name contains what it draws, also when rounded (axe: the name contains the visible text)', () => {
    const r = diagramModel({ ...classic, x: [0.1234567, 0.1] });
    const inputs = r.nodes.filter((d) => d.editable);
    expect(inputs.map((n) => n.inside)).toEqual(['0.123', '0.1']);
    for (const n of inputs) expect(n.spoken).toContain(n.inside);
    expect(inputs[0]!.spoken).toBe('x_1 = 0.123 (exactly 0.123457), input 1');
  });
});
