/**
 * Lessons 9 and 10's exercises: wrong answers of each typical kind fail, naming the first wrong entry and the
 * mistake. Expected numbers are recomputed here by hand (softmax with the max shifted out; per-example
 * backpropagation summed over the batch), not taken from the module the checks use.
 */
import { describe, expect, test } from 'vitest';
import { getExercise } from './registry';
import { allPassed, runChecks } from './runner';
import { checkCell } from './run-cell.test-helper';
import type { CheckResult } from './types';

function firstFailure(results: CheckResult[]): CheckResult {
  const f = results.find((r) => !r.pass);
  if (!f) throw new Error(`every check passed: ${JSON.stringify(results)}`);
  return f;
}

/** The number printed after `label` in a message. */
function numberAfter(message: string, label: string): number {
  const m = new RegExp(`${label}\\s*(-?[0-9.e-]+)`).exec(message);
  if (!m) throw new Error(`no number after "${label}" in: ${message}`);
  return Number(m[1]);
}

/** `text` with `from` replaced by `to`; fails the test when `from` is not there (the variant would be the solution). */
function variant(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('softmax-delta (lesson 9)', () => {
  // lesson 9's z(3), y = (0, 1, 0): h by hand
  const z = [1.1059059671, 1.2249214041, 0.0817074402];
  const e = z.map(Math.exp), s = e[0]! + e[1]! + e[2]!, h = e.map((v) => v / s);

  test('the starter (∂J/∂h) names δ(L) row 1, expected h_1 and the missing Jacobian', async () => {
    const f = firstFailure(await checkCell('softmax-delta', getExercise('softmax-delta').starter));
    expect(f.message).toMatch(/^δ\(L\) row 1 differs: expected /);
    expect(numberAfter(f.message, 'expected')).toBeCloseTo(h[0]!, 5);
    expect(f.message).toContain('softmax Jacobian');
  });

  test('h − y without the max shift passes the small inputs and fails z = (1000, 0, −1000), naming the overflow', async () => {
    const code = `function softmaxDelta(z: number[], y: number[]) {
  const e = z.map(Math.exp), s = e.reduce((a, b) => a + b, 0);
  return e.map((v, j) => v / s - y[j]);
}`;
    const results = await checkCell('softmax-delta', code);
    expect(results.filter((r) => !r.pass).map((r) => r.name)).toEqual(['δ for huge z']);
    const f = firstFailure(results);
    // softmax(1000, 0, −1000) − (0, 1, 0) = (1, −1, 0) to double precision; e^1000 = Infinity gives NaN in row 1
    expect(f.message).toMatch(/^δ\(L\) row 1 differs: expected 1, got NaN — e\^z overflowed/);
  });

  test.each([
    ['y − h', 'y[j] - v / s', 'the sign is flipped'],
    ['−y_j(1 − h_j) (the diagonal of the Jacobian only)', '-y[j] * (1 - v / s)', 'only the diagonal'],
    ['h alone', 'v / s', 'that is h = softmax(z) itself'],
  ])('%s is recognised', async (_, expr, why) => {
    const code = `function softmaxDelta(z: number[], y: number[]) {
  const m = Math.max(...z), e = z.map((v) => Math.exp(v - m)), s = e.reduce((a, b) => a + b, 0);
  return e.map((v, j) => ${expr});
}`;
    const f = firstFailure(await checkCell('softmax-delta', code));
    expect(f.message).toContain(why);
    expect(f.name).toBe('δ for lesson 9’s z(3)');
  });

  test('the module’s softmax inside the function fails, naming softmax; unguarded the same code passes', async () => {
    const code = `import { softmax } from "backprop";
function softmaxDelta(z: number[], y: number[]) { return softmax(z).map((v, j) => v - y[j]); }`;
    const results = await checkCell('softmax-delta', code);
    expect(results[0]!.message).toMatch(/got a call of softmax\(\)/);
    expect(allPassed(results)).toBe(false);
    const { softmax } = await import('backprop');
    expect(allPassed(await runChecks(getExercise('softmax-delta'),
      { softmaxDelta: (zz: number[], y: number[]) => softmax(zz).map((v, j) => v - y[j]!) }))).toBe(true);
  });
});

describe('batch-gradient (lesson 10)', () => {
  const sig = (v: number) => 1 / (1 + Math.exp(-v));
  const CLASSIC = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];
  // the check's first batch: m = 3, x_rj = sin(2 + 3r + j), y_rk = 0.9 when (r + k) % 3 = 0 else 0.2
  const X = [0, 1, 2].map((r) => [0, 1].map((j) => Math.sin(2 + 3 * r + j)));
  const Y = [0, 1, 2].map((r) => [0, 1].map((k) => ((r + k) % 3 ? 0.2 : 0.9)));
  /** D(1), D(2) by a loop over the examples: δ(3) = h − y, δ(2) = (Θ(2)ᵀδ(3))_{1:} ⊙ a(1 − a), D = Σ δ aᵀ / m. */
  const D = (() => {
    const acc = CLASSIC.map((T) => T.map((row) => row.map(() => 0)));
    X.forEach((x, n) => {
      const a1 = [1, ...x];
      const a2 = [1, ...CLASSIC[0]!.map((row) => sig(row.reduce((t, w, j) => t + w * a1[j]!, 0)))];
      const h = CLASSIC[1]!.map((row) => sig(row.reduce((t, w, j) => t + w * a2[j]!, 0)));
      const d3 = h.map((hk, k) => hk - Y[n]![k]!);
      const d2 = [1, 2].map((j) => (CLASSIC[1]![0]![j]! * d3[0]! + CLASSIC[1]![1]![j]! * d3[1]!) * a2[j]! * (1 - a2[j]!));
      d3.forEach((d, i) => a2.forEach((a, j) => { acc[1]![i]![j]! += d * a; }));
      d2.forEach((d, i) => a1.forEach((a, j) => { acc[0]![i]![j]! += d * a; }));
    });
    return acc.map((M) => M.map((row) => row.map((v) => v / 3)));
  })();
  const solution = getExercise('batch-gradient').solution;

  test('the starter (A(l)ᵀE, not divided) names the wrong shape of D(2) and both mistakes', async () => {
    const results = await checkCell('batch-gradient', getExercise('batch-gradient').starter);
    const f = firstFailure(results);
    expect(f.name).toBe('D, 2-2-2 network, m = 3');
    expect(f.message).toMatch(/^D\(2\) has 3 × 2 entries, expected 2 × 3 entries — that is \(A\(2\)\)ᵀE\(3\), the transpose.*divide it by m$/);
  });

  test('not divided by m: D(2) entry (1, 0) is m times the hand-computed value', async () => {
    const code = variant(solution, '.map((row) => row.map((v) => v / m))', '');
    const f = firstFailure(await checkCell('batch-gradient', code));
    expect(f.message).toMatch(/^D\(2\) entry \(1, 0\) differs: expected /);
    expect(numberAfter(f.message, 'expected')).toBeCloseTo(D[1]![0]![0]!, 6);
    expect(numberAfter(f.message, 'got')).toBeCloseTo(3 * D[1]![0]![0]!, 6);
    expect(f.message).toContain('divide it by m');
  });

  test('no g′ in the hidden error: D(2) is right, and D(1) entry (1, 0) is named', async () => {
    const code = variant(solution, 'v * A[l][r][j + 1] * (1 - A[l][r][j + 1])', 'v');
    const f = firstFailure(await checkCell('batch-gradient', code));
    expect(f.message).toMatch(/^D\(1\) entry \(1, 0\) differs: expected /);
    expect(numberAfter(f.message, 'expected')).toBeCloseTo(D[0]![0]![0]!, 6);
  });

  test('calling gradients fails, naming it', async () => {
    const code = `import { Network, gradients } from "backprop";
function batchGradient(T: number[][][], X: number[][], Y: number[][]) { return gradients(Network.fromWeights(T), X, Y, { cost: 'cross-entropy' }).D; }`;
    const results = await checkCell('batch-gradient', code);
    expect(results[0]!.message).toMatch(/got a call of gradients\(\)/);
    expect(allPassed(results)).toBe(false);
  });
});
