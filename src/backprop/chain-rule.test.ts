import { describe, expect, it } from 'vitest';
import { backprop } from './backprop.ts';
import { chainRule } from './chain-rule.ts';
import { Network } from './network.ts';

const classic = () => Network.fromWeights([[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]]);
const x = [0.05, 0.1], y = [0.01, 0.99];

describe('chainRule', () => {
  it('takes ∂E/∂w5 of the classic example apart into ①②③', () => {
    const f = chainRule(classic(), x, y, 2, 1, 1, { cost: 'squared-error' });
    expect(f.dJda).toBeCloseTo(0.74136507, 8);
    expect(f.dadz).toBeCloseTo(0.186815602, 9);
    expect(f.dzdTheta).toBeCloseTo(0.593269992, 9);
    expect(f.value).toBeCloseTo(0.082167041, 9);
    expect(f.dJda * f.dadz * f.dzdTheta).toBeCloseTo(f.value, 15);
    expect(f.paths).toBeUndefined();
  });

  it('a hidden unit (∂E/∂w1) sums one term per path through the next layer', () => {
    const f = chainRule(classic(), x, y, 1, 1, 1, { cost: 'squared-error' });
    expect(f.paths?.map((p) => p.k)).toEqual([1, 2]);
    expect(f.paths?.[0].term).toBeCloseTo(0.055399425, 9); // ∂E_o1/∂out_h1
    expect(f.paths?.[1].term).toBeCloseTo(-0.019049119, 8); // ∂E_o2/∂out_h1
    expect(f.dJda).toBeCloseTo(0.036350306, 9);
    expect(f.value).toBeCloseTo(0.000438568, 9);
    expect(f.dJda * f.dadz * f.dzdTheta).toBeCloseTo(f.value, 15);
  });

  it('agrees with backprop for every weight of a deeper tanh/relu network, and the bias has ③ = 1', () => {
    const net = Network.random([3, 4, 3, 2], { hidden: ['tanh', 'relu'], output: 'sigmoid', seed: 8 });
    const xs = [0.4, -0.2, 0.9], ys = [1, 0];
    const t = backprop(net, xs, ys);
    for (let l = 1; l <= 3; l++) {
      t.D(l).forEach((row, i) => row.forEach((v, j) => {
        const f = chainRule(net, xs, ys, l, i + 1, j);
        expect(f.value).toBeCloseTo(v, 14);
        expect(f.dJda * f.dadz * f.dzdTheta).toBeCloseTo(v, 12);
        if (j === 0) expect(f.dzdTheta).toBe(1);
      }));
    }
  });

  it('a softmax output lists the Jacobian paths that add up to δ', () => {
    const net = Network.random([2, 3, 3], { output: 'softmax', seed: 4 });
    const f = chainRule(net, [1, -1], [0, 1, 0], 2, 2, 1);
    const t = backprop(net, [1, -1], [0, 1, 0]);
    expect(f.paths?.reduce((s, p) => s + p.term, 0)).toBeCloseTo(t.delta(3)[1], 15);
    expect(f.delta).toBeCloseTo(t.h[1] - 1, 15);
    expect(f.value).toBeCloseTo(t.D(2)[1][1], 15);
  });

  it('rejects indices outside the math ranges', () => {
    expect(() => chainRule(classic(), x, y, 3, 1, 1)).toThrow(/Θ\(l\): l = 3 is out of range: expected an integer in 1..2/);
    expect(() => chainRule(classic(), x, y, 1, 0, 1)).toThrow(/Θ\(1\) row i = 0 is out of range/);
    expect(() => chainRule(classic(), x, y, 1, 1, 3)).toThrow(/Θ\(1\) column j = 3 is out of range/);
  });

  describe('saturated outputs (field log F03, F05)', () => {
    const e40 = Math.exp(40), sp = Math.exp(-40) / (1 + Math.exp(-40)); // σ(−40), by hand
    it('sigmoid + cross-entropy at z = 40, y = 1: ① = −1/h ≈ −1, ② = σ′(40), ①·② = δ = −σ(−40)', () => {
      const f = chainRule(Network.fromWeights([[[40, 0]]]), [0], [1], 1, 1, 0);
      expect(f.dJda).toBeCloseTo(-(1 + Math.exp(-40)), 15);
      expect(f.dadz).toBe(4.248354255291589e-18);
      expect(f.delta / -sp).toBeCloseTo(1, 14);
      expect((f.dJda * f.dadz) / f.delta).toBeCloseTo(1, 14);
      expect(f.dzdTheta).toBe(1);
    });

    it('sigmoid + cross-entropy at z = 40, y = 0: ① = 1/(1−h) = 1 + e^40, ①·② = σ(40) ≈ 1 = δ', () => {
      const f = chainRule(Network.fromWeights([[[40, 0]]]), [0], [0], 1, 1, 0);
      expect(f.dJda / (1 + e40)).toBeCloseTo(1, 14);
      expect(Number.isFinite(f.dJda)).toBe(true);
      expect(f.delta).toBe(1);
      expect(f.dJda * f.dadz).toBeCloseTo(f.delta, 14);
    });

    it('softmax at z = [0, −800], y = [1, 0]: the path through the underflowed h₂ is y₂h₁ = 0, not 0·∞', () => {
      const f = chainRule(Network.fromWeights([[[0, 0], [-800, 0]]], { output: 'softmax' }), [0], [1, 0], 1, 1, 0);
      expect(f.paths!.map((p) => [p.k, Math.abs(p.term)])).toEqual([[1, 0], [2, 0]]);
      expect(f.delta).toBe(0);
      expect(f.dJda).toBe(-1); // −y₁/h₁ with h₁ = 1
      // and the paths of unit 2: −y₁(0 − h₂) = 0 and −y₂(…) = 0, while δ₂ = h₂ = e^{−800} = 0 in double
      const g = chainRule(Network.fromWeights([[[0, 0], [-800, 0]]], { output: 'softmax' }), [0], [1, 0], 1, 2, 0);
      g.paths!.forEach((p) => expect(Number.isFinite(p.term)).toBe(true));
      expect(g.paths!.reduce((s, p) => s + p.term, 0)).toBe(g.delta);
    });

    it('softmax at z = [1000, 0], y = [0, 1]: paths add up to δ = [1, −1]', () => {
      const net = Network.fromWeights([[[1000, 0], [0, 0]]], { output: 'softmax' });
      for (const [i, want] of [[1, 1], [2, -1]] as const) {
        const f = chainRule(net, [0], [0, 1], 1, i, 0);
        expect(f.delta).toBe(want);
        expect(f.paths!.reduce((s, p) => s + p.term, 0)).toBe(want);
      }
    });
  });
});
