import { describe, expect, it } from 'vitest';
import { cost, gradients } from './backprop.ts';
import { xor } from './datasets.ts';
import { Network } from './network.ts';
import { fit, train } from './train.ts';

describe('train', () => {
  it('one full-batch step is Θ − αD (the classic example: w5 → 0.35891648)', () => {
    const net = Network.fromWeights([[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]]);
    const [s] = train(net, { X: [[0.05, 0.1]], Y: [[0.01, 0.99]] }, { learningRate: 0.5, cost: 'squared-error', epochs: 1 });
    expect(s).toEqual({ step: 1, epoch: 1, loss: expect.closeTo(0.298371109, 9), diverged: false });
    expect(net.Theta(2)[0][1]).toBeCloseTo(0.35891648, 8);
  });

  it('learns XOR, deterministically under a seed', () => {
    const run = () => {
      const net = Network.random([2, 3, 1], { hidden: 'tanh', seed: 7 });
      return { r: fit(net, xor(), { learningRate: 0.5, momentum: 0.9, epochs: 400 }), w: net.weights() };
    };
    const a = run(), b = run();
    expect(a.r.loss).toBeLessThan(0.05);
    expect(a.r.losses[0]).toBeGreaterThan(0.5);
    expect(a.r.steps).toBe(400);
    expect(b.w).toEqual(a.w);
  });

  it('mini-batches: m/b steps per epoch, shuffled by seed, each loss is that batch\'s J', () => {
    const data = xor({ n: 20, seed: 3 });
    const steps = [...train(Network.random([2, 4, 1], { seed: 1 }), data, { learningRate: 0.1, batchSize: 6, epochs: 2, seed: 5 })];
    expect(steps.map((s) => s.epoch)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    const again = [...train(Network.random([2, 4, 1], { seed: 1 }), data, { learningRate: 0.1, batchSize: 6, epochs: 2, seed: 5 })];
    expect(again).toEqual(steps);
    const other = [...train(Network.random([2, 4, 1], { seed: 1 }), data, { learningRate: 0.1, batchSize: 6, epochs: 2, seed: 6 })];
    expect(other.map((s) => s.loss)).not.toEqual(steps.map((s) => s.loss));
  });

  it('momentum: the second step is Θ − α D₂ + μ(−α D₁)', () => {
    const data = { X: [[0.3, -0.7]], Y: [[1]] };
    const net = Network.random([2, 2, 1], { seed: 2 });
    const ref = net.clone();
    const D1 = gradients(ref, data.X, data.Y).D;
    D1.forEach((Dl, l) => Dl.forEach((row, i) => row.forEach((g, j) => ref.setWeight(l + 1, i + 1, j, ref.weight(l + 1, i + 1, j) - 0.1 * g))));
    const D2 = gradients(ref, data.X, data.Y).D;
    [...train(net, data, { learningRate: 0.1, momentum: 0.5, epochs: 2 })];
    net.weights().forEach((T, l) => T.forEach((row, i) => row.forEach((w, j) => {
      expect(w).toBeCloseTo(ref.weight(l + 1, i + 1, j) - 0.1 * D2[l][i][j] - 0.5 * 0.1 * D1[l][i][j], 14);
    })));
  });

  it('divergence stops with diverged = true and a reason, never silent NaNs', () => {
    const net = Network.random([1, 4, 1], { hidden: 'linear', output: 'linear', seed: 1 });
    const data = { X: [[10], [-20], [30]], Y: [[1], [2], [3]] };
    const steps = [...train(net, data, { learningRate: 50, epochs: 1000 })];
    const last = steps[steps.length - 1];
    expect(last.diverged).toBe(true);
    expect(last.reason).toMatch(/diverged at step \d+ \(epoch \d+\).*smaller learning rate/);
    expect(steps.slice(0, -1).every((s) => !s.diverged && Number.isFinite(s.loss))).toBe(true);
    expect(steps.length).toBeLessThan(1000);
    expect(fit(Network.random([1, 4, 1], { hidden: 'linear', output: 'linear', seed: 1 }), data, { learningRate: 50 }).diverged).toBe(true);
  });

  it('regularised training lowers its objective and keeps the non-bias weights smaller than λ = 0 does', () => {
    const data = xor();
    const size = (n: Network) => n.weights().flatMap((T) => T.flatMap((r) => r.slice(1))).reduce((s, w) => s + w * w, 0);
    const start = Network.random([2, 3, 1], { seed: 9 });
    const reg = start.clone(), plain = start.clone();
    const before = cost(reg, data.X, data.Y, { lambda: 5 });
    fit(reg, data, { learningRate: 1, lambda: 5, epochs: 300 });
    fit(plain, data, { learningRate: 1, lambda: 0, epochs: 300 });
    expect(cost(reg, data.X, data.Y, { lambda: 5 })).toBeLessThan(before); // fails if fit does nothing
    expect(size(reg)).toBeLessThan(size(plain) / 2); // fails if λ is dropped from training
  });

  it('rejects bad options', () => {
    const net = Network.random([2, 2, 1]);
    const go = (o: object) => () => [...train(net, xor(), { learningRate: 0.1, ...o })];
    expect(go({ learningRate: 0 })).toThrow(/learningRate = 0: must be > 0/);
    expect(go({ learningRate: NaN })).toThrow(/learningRate is NaN/);
    expect(go({ momentum: 1 })).toThrow(/momentum = 1: must be in \[0, 1\)/);
    expect(go({ batchSize: 0 })).toThrow(/batchSize = 0/);
    expect(go({ epochs: -1 })).toThrow(/epochs = -1/);
    expect(go({ cost: 'softmax-cross-entropy' })).toThrow(/needs a softmax output layer/);
    expect(() => [...train(net, { X: [[1, 2]], Y: [[1], [0]] }, { learningRate: 1 })]).toThrow(/Y is 2×1 but X is 1×2/);
  });
});
