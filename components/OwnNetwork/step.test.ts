import { describe, expect, it } from 'vitest';
import { MAZUR, PRESETS } from './presets';
import { gradientStep } from './step';
import type { Spec } from './spec';

/**
 * Independent values: Matt Mazur's published worked example ("A Step by Step Backpropagation Example", 2015):
 * total error before 0.298371109; w5 (Θ(2)₁₁, 0.40) becomes 0.35891648 and w1 (Θ(1)₁₁, 0.15) becomes
 * 0.149780716 with η = 0.5; Mazur leaves the biases b1, b2 as they are, and his error after that update of the
 * eight other weights is 0.291027924.
 */
describe('one gradient step on Mazur’s example', () => {
  const s = gradientStep(MAZUR);
  it('matches the published numbers', () => {
    expect(s.J).toBeCloseTo(0.298371109, 9);
    expect(s.next[1]![0]![1]).toBeCloseTo(0.35891648, 8);
    expect(s.next[0]![0]![1]).toBeCloseTo(0.149780716, 9);
    const biasesKept = s.next.map((M, l) => M.map((row, i) => row.map((w, j) => (j === 0 ? MAZUR.weights[l]![i]![0]! : w))));
    // Mazur carries rounded intermediate values (8–9 digits) through his hand computation: agreement to 6 places.
    expect(gradientStep({ ...MAZUR, weights: biasesKept }).J).toBeCloseTo(0.291027924, 6);
  });
});

/** The cost of one example computed here from scratch (no backprop module), for central differences. */
function costOf(spec: Spec, weights: number[][][]): number {
  const g = (act: string, z: number[]) => {
    if (act === 'softmax') { const m = Math.max(...z); const e = z.map((v) => Math.exp(v - m)); const t = e.reduce((a, b) => a + b); return e.map((v) => v / t); }
    return z.map((v) => act === 'sigmoid' ? 1 / (1 + Math.exp(-v)) : act === 'tanh' ? Math.tanh(v) : act === 'relu' ? Math.max(0, v) : v);
  };
  let a = spec.x;
  weights.forEach((M, l) => {
    const z = M.map((row) => row[0]! + row.slice(1).reduce((t, w, j) => t + w * a[j]!, 0));
    a = g(l === weights.length - 1 ? spec.output : spec.hidden, z);
  });
  const y = spec.y;
  if (spec.cost === 'squared-error') return 0.5 * a.reduce((t, h, k) => t + (h - y[k]!) ** 2, 0);
  if (spec.cost === 'cross-entropy') return -a.reduce((t, h, k) => t + y[k]! * Math.log(h) + (1 - y[k]!) * Math.log(1 - h), 0);
  return -a.reduce((t, h, k) => t + y[k]! * Math.log(h), 0);
}

describe('every preset: D is the gradient of J, and the step moves each weight by −αD', () => {
  for (const [name, spec] of Object.entries(PRESETS)) {
    it(name, () => {
      const s = gradientStep(spec);
      expect(s.J).toBeCloseTo(costOf(spec, spec.weights), 12);
      const h = 1e-6;
      spec.weights.forEach((M, l) => M.forEach((row, i) => row.forEach((w, j) => {
        const at = (v: number) => costOf(spec, spec.weights.map((N, m) => N.map((r, p) => r.map((u, q) => (m === l && p === i && q === j ? v : u)))));
        const numeric = (at(w + h) - at(w - h)) / (2 * h);
        expect(s.D[l]![i]![j]!).toBeCloseTo(numeric, 7);
        expect(s.next[l]![i]![j]!).toBeCloseTo(w - spec.alpha * numeric, 7);
      })));
      expect(s.Jnext).toBeCloseTo(costOf(spec, s.next), 12);
      expect(s.Jnext).toBeLessThan(s.J);
    });
  }
});
