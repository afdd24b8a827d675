import { describe, expect, test } from 'vitest';
import { allPassed } from '../runner';
import { checkCell } from '../run-cell.test-helper';
import { exercise } from './index';

/** Runs a cell as the worker does (guarded module included), then the exercise's checks. */
const check = (code: string) => checkCell('digits-passes', code);
const firstFailure = async (code: string) => (await check(code)).find((r) => !r.pass)?.message;

describe('digits-passes: the first wrong quantity is named', () => {
  test('the blank starter fails at a(1), naming the shape expected', async () => {
    // The 2-2-2 network's batch has m = 3 examples of s(1) = 2 inputs, so a(1) = X is 3×2.
    // The check's name says the input; the message does not repeat it.
    expect((await check(exercise.starter)).find((r) => !r.pass)).toEqual({
      name: 'a, z, δ and D, the 2-2-2 network, m = 3', pass: false, message: 'a(1) (a[1]): expected a 3×2 matrix, got undefined',
    });
  });

  test("forgetting g'(z) in the hidden δ is caught at δ(2), with the row and both values", async () => {
    const buggy = exercise.solution.replace(' * al * (1 - al)', '');
    expect(buggy).not.toBe(exercise.solution);
    const msg = await firstFailure(buggy);
    expect(msg).toMatch(/^δ\(2\) row 1 differs: expected \[.+\], got \[.+\]$/);
    // Without the factor a(1 − a), "got" is 1/(a(1 − a)) times "expected". By hand for example 1 (x = [sin 1, sin 2])
    // and unit 1 of the 2-2-2 network: z = 0.35 + 0.15 sin 1 + 0.2 sin 2, a = 1/(1 + e^−z).
    const a = 1 / (1 + Math.exp(-(0.35 + 0.15 * Math.sin(1) + 0.2 * Math.sin(2))));
    const [want, got] = [...msg!.matchAll(/\[([^\]]+)\]/g)].map((m) => Number(m[1]!.split(',')[0]));
    expect(got! / want!).toBeCloseTo(1 / (a * (1 - a)), 3);
  });

  test('a transposed z is reported as a shape error naming both shapes', async () => {
    const msg = await firstFailure(exercise.solution.replace('a[l + 1] = z[l + 1].map((row) => row.map(g));',
      'a[l + 1] = z[l + 1].map((row) => row.map(g)); if (l === 1) z[2] = z[2][0].map((_, c) => z[2].map((r) => r[c]));'));
    expect(msg).toBe('z(2) (z[2]): expected a 3×2 matrix, got 2×3');
  });

  test('NaN is reported at the first quantity that holds it', async () => {
    const msg = await firstFailure(exercise.solution.replace('return s / m;', 'return s / 0 * 0;'));
    expect(msg).toMatch(/^D\(1\) row 1 differs: expected \[.+\], got \[NaN, NaN, NaN\]$/);
  });

  for (const [name, call] of [
    ['gradients', 'gradients(Network.fromWeights(Theta.slice(1)), X, Y);'],
    ['backpropBatch', 'backpropBatch(Network.fromWeights(Theta.slice(1)), X, Y);'],
    ['predict', 'predict(Network.fromWeights(Theta.slice(1)), X);'],
  ] as const) {
    test(`calling the module's ${name} inside passes is refused by name, even from a helper`, async () => {
      const code = `import { ${name}, Network } from "backprop";\nfunction helper(Theta: number[][][], X: number[][], Y: number[][]) { ${call} }\n`
        + exercise.solution.replace('const L = Theta.length;', 'const L = Theta.length; helper(Theta, X, Y);');
      const results = await check(code);
      expect(allPassed(results)).toBe(false);
      expect(results[0]).toEqual({ name: 'uses only allowed functions', pass: false, message: expect.stringContaining(`got a call of ${name}()`) });
    });
  }

  test('the module still works at the top level of the cell (a demo may compare)', async () => {
    const code = `import { gradients, Network } from "backprop";\nconst D0 = gradients(Network.fromWeights([[[0, 1]]]), [[1]], [[1]]).D;\n${exercise.solution}`;
    const results = await check(code);
    expect(results.filter((r) => !r.pass)).toEqual([]);
  });

  test('the solution passes, including the gradient checks on both networks', async () => {
    const results = await check(exercise.solution);
    expect(allPassed(results)).toBe(true);
    expect(results.filter((r) => r.name.startsWith('gradient check'))).toHaveLength(2);
  });
});
