import { describe, expect, it } from 'vitest';
import { Kernel } from './kernel.ts';
import { pack } from './matrix.ts';
import { Network } from './network.ts';

describe('Kernel', () => {
  it('one example and a batch share buffers and code: batch J and D are the means of single ones', () => {
    const net = Network.random([3, 4, 2], { hidden: 'tanh', seed: 1 });
    const X = pack([[1, 0, -1], [0.5, 0.5, 0.5], [-2, 1, 0]]), Y = pack([[1, 0], [0, 1], [1, 1]]);
    const k = new Kernel(net);
    const buffers = k.a.slice();
    const J = k.evaluate(X, Y, 'cross-entropy', 0, true);
    const D = k.grad.map((g) => g.slice());
    let sumJ = 0;
    const sumD = D.map((g) => new Float64Array(g.length));
    for (let r = 0; r < 3; r++) {
      sumJ += k.evaluate(X, Y, 'cross-entropy', 0, true, null, r, 1);
      k.grad.forEach((g, l) => g.forEach((v, i) => { sumD[l][i] += v; }));
    }
    expect(J).toBeCloseTo(sumJ / 3, 15);
    D.forEach((g, l) => g.forEach((v, i) => expect(v).toBeCloseTo(sumD[l][i] / 3, 15)));
    expect(k.a.every((b, i) => b === buffers[i])).toBe(true); // no reallocation
    expect(k.a[1][0]).toBe(1); // bias unit stays 1
  });

  it('evaluates rows in the given order', () => {
    const net = Network.random([1, 2, 1], { seed: 2 });
    const X = pack([[1], [2], [3]]), Y = pack([[0], [1], [0]]);
    const k = new Kernel(net);
    const a = k.evaluate(X, Y, 'cross-entropy', 0, false, Int32Array.of(2, 0, 1), 0, 1);
    const b = k.evaluate(X, Y, 'cross-entropy', 0, false, null, 2, 1);
    expect(a).toBe(b);
  });
});
