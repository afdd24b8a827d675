/**
 * Wrong answers of each typical kind cannot pass, and the failure names the first wrong intermediate and the
 * mistake. Expected numbers come from a plain re-computation in this file (or from the seed post's worked
 * example), not from the module the checks use.
 */
import { describe, expect, test } from 'vitest';
import { getExercise } from './registry';
import { allPassed, runChecks, startExercise } from './runner';
import { checkCell } from './run-cell.test-helper';
import type { CheckResult } from './types';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const CLASSIC = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];

/** Forward pass with bias units, by hand: a(l) with a_0 = 1 for l < L, and h. */
function forwardByHand(Theta: number[][][], x: number[]) {
  const as = [[1, ...x]];
  let h: number[] = [];
  Theta.forEach((T, n) => {
    const a = as[n]!, out = T.map((row) => sig(row.reduce((s, w, j) => s + w * a[j]!, 0)));
    if (n < Theta.length - 1) as.push([1, ...out]); else h = out;
  });
  return { as, h };
}

/** One example's D(l) by hand; `outputDelta` gives δ(L) from h and y. */
function backpropByHand(Theta: number[][][], x: number[], y: number[], outputDelta: (h: number, y: number) => number) {
  const { as, h } = forwardByHand(Theta, x);
  const D: number[][][] = [];
  let delta = h.map((hk, k) => outputDelta(hk, y[k]!));
  const deltas: number[][] = [delta];
  for (let l = Theta.length; l >= 1; l--) {
    const a = as[l - 1]!;
    D[l - 1] = delta.map((d) => a.map((aj) => d * aj));
    if (l > 1) {
      const T = Theta[l - 1]!, prev: number[] = delta;
      delta = a.slice(1).map((aj, j) => T.reduce((s, row, i) => s + row[j + 1]! * prev[i]!, 0) * aj * (1 - aj));
      deltas.unshift(delta);
    }
  }
  return { D, deltas, as, h };
}

/** The number printed after `label` in a message. */
function numberAfter(message: string, label: string): number {
  const m = new RegExp(`${label}\\s*(-?[0-9.e-]+)`).exec(message);
  if (!m) throw new Error(`no number after "${label}" in: ${message}`);
  return Number(m[1]);
}

function firstFailure(results: CheckResult[]): CheckResult {
  const f = results.find((r) => !r.pass);
  if (!f) throw new Error(`every check passed: ${JSON.stringify(results)}`);
  return f;
}

describe('δ(L): the output error', () => {
  test('∂E/∂a instead of δ: names δ(3) row 1, the seed post’s 0.138499 and the missing g′', async () => {
    const results = await checkCell('delta-output', 'function deltaOutput(a: number[], y: number[]) { return a.map((v, k) => v - y[k]); }');
    const f = firstFailure(results);
    expect(f.message).toMatch(/^δ\(3\) row 1 differs: expected 0\.138499, got 0\.741365 — that is ∂E\/∂a\(L\).*g′\(z\(L\)\)/);
    expect(allPassed(results)).toBe(false);
  });

  test('g′ applied to a instead of z is recognised', async () => {
    const results = await checkCell('delta-output', `import { sigmoid } from "backprop";
function deltaOutput(a: number[], y: number[]) { return a.map((v, k) => (v - y[k]) * sigmoid(v) * (1 - sigmoid(v))); }`);
    expect(firstFailure(results).message).toContain('that is g′ applied to a');
  });

  test('calling backprop for δ itself fails, naming backprop, though its numbers are right', async () => {
    // A one-layer network whose output is exactly aL: backprop then returns the right δ(2).
    const code = `import { Network, backprop } from "backprop";
function deltaOutput(aL: number[], y: number[]) {
  const net = Network.fromWeights([aL.map((a) => [Math.log(a / (1 - a)), 0])]);
  return backprop(net, [0], y, { cost: 'squared-error' }).delta(2);
}`;
    const results = await checkCell('delta-output', code);
    expect(results[0]).toMatchObject({ name: 'uses only allowed functions', pass: false });
    expect(results[0]!.message).toMatch(/^expected deltaOutput to compute it itself, got a call of backprop\(\)/);
    expect(results.filter((r) => r.pass)).toEqual([]);
    expect(results[1]!.message).toContain('backprop is not available in this exercise');
    // Without the guard the same code would pass: the guard is what stops it.
    const { checkCellUnguarded } = await unguarded();
    expect(allPassed(await checkCellUnguarded('delta-output', code))).toBe(true);
  });

  test('the module may still be called at the top level (a demo comparing with it)', async () => {
    const ex = getExercise('delta-output');
    const code = `${ex.solution}
import { Network as N2, backprop as bp } from "backprop";
console.log(bp(N2.fromWeights([[[0.35, 0.15, 0.2]]]), [0.05, 0.1], [0.01]).delta(2));`;
    expect(allPassed(await checkCell('delta-output', code))).toBe(true);
  });
});

describe('δ(l): the hidden error', () => {
  // δ(3) of the seed post's network (squared error): (a − y) a (1 − a)
  const { deltas } = backpropByHand(CLASSIC, [0.05, 0.1], [0.01, 0.99], (h, y) => (h - y) * h * (1 - h));
  const [delta2, delta3] = deltas as [number[], number[]];
  const back1 = 0.4 * delta3[0]! + 0.5 * delta3[1]!;   // ((Θ(2))ᵀδ(3))_1, by hand

  test('the expected δ(2)_1 is the seed post’s 0.00877135', () => {
    expect(delta2[0]).toBeCloseTo(0.00877135, 8);
  });

  test('no g′: names δ(2) row 1 with expected 0.00877135 and got (Θᵀδ)_1', async () => {
    const code = `function deltaHidden(T: number[][], d: number[], a: number[]) {
  return T[0].map((_, j) => T.reduce((s, row, i) => s + row[j] * d[i], 0)).slice(1);
}`;
    const f = firstFailure(await checkCell('delta-hidden', code));
    expect(f.name).toBe('δ(2) for the 2-2-2 network, x = [0.05, 0.1]');
    expect(f.message).toMatch(/^δ\(2\) row 1 differs: expected 0\.00877135, got /);
    expect(numberAfter(f.message, 'got')).toBeCloseTo(back1, 6);
    expect(f.message).toContain('without ⊙ g′(z(2))');
  });

  test('the bias row not skipped: the size is wrong and the bias row is named', async () => {
    const code = `function deltaHidden(T: number[][], d: number[], a: number[]) {
  return T[0].map((_, j) => T.reduce((s, row, i) => s + row[j] * d[i], 0) * a[j] * (1 - a[j]));
}`;
    const results = await checkCell('delta-hidden', code);
    const f = firstFailure(results);
    expect(f.message).toMatch(/^δ\(2\) has 3 entries, expected 2 entries — row 0 of \(Θ\(2\)\)ᵀδ\(3\) belongs to the bias unit/);
    expect(results.filter((r) => r.pass)).toEqual([]);
  });

  test('column j instead of j + 1 (the planted bug of lesson 6) is recognised', async () => {
    const code = `function deltaHidden(T: number[][], d: number[], a: number[]) {
  return a.slice(1).map((aj, j) => T.reduce((s, row, i) => s + row[j] * d[i], 0) * aj * (1 - aj));
}`;
    const f = firstFailure(await checkCell('delta-hidden', code));
    const wrong = (0.6 * delta3[0]! + 0.6 * delta3[1]!) * 0.593269992 * (1 - 0.593269992);
    expect(numberAfter(f.message, 'got')).toBeCloseTo(wrong, 6);
    expect(f.message).toContain('unit j was read from column j − 1 of Θ(2)');
  });
});

describe('D(l): the gradient', () => {
  // Independent D for the 2-2-2 network on the check's batch (cross-entropy: δ(L) = h − y).
  const X = [0, 1, 2].map((r) => [0, 1].map((j) => Math.sin(1 + r * 3 + j)));
  const Y = [0, 1, 2].map((r) => [0, 1].map((k) => ((r + k) % 2 ? 0.9 : 0.1)));
  const sum = CLASSIC.map((T) => T.map((row) => row.map(() => 0)));
  X.forEach((x, n) => backpropByHand(CLASSIC, x, Y[n]!, (h, y) => h - y).D.forEach((M, l) =>
    M.forEach((row, r) => row.forEach((v, c) => { sum[l]![r]![c]! += v; }))));
  const lambda = 1.5, m = 3;

  const solutionWith = (replace: [string, string]) => {
    const sol = getExercise('gradient-D').solution;
    expect(sol).toContain(replace[0]);
    return sol.replace(replace[0], replace[1]);
  };

  test('the bias column regularised: D(2) entry (1, 0) at λ = 1.5, the expected value and the mistake', async () => {
    const results = await checkCell('gradient-D', solutionWith(['(c > 0 ? (lambda / m) * Theta[l][r][c] : 0)', '(lambda / m) * Theta[l][r][c]']));
    const f = firstFailure(results);
    expect(f.name).toBe('D, 2-2-2 network, m = 3, λ = 1.5');
    expect(f.message).toMatch(/^D\(2\) entry \(1, 0\) differs: expected /);
    expect(numberAfter(f.message, 'expected')).toBeCloseTo(sum[1]![0]![0]! / m, 6);
    expect(numberAfter(f.message, 'got')).toBeCloseTo(sum[1]![0]![0]! / m + (lambda / m) * 0.6, 6);
    expect(f.message).toContain('the bias column j = 0 of Θ(2) was regularised');
  });

  test('Δ not divided by m is named as such', async () => {
    const f = firstFailure(await checkCell('gradient-D', solutionWith(['v / m +', 'v +'])));
    expect(f.message).toMatch(/^D\(2\) entry \(1, 0\) differs/);
    expect(numberAfter(f.message, 'got')).toBeCloseTo(sum[1]![0]![0]!, 4);
    expect(f.message).toContain('Δ(2) is the sum over the m examples: divide it by m');
  });

  test('the bias column left out: the shape is wrong and column 0 is named', async () => {
    const f = firstFailure(await checkCell('gradient-D', solutionWith(['return Delta.map((A, l) => A.map((row, r) => row.map(', 'return Delta.map((A, l) => A.map((row, r) => row.slice(1).map((v, c) => v).map(']).replace('row.slice(1).map((v, c) => v).map((v, c) => v / m + (c > 0 ? (lambda / m) * Theta[l][r][c] : 0))', 'row.slice(1).map((v, c) => v / m + (lambda / m) * Theta[l][r][c + 1])')));
    expect(f.message).toMatch(/^D\(2\) has 2 × 2 entries, expected 2 × 3 entries — column j = 0 \(the bias unit a\(2\)_0 = 1\) is missing/);
  });

  test('calling gradients for D itself fails, naming gradients', async () => {
    const code = `import { Network, gradients } from "backprop";
function gradientD(Theta: number[][][], X: number[][], Y: number[][], lambda: number) {
  return gradients(Network.fromWeights(Theta), X, Y, { lambda }).D;
}`;
    const results = await checkCell('gradient-D', code);
    expect(results[0]!.message).toMatch(/^expected gradientD to compute it itself, got a call of gradients\(\)/);
    expect(results.filter((r) => r.pass)).toEqual([]);
    const { checkCellUnguarded } = await unguarded();
    expect(allPassed(await checkCellUnguarded('gradient-D', code))).toBe(true);
  });
});

describe('the numerical gradient', () => {
  test('a one-sided difference: names ∂J/∂Θ(1) entry (1, 0) and the one-sided difference', async () => {
    const f = firstFailure(await checkCell('numerical-gradient', getExercise('numerical-gradient').starter));
    expect(f.message).toMatch(/^∂J\/∂Θ\(1\) entry \(1, 0\) differs: expected .* — that is a one-sided difference/);
  });

  test('dividing the central difference by ε is recognised', async () => {
    const sol = getExercise('numerical-gradient').solution;
    const f = firstFailure(await checkCell('numerical-gradient', sol.replace('(2 * epsilon)', 'epsilon')));
    expect(f.message).toContain('divide by 2ε, not ε');
  });

  test('calling numericalGradient fails, naming it', async () => {
    const code = `import { Network, numericalGradient } from "backprop";
function numGrad(J: (T: number[][][]) => number, Theta: number[][][], epsilon: number) {
  return numericalGradient(Network.fromWeights(Theta), [[0, 0]], [[0, 0]], { epsilon });
}`;
    const results = await checkCell('numerical-gradient', code);
    expect(results[0]!.message).toMatch(/got a call of numericalGradient\(\)/);
    expect(allPassed(results)).toBe(false);
  });
});

// Each test here runs the whole training check (thousands of gradient steps): seconds, more on a busy machine.
describe('the training loop', { timeout: 30_000 }, () => {
  const sol = getExercise('train-xor').solution;
  const noBias = sol.replace('net.setWeight(l, i, j, net.weight(l, i, j) - alpha * d);', 'if (j > 0) net.setWeight(l, i, j, net.weight(l, i, j) - alpha * d);');

  test('a loop that never updates the bias weights fails, saying so, although it learns XOR', async () => {
    expect(noBias).not.toBe(sol);
    const results = await checkCell('train-xor', noBias);
    const step = results.find((r) => r.name === 'one step Θ(l) := Θ(l) − αD(l), seed 1')!;
    expect(step.pass).toBe(false);
    expect(step.message).toMatch(/^Θ\(1\) after step 1 entry \(1, 0\) differs: expected .*, got .* — the bias weights Θ\(1\)_i0 \(column j = 0\) were not updated/);
    expect(results.find((r) => r.name === 'bias weights trained, seed 2')).toMatchObject({ pass: false });
    // It does learn XOR on these seeds (the review's finding): only the new checks catch it.
    expect(results.find((r) => r.name === 'XOR classified, seed 1')?.pass).toBe(true);
  });

  test('the step check’s expected bias weight is Θ − 2·D, computed here by hand', async () => {
    const { Network, xor } = await import('backprop');
    const net = Network.random([2, 4, 1], { seed: 1 });
    const Theta = net.weights();
    const { X, Y } = xor();
    const sum = Theta.map((T) => T.map((row) => row.map(() => 0)));
    X.forEach((x, n) => backpropByHand(Theta, x, Y[n]!, (h, y) => h - y).D.forEach((M, l) =>
      M.forEach((row, r) => row.forEach((v, c) => { sum[l]![r]![c]! += v; }))));
    const results = await checkCell('train-xor', noBias);
    const step = results.find((r) => r.name === 'one step Θ(l) := Θ(l) − αD(l), seed 1')!;
    expect(numberAfter(step.message, 'expected')).toBeCloseTo(Theta[0]![0]![0]! - 2 * sum[0]![0]![0]! / X.length, 5);
    expect(numberAfter(step.message, 'got')).toBeCloseTo(Theta[0]![0]![0]!, 5);
  });

  test('fit instead of one’s own loop fails, naming fit', async () => {
    const code = `import { Network, fit, xor } from "backprop";
function trainXor(seed: number) {
  const net = Network.random([2, 4, 1], { seed });
  fit(net, xor(), { alpha: 2, steps: 2000 });
  return net;
}`;
    const results = await checkCell('train-xor', code);
    expect(results[0]!.message).toMatch(/got a call of fit\(\) \(it runs the whole training loop\)/);
    expect(allPassed(results)).toBe(false);
  });
});

describe('the simple exercises refuse their reference function too', () => {
  test.each([
    ['sigmoid-gradient', 'import { sigmoidGradient } from "backprop";\nfunction gPrime(z: number) { return sigmoidGradient(z); }', 'sigmoidGradient'],
    ['forward-pass', 'import { Network, forward } from "backprop";\nfunction forwardPass(T: number[][][], x: number[]) { return forward(Network.fromWeights(T), x).h; }', 'forward'],
    ['regularized-cost', 'import { Network, cost } from "backprop";\nfunction regularizedCost(T: number[][][], X: number[][], Y: number[][], lambda: number) { return cost(Network.fromWeights(T), X, Y, { lambda }); }', 'cost'],
  ].map(([id, code, name]) => ({ id, code, name })))('$id: calling $name fails, naming it', async ({ id, code, name }) => {
    const results = await checkCell(id, code);
    expect(results[0]!.message).toContain(`got a call of ${name}()`);
    expect(results.filter((r) => r.pass)).toEqual([]);
  });
});

describe('the guard', () => {
  test('every exercise’s forbidden and observed names are exports of the module', async () => {
    const backprop = await import('backprop');
    const { allExercises } = await import('./registry');
    for (const e of allExercises()) expect(() => startExercise(e, { backprop }), e.id).not.toThrow();
  });

  test('the checks alone (runChecks) do not guard: the guard lives in startExercise', async () => {
    const ex = getExercise('sigmoid-gradient');
    const { sigmoidGradient } = await import('backprop');
    expect(allPassed(await runChecks(ex, { gPrime: (z: number) => sigmoidGradient(z) }))).toBe(true);
  });
});

/** Runs a cell with the real module (no guard), to show a guarded bypass really computes the right numbers. */
async function unguarded() {
  const backprop = await import('backprop');
  const { prepareCell } = await import('../runtime/prepare');
  return {
    async checkCellUnguarded(id: string, code: string) {
      const scope: Record<string, unknown> = {};
      const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
      await new AsyncFunction('__bpnScope', '__bpnImport', '__bpnExport', 'console', 'show', prepareCell(code, []).js)(
        scope, () => backprop, (o: object) => Object.assign(scope, o), { log() {} }, () => {});
      return runChecks(getExercise(id), scope);
    },
  };
}

describe('a value of the wrong type is named as such', () => {
  test('a string that reads like the right number fails as "expected a number, got \"0.25\"", not "expected 0.25, got 0.25"', async () => {
    // g'(0) = g(0)(1 − g(0)) = 0.5 · 0.5 = 0.25: returned as text, it must not read as the right number.
    const code = 'export function gPrime(z: number): any { const g = 1 / (1 + Math.exp(-z)); return String(g * (1 - g)); }';
    for (const lang of ['en', 'zh'] as const) {
      const results = await checkCell('sigmoid-gradient', code, lang);
      const first = results.find((r) => !r.pass)!;
      expect(first.message).toContain('"0.25"');
      expect(first.message).not.toMatch(/0\.25[^"]*0\.25(?!")/);
    }
    const en = (await checkCell('sigmoid-gradient', code)).find((r) => !r.pass)!;
    expect(en.message).toBe('expected a number, got "0.25"');
  });
});

describe('reverse mode: a failure names the derivative that is off', () => {
  const solution = `import { topoSort, localDerivatives, Value } from "backprop";
export function gradient(out: Value, inputs: Value[]): number[] {
  const order = topoSort(out);
  const adj = new Map<Value, number>();
  adj.set(out, 1);
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i];
    const local = localDerivatives(v);
    const vbar = adj.get(v) ?? 0;
    v.parents.forEach((p, k) => { adj.set(p, UPDATE); });
  }
  return RESULT;
}`;
  const sweep = (update: string, result = 'inputs.map((x) => adj.get(x) ?? 0)') => solution.replace('UPDATE', update).replace('RESULT', result);

  test('paths that overwrite instead of adding: ∂e/∂b of e = (a+b)(b+1) at a = 2, b = 1 is 5, not one path\'s 2 or 3', async () => {
    // By hand: ∂e/∂a = b + 1 = 2; ∂e/∂b = (b + 1) + (a + b) = 2 + 3 = 5, one term per path from b.
    const [first] = (await checkCell('reverse-mode', sweep('vbar * local[k]'))).filter((r) => !r.pass);
    expect(first!.message).toMatch(/^∂e\/∂b differs: expected 5, got [23]$/);
    const [zh] = (await checkCell('reverse-mode', sweep('vbar * local[k]'), 'zh')).filter((r) => !r.pass);
    expect(zh!.message).toMatch(/^∂e\/∂b 不对：应为 5，实际为 [23]$/);
  });

  test('a network weight\'s derivative is named by its weight (∂J/∂Θ(1)_10), and a short list by its count of entries', async () => {
    // Dropping the first factor (the adjoint) leaves every local derivative alone: the first weight entry is off.
    const noAdjoint = (await checkCell('reverse-mode', sweep('(adj.get(p) ?? 0) + local[k]'))).filter((r) => !r.pass);
    expect(noAdjoint.at(-1)!.message).toMatch(/^∂J\/∂Θ\(1\)_10 differs: expected /);
    const short = (await checkCell('reverse-mode', sweep('(adj.get(p) ?? 0) + vbar * local[k]', '[adj.get(inputs[0]) ?? 0]'))).filter((r) => !r.pass);
    expect(short[0]!.message).toBe('gradient(out, inputs) has 1 entry, expected 2 entries');
  });
});
