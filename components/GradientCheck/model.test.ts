import { describe, expect, it } from 'vitest';
import { cost, gradients, gradientCheck, relativeDifference } from 'backprop';
import { resolveExample } from '../shared/example.ts';
import { analyticGradients, buggyGradients, checkTable, errorCurve, errorPlot, EXPONENTS } from './model.ts';

const ex = resolveExample({});

/** Least-squares slope of log10(error) against log10(ε) over exponents in [lo, hi]. */
function slope(curve: { exponent: number; error: number }[], lo: number, hi: number): number {
  const pts = curve.filter((p) => p.exponent >= lo && p.exponent <= hi).map((p) => [p.exponent, Math.log10(p.error)] as const);
  const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length, my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  return pts.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
}

describe('GradientCheck model', () => {
  it('the table at ε = 1e-4 matches the module gradient check, weight by weight', () => {
    const D = analyticGradients(ex);
    const t = checkTable(ex, D, 1e-4);
    const ref = gradientCheck(ex.net, ex.X, ex.Y, { cost: 'squared-error', epsilon: 1e-4 });
    expect(t.rows).toHaveLength(12);
    expect(t.overall).toBe(ref.relativeDifference);
    expect(t.overall).toBeLessThan(1e-9);
    expect(t.ok).toBe(true);
    const w5 = t.rows.find((r) => r.label === 'Θ(2)₁₁')!;
    expect(w5.backprop).toBeCloseTo(0.082167041, 9);
    expect(w5.numerical).toBe(ref.numerical[1]![0]![1]);
    expect(w5.relDiff).toBe(relativeDifference([w5.numerical], [w5.backprop]));
    expect(t.rows.every((r) => r.ok)).toBe(true);
  });

  it('at ε = 0.1 some weights pass on the absolute floor alone, and are marked so (reader QA: same rel. diff., opposite verdicts)', () => {
    const t = checkTable(ex, analyticGradients(ex), 0.1);
    // Independently of the model's flags: the floor 1e-9·max(1, J) and the two tests, row by row.
    expect(t.atol).toBe(1e-9 * Math.max(1, cost(ex.net, ex.X, ex.Y, { cost: ex.cost, lambda: ex.lambda })));
    for (const r of t.rows) {
      const abs = Math.abs(r.backprop - r.numerical), rel = abs / Math.abs(r.backprop + r.numerical);
      expect(r.byFloor, r.label).toBe(abs <= t.atol && !(rel <= 1e-7));
      expect(r.ok, r.label).toBe(abs <= t.atol || rel <= 1e-7);
    }
    expect(t.rows.some((r) => r.byFloor)).toBe(true); // the case the note explains occurs at this ε
    expect(t.rows.some((r) => !r.ok)).toBe(true);
  });

  it('the planted bug (no g′ in hidden δ) breaks Θ(1) and leaves Θ(2) right', () => {
    const good = gradients(ex.net, ex.X, ex.Y, { cost: 'squared-error' }).D;
    const bad = buggyGradients(ex);
    bad[1]!.flat().forEach((v, k) => expect(v).toBeCloseTo(good[1]!.flat()[k]!, 14));
    expect(relativeDifference(bad[0]!, good[0]!)).toBeGreaterThan(0.5);
    const t = checkTable(ex, bad, 1e-4);
    expect(t.ok).toBe(false);
    expect(t.rows.filter((r) => !r.ok).map((r) => r.ref.l)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('the buggy gradient is exact when g′ = 1 (linear hidden layer), also with λ and two examples', () => {
    const lin = resolveExample({ options: { hidden: 'linear' }, lambda: 0.3, x: [[0.05, 0.1], [1, -2]], y: [[0.01, 0.99], [0.5, 0.5]] });
    const good = gradients(lin.net, lin.X, lin.Y, { cost: 'squared-error', lambda: 0.3 }).D;
    expect(relativeDifference(buggyGradients(lin), good)).toBeLessThan(1e-14);
  });

  it('the error curve falls as ε² on the right and rises as 1/ε on the left', () => {
    const curve = errorCurve(ex, analyticGradients(ex));
    expect(curve).toHaveLength(EXPONENTS.length);
    expect(curve[0]!.exponent).toBe(-12);
    expect(curve.at(-1)!.exponent).toBe(-1);
    expect(slope(curve, -3, -1)).toBeCloseTo(2, 1);
    const left = slope(curve, -12, -9);
    expect(left).toBeLessThan(-0.6);
    expect(left).toBeGreaterThan(-1.5);
    const best = curve.reduce((b, p) => (p.error < b.error ? p : b));
    expect(best.exponent).toBeGreaterThan(-8);
    expect(best.exponent).toBeLessThan(-3);
  });

  it('the plot marks the current ε on the curve and puts larger errors higher', () => {
    const curve = errorCurve(ex, analyticGradients(ex));
    const p = errorPlot(curve, -4), q = errorPlot(curve, -1);
    expect(q.marker.x).toBeGreaterThan(p.marker.x);
    expect(q.marker.y).toBeLessThan(p.marker.y); // ε = 0.1 has a much larger error: higher on screen
    expect(p.path.startsWith('M')).toBe(true);
    expect(p.xTicks.map((t) => t.label)).toEqual(['1e-12', '1e-10', '1e-8', '1e-6', '1e-4', '1e-2']);
    expect(p.guides.map((g) => g.label)).toEqual(['∝ ε²', '∝ 1/ε']);
  });

  describe('rows judged with an absolute floor (field log F09)', () => {
    const sat = resolveExample({ weights: [[[30, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]] });

    it('a saturated unit (bias 30): the tiny Θ(1)₁ⱼ rows pass although their relative difference is about 1', () => {
      const t = checkTable(sat, analyticGradients(sat), 1e-4);
      const unit1 = t.rows.filter((r) => r.ref.l === 1 && r.ref.i === 1);
      expect(unit1).toHaveLength(3);
      // complex step gives D(1)₁₀ = 3.5049776519518904e-15 (field log); the central difference rounds it to noise
      expect(unit1[0]!.backprop / 3.5049776519518904e-15).toBeCloseTo(1, 5);
      unit1.forEach((r) => { expect(r.absDiff).toBeLessThan(1e-12); expect(r.ok).toBe(true); });
      expect(Math.max(...unit1.map((r) => r.relDiff))).toBeGreaterThan(0.5); // the relative test alone would say ✗
      expect(t.rows.every((r) => r.ok)).toBe(true);
      expect(t.ok).toBe(true);
      expect(t.atol).toBe(1e-9); // J < 1
    });

    it('the planted bug still fails every Θ(1) row, the saturated unit included', () => {
      const t = checkTable(sat, buggyGradients(sat), 1e-4);
      expect(t.ok).toBe(false);
      expect(t.rows.filter((r) => !r.ok).map((r) => r.ref.l)).toEqual([1, 1, 1, 1, 1, 1]);
    });
  });
});
