import { describe, expect, test } from 'vitest';
import { allExercises, exercisesByLesson } from './registry';
import { allPassed } from './runner';
import { checkCell as check } from './run-cell.test-helper';

const CORE = ['sigmoid-gradient', 'forward-pass', 'regularized-cost', 'delta-output', 'delta-hidden', 'gradient-D', 'numerical-gradient', 'train-xor'];

describe('exercises', () => {
  test('the eight core exercises exist, with unique ids, hints and a lesson', () => {
    const ids = allExercises().map((e) => e.id);
    for (const id of CORE) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of allExercises()) {
      expect(e.hints.length, e.id).toBeGreaterThan(0);
      expect(e.lesson, e.id).toMatch(/^\d\d-[a-z-]+$/);
    }
    expect(exercisesByLesson()['01-notation']).toEqual(expect.arrayContaining(['sigmoid-gradient', 'forward-pass']));
  });

  for (const e of allExercises()) {
    test(`${e.id}: the starter fails the checks`, async () => {
      const results = await check(e.id, e.starter);
      expect(allPassed(results), JSON.stringify(results, null, 1)).toBe(false);
      const failed = results.filter((r) => !r.pass);
      for (const r of failed) expect(r.message, r.name).toMatch(/expected .+, got |has .+, expected /);
    }, 30_000);

    test(`${e.id}: the solution passes every check`, async () => {
      const results = await check(e.id, e.solution);
      expect(results.filter((r) => !r.pass)).toEqual([]);
      expect(results.length).toBeGreaterThan(1);
    }, 30_000);
  }

  test('a missing function is reported by name', async () => {
    const results = await check('sigmoid-gradient', 'const x = 1;');
    expect(results).toEqual([{ name: 'defines gPrime', pass: false, message: 'expected a function named gPrime, got undefined' }]);
  });

  test('a wrong answer says expected and got, under a name that says the input', async () => {
    const results = await check('sigmoid-gradient', 'function gPrime(z: number) { return 0.25; }');
    const bad = results.find((r) => !r.pass)!;
    // g'(1) = σ(1)(1 − σ(1)) = 0.196612 (6 significant digits)
    expect(bad).toEqual({ name: "g'(1)", pass: false, message: 'expected 0.196612, got 0.25' });
  });

  test('a function that throws is reported, not fatal', async () => {
    const results = await check('forward-pass', 'function forwardPass() { throw new RangeError("oops"); }');
    expect(results[0]).toEqual({ name: 'h for the 2-2-2 network, x = [0.05, 0.1]', pass: false, message: 'threw RangeError: oops' });
  });
});
