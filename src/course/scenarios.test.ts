import { describe, expect, it } from 'vitest';
import { scenarioValues } from './scenarios';

/**
 * The classic example checked against numbers worked by hand (with a calculator, independently of the
 * module): z(2)_1 = 0.35 + 0.15·0.05 + 0.20·0.10 = 0.3775, and so on.
 */
describe('the classic 2-2-2 scenario', () => {
  const v = scenarioValues('classic');
  it('forward pass', () => {
    expect(v.z2_1).toBeCloseTo(0.3775, 12);
    expect(v.a2_1).toBeCloseTo(0.593269992, 8);
    expect(v.a2_2).toBeCloseTo(0.596884378, 8);
    expect(v.a2_0).toBe(1);
    expect(v.z3_1).toBeCloseTo(1.105905967, 8);
    expect(v.h_1).toBeCloseTo(0.75136507, 8);
    expect(v.h_2).toBeCloseTo(0.772928465, 8);
    expect(v.J).toBeCloseTo(0.298371109, 8);
  });
  it('backward pass and the three factors of ∂J/∂Θ(2)_11', () => {
    expect(v.f1_2_1_1).toBeCloseTo(0.74136507, 8);
    expect(v.f2_2_1_1).toBeCloseTo(0.186815602, 8);
    expect(v.f3_2_1_1).toBeCloseTo(0.593269992, 8);
    expect(v.D2_1_1).toBeCloseTo(0.082167041, 8);
    expect(v.D1_1_1).toBeCloseTo(0.000438568, 8);
    expect(v.f1_2_1_1 * v.f2_2_1_1 * v.f3_2_1_1).toBeCloseTo(v.D2_1_1, 14);
  });
  it('hidden-unit paths add up to ①', () => {
    expect(v.path_1_1_1_1 + v.path_1_1_1_2).toBeCloseTo(v.f1_1_1_1, 14);
    expect(v.f1_1_1_1).toBeCloseTo(0.036350306, 8);
  });
});

it('cross-entropy with sigmoid outputs gives δ(3) = a(3) − y', () => {
  const v = scenarioValues('classicCE');
  expect(v.delta3_1).toBeCloseTo(v.h_1 - v.y_1, 14);
  expect(v.delta3_2).toBeCloseTo(v.h_2 - v.y_2, 14);
});

it('an unknown scenario is named in the error', () => {
  expect(() => scenarioValues('nope')).toThrow(/unknown scenario "nope"/);
});

it('each call returns its own copy of the numbers (computed once, so a caller cannot change them for the next)', () => {
  const first = scenarioValues('classic');
  const a21 = first.a2_1!;
  first.a2_1 = 42;
  delete first.J;
  const again = scenarioValues('classic');
  expect(again.a2_1).toBe(a21);
  expect(again.J).toBeTypeOf('number');
  expect(again).not.toBe(first);
});
