import { describe, expect, it } from 'vitest';
import { parseMatrices, parseSizes, parseSpec, parseVector, specText, type SpecText } from './spec';
import { MAZUR, PRESETS } from './presets';
import { OWN_NETWORK_STRINGS } from './strings';

const mazurText = (): SpecText => specText(MAZUR);

describe('parsing what a reader types', () => {
  it('reads layer sizes in the usual spellings and refuses sizes out of range', () => {
    expect(parseSizes('2-3-1')).toEqual({ ok: true, value: [2, 3, 1] });
    expect(parseSizes('[2, 3, 1]')).toEqual({ ok: true, value: [2, 3, 1] });
    expect(parseSizes('2 x 2')).toEqual({ ok: true, value: [2, 2] });
    expect(parseSizes('2-3-3-3-1')).toMatchObject({ ok: false, problem: { code: 'layerCount', count: 5 } });
    expect(parseSizes('2-7-1')).toMatchObject({ ok: false, problem: { code: 'unitCount', layer: 2, units: 7 } });
    expect(parseSizes('2-a-1')).toMatchObject({ ok: false, problem: { code: 'sizeNotWhole', token: 'a' } });
    // x separates two numbers only (reader QA: 2-x-2 was read as 2-2).
    expect(parseSizes('2-x-2')).toMatchObject({ ok: false, problem: { code: 'sizeNotWhole', token: 'x' } });
    expect(parseSizes('x-2-2')).toMatchObject({ ok: false, problem: { code: 'sizeNotWhole', token: 'x' } });
    expect(parseSizes('2×3×1')).toEqual({ ok: true, value: [2, 3, 1] });
    expect(parseSizes('2X3 x 1')).toEqual({ ok: true, value: [2, 3, 1] });
  });

  it('a fractional layer size asks for a whole number from 1 to 6, in both languages', () => {
    const r = parseSizes('2-2.5-1');
    expect(r).toMatchObject({ ok: false, problem: { code: 'sizeNotWhole', token: '2.5' } });
    if (r.ok) throw new Error('2.5 is not a layer size');
    expect(OWN_NETWORK_STRINGS.en.problem(r.problem)).toBe('“2.5” is not a layer size: each layer needs a whole number of units from 1 to 6.');
    expect(OWN_NETWORK_STRINGS.zh.problem(r.problem)).toBe('“2.5”不是有效的层大小：每层的单元数须为 1 到 6 的整数。');
    expect(OWN_NETWORK_STRINGS.en.problem(r.problem)).not.toMatch(/not a number/);
  });

  it('reads vectors with commas, spaces, brackets and a typographic minus', () => {
    expect(parseVector('[0.05, 0.1]', 'x')).toEqual({ ok: true, value: [0.05, 0.1] });
    expect(parseVector('−1 2e-3', 'x')).toEqual({ ok: true, value: [-1, 0.002] });
    expect(parseVector('1, two', 'x')).toMatchObject({ ok: false, problem: { code: 'notNumber', token: 'two', column: 2 } });
  });

  it('reads the weights as JSON or as plain-text matrices, with the same result', () => {
    const plain = parseMatrices('0.35 0.15 0.2\n0.35, 0.25, 0.3\n\nΘ(2)\n0.6 0.4 0.45\n0.6 0.5 0.55');
    const json = parseMatrices(JSON.stringify(MAZUR.weights));
    expect(plain).toEqual({ ok: true, value: MAZUR.weights });
    expect(json).toEqual({ ok: true, value: MAZUR.weights });
  });

  it('names the matrix, row and column of a bad number', () => {
    expect(parseMatrices('1 2 3\n\n4 5 x6')).toMatchObject({ ok: false, problem: { code: 'notNumber', token: 'x6', layer: 2, row: 1, column: 3 } });
    expect(parseMatrices('[[[1, 2]]')).toMatchObject({ ok: false, problem: { code: 'badJson' } });
  });
});

describe('validating a whole network', () => {
  it('accepts every preset', () => {
    for (const p of Object.values(PRESETS)) expect(parseSpec(specText(p))).toEqual({ ok: true, spec: p });
  });

  it('names both shapes when a weight matrix does not fit the layer sizes', () => {
    const r = parseSpec({ ...mazurText(), sizes: '2-3-2' });
    expect(r).toMatchObject({ ok: false, problems: [{ field: 'weights', code: 'matrixShape', layer: 1, found: '2×3', expected: '3×3' }] });
    if (r.ok) throw new Error('expected problems');
    const msg = OWN_NETWORK_STRINGS.en.problem(r.problems[0]!);
    expect(msg).toContain('2×3');
    expect(msg).toContain('3×3');
  });

  it('reports every bad field at once, each on its own field', () => {
    const r = parseSpec({ ...mazurText(), x: '0.05', y: '1, 2, 3', alpha: '0', cost: 'cross-entropy', output: 'linear' });
    expect(r.ok).toBe(false);
    const fields = (r as { problems: { field: string; code: string }[] }).problems.map((p) => `${p.field}:${p.code}`);
    expect(fields).toEqual(['cost:costOutput', 'x:length', 'y:length', 'alpha:alphaRange']);
  });

  it('asks a softmax target to be a probability vector', () => {
    const r = parseSpec({ ...specText(PRESETS.reluSoftmax), y: '0, 1, 1' });
    expect(r).toMatchObject({ ok: false, problems: [{ field: 'y', code: 'softmaxTarget', sum: 2 }] });
  });

  it('has a message for every problem in both languages, and the Chinese one is Chinese', () => {
    const r = parseSpec({ sizes: '2-9', hidden: 'sine', output: 'x', cost: 'y', weights: '', x: 'a', y: '', alpha: '-1' });
    const problems = (r as { problems: Parameters<typeof OWN_NETWORK_STRINGS.en.problem>[0][] }).problems;
    expect(problems.length).toBeGreaterThanOrEqual(7);
    for (const p of problems) {
      expect(OWN_NETWORK_STRINGS.en.problem(p)).toMatch(/\w/);
      expect(OWN_NETWORK_STRINGS.zh.problem(p)).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('JSON problems in Chinese', () => {
  it('carry no English words (the engine message and the shape note stay out of the Chinese text)', () => {
    const syntax = parseMatrices('[[[0.1, 0.2,]]');
    const shape = parseMatrices('[[0.1, 0.2]]');
    expect(syntax.ok || shape.ok).toBe(false);
    for (const r of [syntax, shape]) {
      if (r.ok) throw new Error('expected a problem');
      expect(r.problem.code).toBe('badJson');
      const zh = OWN_NETWORK_STRINGS.zh.problem(r.problem).replace(/JSON/g, '');
      expect(zh).not.toMatch(/[A-Za-z]{3,}/);
    }
    if (syntax.ok) throw new Error('expected a problem');
    expect(OWN_NETWORK_STRINGS.en.problem(syntax.problem)).toMatch(/^Not readable as JSON: .{5,}/);
  });
});

describe('cost/output mismatch in Chinese', () => {
  it('names the output activation in Chinese', () => {
    const r = parseSpec({ ...specText(PRESETS.reluSoftmax), output: 'linear' });
    if (r.ok) throw new Error('expected a problem');
    const p = r.problems.find((q) => q.code === 'costOutput');
    expect(p).toBeDefined();
    const zh = OWN_NETWORK_STRINGS.zh.problem(p!);
    expect(zh).toContain('线性（恒等）');
    expect(zh).not.toMatch(/linear/);
  });
});
