import { describe, expect, test } from 'vitest';
import * as backprop from 'backprop';
import { prepareCell } from '../runtime/prepare';
import { createDisplay } from '../runtime/display';
import { runChecks, allPassed } from './runner';
import { exercise } from './digits-passes';

/** Runs a cell as the worker does (same preparation), then the exercise's checks on its scope. */
async function check(code: string) {
  const scope: Record<string, unknown> = {};
  const { js } = prepareCell(code, []);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
  const { console, show } = createDisplay(() => {});
  await new AsyncFunction('__bpnScope', '__bpnImport', '__bpnExport', 'console', 'show', js)(
    scope, (m: string) => ({ backprop, notebook: { show } })[m], (o: object) => Object.assign(scope, o), console, show);
  return runChecks(exercise, scope);
}

const firstFailure = async (code: string) => (await check(code)).find((r) => !r.pass)?.message;

describe('digits-passes: the first wrong quantity is named', () => {
  test('the blank starter fails at a(1), naming the shape expected', async () => {
    expect(await firstFailure(exercise.starter)).toBe('a(1) (a[1]): expected a 3×2 matrix, got undefined for input the 2-2-2 network, m = 3');
  });

  test("forgetting g'(z) in the hidden δ is caught at δ(2), with the row and both values", async () => {
    const buggy = exercise.solution.replace(' * al * (1 - al)', '');
    const msg = await firstFailure(buggy);
    expect(msg).toMatch(/^δ\(2\) row 1 differs: expected \[.+\], got \[.+\] for input the 2-2-2 network, m = 3$/);
    // Without the factor a(1 − a), "got" is 1/(a(1 − a)) times "expected". By hand for example 1 (x = [sin 1, sin 2])
    // and unit 1 of the 2-2-2 network: z = 0.35 + 0.15 sin 1 + 0.2 sin 2, a = 1/(1 + e^−z).
    const a = 1 / (1 + Math.exp(-(0.35 + 0.15 * Math.sin(1) + 0.2 * Math.sin(2))));
    const [want, got] = [...msg!.matchAll(/\[([^\]]+)\]/g)].map((m) => Number(m[1].split(',')[0]));
    expect(got / want).toBeCloseTo(1 / (a * (1 - a)), 3);
  });

  test('a transposed z is reported as a shape error naming both shapes', async () => {
    const msg = await firstFailure(exercise.solution.replace('a[l + 1] = z[l + 1].map((row) => row.map(g));',
      'a[l + 1] = z[l + 1].map((row) => row.map(g)); if (l === 1) z[2] = z[2][0].map((_, c) => z[2].map((r) => r[c]));'));
    expect(msg).toBe('z(2) (z[2]): expected a 3×2 matrix, got 2×3 for input the 2-2-2 network, m = 3');
  });

  test('NaN is reported at the first quantity that holds it', async () => {
    const msg = await firstFailure(exercise.solution.replace('return s / m;', 'return s / 0 * 0;'));
    expect(msg).toMatch(/^D\(1\) row 1 differs: expected \[.+\], got \[NaN, NaN, NaN\] for input/);
  });

  test('calling the module instead of writing the passes is refused', async () => {
    const code = `import { gradients, Network } from "backprop";\n${exercise.solution.replace('const L = Theta.length;', 'const L = Theta.length; gradients(Network.fromWeights(Theta.slice(1)), X, Y);')}`;
    const results = await check(code);
    expect(results[0]).toEqual({ name: 'written from scratch', pass: false, message: expect.stringContaining('got a call to gradients() from the module') });
  });

  test('the solution passes, including the gradient checks on both networks', async () => {
    const results = await check(exercise.solution);
    expect(allPassed(results)).toBe(true);
    expect(results.filter((r) => r.name.startsWith('gradient check'))).toHaveLength(2);
  });
});
