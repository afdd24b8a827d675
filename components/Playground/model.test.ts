import { describe, expect, it } from 'vitest';
import { Network, predict } from 'backprop';
import { classCount, exportWeights, keepsWeight, makePoints, networkSpec, outputUnits, predictedClass, target, toDataset } from './model.ts';
import { PlaygroundRun } from './run.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

const s = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('points and network shape', () => {
  it('splits the generated points into train and test, reproducibly', () => {
    const p = makePoints(s({ n: 200 }));
    expect(p.filter((q) => q.test)).toHaveLength(40);
    expect(p.filter((q) => !q.test)).toHaveLength(160);
    expect(makePoints(s({ n: 200 }))).toEqual(p);
    expect(makePoints(s({ n: 200, dataSeed: 2 }))).not.toEqual(p);
  });

  it('labels blobs 0..K-1 and uses a softmax output with softmax cross-entropy', () => {
    const b = s({ dataset: 'blobs', classes: 4, hidden: [8], activation: ['relu'] });
    expect(new Set(makePoints(b).map((p) => p.label))).toEqual(new Set([0, 1, 2, 3]));
    expect(networkSpec(b)).toEqual({ sizes: [2, 8, 4], hidden: ['relu'], output: 'softmax', cost: 'softmax-cross-entropy' });
    expect(networkSpec({ ...b, loss: 'squared-error' }).cost).toBe('squared-error');
  });

  it('uses one sigmoid unit for two classes', () => {
    expect(classCount(s({ dataset: 'spirals', classes: 4 }))).toBe(2);
    expect(outputUnits(2)).toBe(1);
    expect(networkSpec(s({ hidden: [8, 8] }))).toMatchObject({ sizes: [2, 8, 8, 1], output: 'sigmoid', cost: 'cross-entropy' });
  });

  it('builds targets: a bit for one output, one-hot for a softmax', () => {
    expect(target(1, 1)).toEqual([1]);
    expect(target(2, 3)).toEqual([0, 0, 1]);
    const d = toDataset([{ x1: 1, x2: 2, label: 1, test: false }, { x1: 0, x2: 0, label: 0, test: true }], false, 2);
    expect(d).toEqual({ X: [[1, 2]], Y: [[0, 1]] });
    expect(toDataset([], true, 1)).toBeNull();
  });

  it('predicts a class by threshold or arg max', () => {
    expect(predictedClass([0.49])).toBe(0);
    expect(predictedClass([0.5])).toBe(1);
    expect(predictedClass([0.1, 0.3, 0.6])).toBe(2);
  });
});

describe('export', () => {
  it('gives the shape Network.fromWeights accepts, and the copy predicts identically', () => {
    const run = new PlaygroundRun(s({ dataset: 'blobs', hidden: [5, 3], activation: ['relu', 'tanh'], n: 60 }));
    run.advance(30);
    const json = JSON.parse(JSON.stringify(exportWeights(run.net)));
    expect(Object.keys(json).sort()).toEqual(['hidden', 'output', 'sizes', 'weights']);
    expect(json.sizes).toEqual([2, 5, 3, 3]);
    const copy = Network.fromWeights(json.weights, json);
    expect(copy.sizes).toEqual(json.sizes);
    expect(copy.options()).toEqual({ hidden: ['relu', 'tanh'], output: 'softmax' });
    const X = [[0, 0], [1.5, -2], [-3, 0.25], [0.1, 3]];
    expect(predict(copy, X)).toEqual(predict(run.net, X));
  });
});

describe('PlaygroundRun', () => {
  it('lowers the loss on XOR', () => {
    const run = new PlaygroundRun(s({ hidden: [8, 8], n: 200, learningRate: 0.1 }));
    const before = run.losses().train;
    run.advance(600);
    expect(run.step).toBe(600);
    expect(run.losses().train).toBeLessThan(before * 0.5);
    expect(run.history.points[0]).toMatchObject({ step: 0, train: before });
  });

  it('rewind replays exactly the same run', () => {
    const run = new PlaygroundRun(s({ n: 100 }));
    run.advance(25);
    const at25 = run.losses();
    run.advance(10);
    run.rewind();
    expect(run.step).toBe(0);
    expect(run.history.points).toHaveLength(1);
    run.advance(25);
    expect(run.losses()).toEqual(at25);
    expect(new PlaygroundRun(s({ n: 100 })).losses()).toEqual(new PlaygroundRun(s({ n: 100 })).losses());
  });

  it('stops at the step budget given by the caller', () => {
    const run = new PlaygroundRun(s({ n: 50 }));
    let calls = 0;
    expect(run.advance(100, () => ++calls < 7)).toBe(7);
  });

  it('detects divergence with a huge learning rate and keeps finite weights', () => {
    const run = new PlaygroundRun(s({ learningRate: 1e6, hidden: [8, 8], activation: ['linear', 'linear'] }));
    run.advance(1000);
    expect(run.diverged).toBe(true);
    expect(run.canTrain()).toBe(false);
    expect(run.step).toBeLessThan(1000);
    expect(run.history.points.every((p) => Number.isFinite(p.train))).toBe(true);
    expect(run.advance(5)).toBe(0);
  });

  it('adds and removes points, keeping the step count', () => {
    const run = new PlaygroundRun(s({ n: 50 }));
    run.advance(3);
    run.addPoint(0.5, 0.5, 1);
    expect(run.counts()).toEqual({ train: 41, test: 10 });
    run.removePoint(0);
    run.removePoint(999);
    expect(run.counts()).toEqual({ train: 40, test: 10 });
    expect(run.step).toBe(3);
    expect(run.advance(2)).toBe(2);
  });

  it('cannot train without training points, and says so by NaN loss without crashing', () => {
    const run = new PlaygroundRun(s({ n: 10 }), []);
    expect(run.canTrain()).toBe(false);
    expect(run.advance(5)).toBe(0);
    expect(run.losses().test).toBeNull();
  });

  it('edits a weight by hand and trains on from it', () => {
    const run = new PlaygroundRun(s({ n: 50 }));
    run.setWeight(1, 1, 0, 2.5);
    expect(run.net.weight(1, 1, 0)).toBe(2.5);
    expect(() => run.setWeight(1, 1, 0, NaN)).toThrow();
    expect(run.advance(1)).toBe(1);
  });
});

describe('keepsWeight', () => {
  it('is true exactly for the weights Θ(l)_ij a network of these sizes has (l < L, i ≤ s_{l+1}, 0 ≤ j ≤ s_l)', () => {
    const sizes = [2, 3, 1];
    // Every weight of the network, from its own weights() (not from the rule under test).
    const have = new Set(Network.random(sizes, { seed: 1 }).weights().flatMap((T, l0) => T.flatMap((row, i0) => row.map((_, j) => `${l0 + 1},${i0 + 1},${j}`))));
    expect(have.size).toBe(3 * 3 + 1 * 4);
    for (let l = 0; l <= 3; l++) for (let i = 0; i <= 4; i++) for (let j = -1; j <= 4; j++) {
      expect(keepsWeight(sizes, { l, i, j }), `${l},${i},${j}`).toBe(have.has(`${l},${i},${j}`));
    }
  });
});

describe('momentum μ (lesson 8, (8.11): v ← μv − αD, Θ ← Θ + v)', () => {
  it('the first step is plain gradient descent; the second adds μ times the first step', () => {
    const flat = (run: PlaygroundRun) => run.net.weights().flat(2);
    const settings = { n: 40, hidden: [3], activation: ['tanh'] as Settings['activation'], learningRate: 0.3, batchSize: 8 };
    const plain = new PlaygroundRun(s(settings)), heavy = new PlaygroundRun(s({ ...settings, momentum: 0.9 }));
    const start = flat(plain);
    expect(flat(heavy)).toEqual(start);
    plain.advance(1); heavy.advance(1);
    const first = flat(plain);
    expect(flat(heavy)).toEqual(first); // v₁ = −αD₁: the same step
    plain.advance(1); heavy.advance(1);
    // Both second steps start from the same Θ₁ on the same batch (same seed), so they differ by μv₁ = μ(Θ₁ − Θ₀).
    const gap = flat(heavy).map((w, k) => w - flat(plain)[k]!);
    const expected = first.map((w, k) => 0.9 * (w - start[k]!));
    gap.forEach((g, k) => expect(g).toBeCloseTo(expected[k]!, 12));
    expect(Math.max(...expected.map(Math.abs))).toBeGreaterThan(1e-4); // the test sees a real difference
  });
});
