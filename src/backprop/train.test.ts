import { describe, expect, it } from 'vitest';
import { cost, gradients } from './backprop.ts';
import { curve1d, xor } from './datasets.ts';
import { Network } from './network.ts';
import { fit, train } from './train.ts';

describe('train', () => {
  it('one full-batch step is Θ − αD (the classic example: w5 → 0.35891648)', () => {
    const net = Network.fromWeights([[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]]);
    const [s] = train(net, { X: [[0.05, 0.1]], Y: [[0.01, 0.99]] }, { learningRate: 0.5, cost: 'squared-error', epochs: 1 });
    expect(s).toEqual({ step: 1, epoch: 1, lossBefore: expect.closeTo(0.298371109, 9), loss: s.lossBefore, diverged: false });
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

  describe('divergence never leaves non-finite weights (field log F12)', () => {
    const allFinite = (net: Network) => net.weights().flat(2).every(Number.isFinite);

    it('(a) 1-8-1 tanh regression at α = 1, batch 1: stops with finite weights', () => {
      const net = Network.random([1, 8, 1], { hidden: 'tanh', output: 'linear', seed: 0 });
      const r = fit(net, curve1d({ n: 50, seed: 1 }), { learningRate: 1, batchSize: 1 });
      expect(r.diverged).toBe(true);
      expect(allFinite(net)).toBe(true);
    });

    it('(b) α = 1e308 with momentum: the weights are those after the last applied step', () => {
      const data = { X: [[0, 1], [1, 0]], Y: [[1], [0]] }, opts = { learningRate: 1e308, momentum: 0.9 };
      const net = Network.fromWeights([[[0, 0, 0]]]);
      const r = fit(net, data, { ...opts, epochs: 50 });
      expect(r.diverged).toBe(true);
      expect(allFinite(net)).toBe(true);
      const ref = Network.fromWeights([[[0, 0, 0]]]); // full batch is deterministic: stop one step earlier
      expect(fit(ref, data, { ...opts, epochs: r.steps - 1 }).diverged).toBe(false);
      expect(net.weights()).toEqual(ref.weights());
    });

    it('(c) a single step that would overflow is not applied: [[0, 0]] stays', () => {
      const net = Network.fromWeights([[[0, 0]]], { output: 'linear' });
      const r = fit(net, { X: [[1e150]], Y: [[1e150]] }, { learningRate: 1e10, epochs: 1 });
      expect(r.diverged).toBe(true);
      expect(r.reason).toMatch(/step 1 .*overflow.*weights kept from before this step/);
      expect(net.weights()).toEqual([[[0, 0]]]);
    });
  });

  describe('mini-batch weight decay uses λ/m with m all examples (field log F13, F14; lesson 8 eq. 8.10)', () => {
    // One linear weight w = 1 on inputs 0: the data gradient is 0, so each update is w ← w − α(λ/m)w = (1 − 0.1/4)w.
    for (const [b, steps] of [[1, 4], [2, 2], [4, 1]] as const) {
      it(`batch ${b}: ${steps} updates of ×0.975 in one epoch`, () => {
        const net = Network.fromWeights([[[0, 1]]], { output: 'linear' });
        const Z = [[0], [0], [0], [0]];
        const r = fit(net, { X: Z, Y: Z }, { learningRate: 0.1, lambda: 1, batchSize: b, epochs: 1 });
        expect(r.steps).toBe(steps);
        expect(net.weight(1, 1, 1)).toBeCloseTo(0.975 ** steps, 15);
        expect(net.weight(1, 1, 0)).toBe(0); // the bias is never regularised
        // the reported loss is the objective before each update: λ/(2m)·w² with w = 0.975^(s−1)
        r.losses.forEach((J, s) => expect(J).toBeCloseTo((1 / 8) * 0.975 ** (2 * s), 15));
      });
    }

    it('each step is Θ − α(D_B + (λ/m)Θ) on its batch, rows in order with shuffle: false; lossBefore is that objective', () => {
      const data = xor({ n: 10, seed: 4 }), m = 10, b = 4, lambda = 0.7, alpha = 0.2;
      const net = Network.random([2, 3, 1], { seed: 3 }), ref = net.clone();
      const steps = [...train(net, data, { learningRate: alpha, lambda, batchSize: b, epochs: 2, shuffle: false })];
      expect(steps).toHaveLength(6); // batches of 4, 4, 2 per epoch
      steps.forEach((s, k) => {
        const start = (k % 3) * b, X = data.X.slice(start, start + b), Y = data.Y.slice(start, start + b);
        const sq = ref.weights().flatMap((T) => T.flatMap((row) => row.slice(1))).reduce((acc, w) => acc + w * w, 0);
        expect(s.lossBefore).toBeCloseTo(cost(ref, X, Y) + (lambda / (2 * m)) * sq, 13);
        const D = gradients(ref, X, Y).D; // unregularised (1/b)Σ δaᵀ
        ref.weights().forEach((T, l) => T.forEach((row, i) => row.forEach((w, j) => {
          ref.setWeight(l + 1, i + 1, j, w - alpha * (D[l][i][j] + (j === 0 ? 0 : (lambda / m) * w)));
        })));
      });
      net.weights().forEach((T, l) => T.forEach((row, i) => row.forEach((w, j) => expect(w).toBeCloseTo(ref.weight(l + 1, i + 1, j), 13))));
    });

    it('shuffle: false gives the same steps for any seed; the default shuffles by seed', () => {
      const data = xor({ n: 12, seed: 2 }), run = (o: object) =>
        [...train(Network.random([2, 3, 1], { seed: 1 }), data, { learningRate: 0.3, batchSize: 3, epochs: 2, ...o })].map((s) => s.lossBefore);
      expect(run({ shuffle: false, seed: 1 })).toEqual(run({ shuffle: false, seed: 9 }));
      expect(run({ seed: 1 })).not.toEqual(run({ seed: 9 }));
      expect(() => run({ shuffle: 'no' })).toThrow(/shuffle is "no": expected true or false/);
    });

    it('F14: XOR, 4 tanh units, α = 0.3, λ = 10, batch 1, 400 points stays stable (penalty factor 1 − αλ/m = 0.9925)', () => {
      const net = Network.random([2, 4, 1], { hidden: 'tanh', seed: 1 });
      const r = fit(net, xor({ n: 400, seed: 1 }), { learningRate: 0.3, lambda: 10, batchSize: 1, epochs: 3 });
      expect(r.diverged).toBe(false);
      expect(r.steps).toBe(1200);
      expect(r.losses.every(Number.isFinite)).toBe(true);
      // strong decay keeps the non-bias weights small: |w| ≤ α·max|∂cost/∂w|/(αλ/m) = m/λ·max|x·δ| well below 100
      expect(Math.max(...net.weights().flatMap((T) => T.flatMap((row) => row.slice(1))).map(Math.abs))).toBeLessThan(100);
    });
  });
});
