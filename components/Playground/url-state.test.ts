import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, sameData, type Settings } from './settings.ts';
import { parseQuery, toQuery } from './url-state.ts';

const custom: Settings = {
  dataset: 'blobs', classes: 4, n: 300, noise: 0.1, dataSeed: 7, testFraction: 0.3, hidden: [8, 3, 2],
  activation: ['relu', 'tanh', 'sigmoid'], learningRate: 0.003, lambda: 0.001, batchSize: 25,
  loss: 'squared-error', seed: 42,
};

describe('URL state', () => {
  it('round-trips every setting through the query string', () => {
    expect(parseQuery(toQuery(custom))).toEqual(custom);
    expect(parseQuery('?' + toQuery(DEFAULT_SETTINGS))).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips a network with no hidden layer', () => {
    const s = { ...DEFAULT_SETTINGS, hidden: [], activation: [] };
    expect(parseQuery(toQuery(s))).toEqual(s);
  });

  it('keeps other query parameters of the page', () => {
    const q = new URLSearchParams(toQuery(custom, 'lang=zh&lr=9'));
    expect(q.get('lang')).toBe('zh');
    expect(q.get('lr')).toBe('0.003');
  });

  it('reads a hand-written teacher link', () => {
    const s = parseQuery('?data=spirals&hidden=8,8&act=relu&lr=0.1&loss=squared-error');
    expect(s).toMatchObject({ dataset: 'spirals', hidden: [8, 8], activation: ['relu', 'relu'], learningRate: 0.1, loss: 'squared-error' });
    expect(s.seed).toBe(DEFAULT_SETTINGS.seed);
  });

  it.each([
    ['data=mnist', 'dataset'], ['lr=-1', 'learningRate'], ['lr=0', 'learningRate'], ['lr=abc', 'learningRate'],
    ['lr=Infinity', 'learningRate'], ['lr=NaN', 'learningRate'], ['lambda=-0.5', 'lambda'], ['batch=2.5', 'batchSize'],
    ['batch=0', 'batchSize'], ['n=5', 'n'], ['n=1e9', 'n'], ['classes=9', 'classes'], ['loss=hinge', 'loss'],
    ['seed=-3', 'seed'], ['seed=1.5', 'seed'], ['noise=2', 'noise'], ['test=0.9', 'testFraction'],
    ['hidden=8,99', 'hidden'], ['hidden=a,b', 'hidden'], ['hidden=1,1,1,1,1', 'hidden'], ['hidden=8,,8', 'hidden'],
  ] as const)('a bad value (%s) falls back to the default %s', (query, field) => {
    expect(parseQuery('?' + query)[field]).toEqual(DEFAULT_SETTINGS[field]);
  });

  it('never throws on garbage', () => {
    for (const q of ['?%%%', '?&&&=', '?hidden=%E0%A4%A', '?act=softmax', '?act=,,', 'lr=1&lr=2', '?' + 'x'.repeat(5000)]) {
      const s = parseQuery(q);
      expect(s.activation).toHaveLength(s.hidden.length);
      expect((s.activation as string[]).includes('softmax')).toBe(false);
    }
  });

  it('uses a different base (the lesson props) for missing keys', () => {
    const base = normalizeSettings({ dataset: 'circles', hidden: [3] });
    expect(parseQuery('?lr=1', base)).toMatchObject({ dataset: 'circles', hidden: [3], learningRate: 1 });
  });
});

describe('normalizeSettings', () => {
  it('accepts the contract props', () => {
    const s = normalizeSettings({ dataset: 'xor', hidden: [8, 8], activation: 'tanh', learningRate: 0.03 });
    expect(s).toMatchObject({ hidden: [8, 8], activation: ['tanh', 'tanh'], learningRate: 0.03 });
  });

  it('pads or trims per-layer activations to the number of layers', () => {
    expect(normalizeSettings({ hidden: [2, 2, 2], activation: ['relu', 'sigmoid'] }).activation).toEqual(['relu', 'sigmoid', 'sigmoid']);
    expect(normalizeSettings({ hidden: [2], activation: ['relu', 'sigmoid'] }).activation).toEqual(['relu']);
  });

  it('survives null, wrong types and unknown keys', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ hidden: 'x', n: {}, loss: 3, foo: 1 } as Record<string, unknown>)).toEqual(DEFAULT_SETTINGS);
  });

  it('tells when two settings share the same points', () => {
    expect(sameData(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, learningRate: 1 })).toBe(true);
    expect(sameData(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, n: 100 })).toBe(false);
  });
});
