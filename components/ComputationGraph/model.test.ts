import { describe, expect, it } from 'vitest';
import { gradients, Network } from 'backprop';
import { scenarioValues } from '../../src/course/scenarios';
import { layoutGraph } from './graph.ts';
import { derivativeTable, graphState, steps } from './model.ts';

describe('ComputationGraph: e = (a+b)(b+1)', () => {
  const g = layoutGraph('e=(a+b)(b+1)');
  const by = (name: string) => g.nodes.find((n) => n.name === name)!;

  it('has the article’s values at a = 2, b = 1 and the module’s counts', () => {
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => by(k).value)).toEqual([2, 1, 3, 2, 6]);
    expect(g.nodes).toHaveLength(6); // plus the constant 1
    expect(g.edges).toHaveLength(6); // a→c, b→c, b→d, 1→d, c→e, d→e
    expect(g.forward).toEqual({ gradient: [2, 5], passes: 2, operations: 18 }); // 2 passes × (3 nodes + 6 edges)
    expect(g.reverse).toEqual({ gradient: [2, 5], passes: 2, operations: 9 });
  });

  it('forward mode: one pass per input, edges carry ∂node/∂input, results match forwardMode', () => {
    const s = steps(g, 'forward');
    expect(s).toHaveLength(12);
    const mid = graphState(g, 'forward', 6);
    expect(mid.results).toEqual([2, null]);
    expect(mid.nodeDeriv[by('c').id]).toBe(1);
    expect(mid.nodeDeriv[by('d').id]).toBe(0);
    const end = graphState(g, 'forward', 12);
    expect(end.pass).toBe(1);
    expect(end.results).toEqual(g.forward.gradient);
    expect(end.nodeDeriv[by('d').id]).toBe(1); // ∂d/∂b
    expect(end.nodeDeriv[by('e').id]).toBe(5);
    expect(graphState(g, 'forward', 0).current).toBeNull();
    expect(graphState(g, 'forward', 1).text).toMatch(/Pass 1 \(∂\/∂a\)/);
  });

  it('reverse mode: one backward pass, ∂e/∂node at every node, results match reverseMode', () => {
    const s = steps(g, 'reverse');
    expect(s).toHaveLength(6);
    expect(s[0]!.carried).toBe(by('c').value); // first edge back from e: ∂e/∂d = c = 3
    const end = graphState(g, 'reverse', 6);
    expect(end.results).toEqual(g.reverse.gradient);
    expect(end.nodeDeriv[by('c').id]).toBe(2);
    expect(end.nodeDeriv[by('d').id]).toBe(3);
    expect(graphState(g, 'reverse', 5).results).toEqual([null, null]);
    expect(graphState(g, 'reverse', 99).step).toBe(6);
  });

  it('the derivative table agrees with both modes and with finite differences', () => {
    const t = derivativeTable(g);
    expect(t.find((r) => r.name === 'c')).toEqual({ name: 'c', value: 3, tangents: [1, 1], adjoint: 2 });
    const e = (a: number, b: number) => (a + b) * (b + 1), h = 1e-6;
    expect((e(2 + h, 1) - e(2 - h, 1)) / (2 * h)).toBeCloseTo(t.find((r) => r.name === 'e')!.tangents[0]!, 8);
    expect((e(2, 1 + h) - e(2, 1 - h)) / (2 * h)).toBeCloseTo(t.find((r) => r.name === 'b')!.adjoint, 8);
  });

  it('other values of a and b', () => {
    const g2 = layoutGraph('e=(a+b)(b+1)', { values: { a: -1, b: 3 } });
    expect(graphState(g2, 'reverse', 6).results).toEqual([4, 6]); // ∂e/∂a = b+1, ∂e/∂b = (b+1) + (a+b)
  });

  it('lays every node inside the viewBox, inputs below the output', () => {
    for (const n of g.nodes) { expect(n.x).toBeGreaterThan(10); expect(n.x).toBeLessThan(350); expect(n.y).toBeGreaterThan(10); expect(n.y).toBeLessThan(g.height); }
    expect(by('a').y).toBeGreaterThan(by('e').y);
  });

  it('no two nodes overlap, and every edge goes up a layer or more, in both expressions', () => {
    for (const lg of [g, layoutGraph('seed-cost'), layoutGraph('seed-cost', { weights: [[[0.1, 0.2]], [[0.3, 0.4]]], x: [1], y: [0] })]) {
      lg.nodes.forEach((p, i) => lg.nodes.slice(i + 1).forEach((q) => expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(36)));
      for (const e of lg.edges) expect(lg.nodes[e.from]!.y).toBeGreaterThan(lg.nodes[e.to]!.y);
    }
  });
});

describe('ComputationGraph: the seed’s cost for one example', () => {
  it('gradients by both modes agree with the matrix backprop (default 2-1 network)', () => {
    const g = layoutGraph('seed-cost');
    const net = Network.fromWeights([[[0.35, 0.15, 0.2]]]);
    const { J, D } = gradients(net, [[0.05, 0.1]], [[0.01]], { cost: 'squared-error' });
    const flat = D.flat(2);
    expect(g.nodes[g.output]!.name).toBe('J');
    expect(g.nodes[g.output]!.value).toBeCloseTo(J, 15);
    expect(g.inputs.map((id) => g.nodes[id]!.name)).toEqual(['Θ₁₀', 'Θ₁₁', 'Θ₁₂']);
    const fwd = steps(g, 'forward'), rev = steps(g, 'reverse');
    const f = graphState(g, 'forward', fwd.length, fwd).results, r = graphState(g, 'reverse', rev.length, rev).results;
    flat.forEach((d, k) => { expect(f[k]).toBeCloseTo(d, 14); expect(r[k]).toBeCloseTo(d, 14); });
    expect(g.forward.passes).toBe(3);
    expect(g.reverse.passes).toBe(2);
    expect(g.nodes.some((n) => n.name === 'z') && g.nodes.some((n) => n.name === 'h')).toBe(true);
  });

  it('draws the example whose numbers lesson 7 quotes (scenario "graphs", unit_…)', () => {
    const g = layoutGraph('seed-cost'), v = scenarioValues('graphs');
    const rev = steps(g, 'reverse'), r = graphState(g, 'reverse', rev.length, rev).results;
    expect(g.nodes[g.output]!.value).toBe(v.unit_J);
    expect(r).toEqual([v.unit_D0, v.unit_D1, v.unit_D2]);
  });

  it('a 2-2-1 network with cross-entropy also agrees', () => {
    const weights = [[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]], [[0.7, -0.8, 0.9]]];
    const g = layoutGraph('seed-cost', { weights, x: [1, 2], y: [1], cost: 'cross-entropy' });
    const { D } = gradients(Network.fromWeights(weights), [[1, 2]], [[1]], { cost: 'cross-entropy' });
    const rev = steps(g, 'reverse');
    const r = graphState(g, 'reverse', rev.length, rev).results;
    D.flat(2).forEach((d, k) => expect(r[k]).toBeCloseTo(d, 13));
    expect(g.inputs).toHaveLength(9);
  });
});

describe('node names (reader QA D14)', () => {
  it('names no node by a number, so no readout says ∂J/∂0.5', () => {
    const g = layoutGraph('seed-cost');
    const numeric = g.nodes.filter((n) => /^[-−]?[\d.]/.test(n.name));
    expect(numeric).toEqual([]);
    // The ½ constant is still drawn as its value.
    expect(g.nodes.some((n) => n.symbol === '0.5' && /^v[₀-₉]+$/.test(n.name))).toBe(true);
  });
});
