import { describe, expect, it } from 'vitest';
import { Network } from './network.ts';

const W = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];

describe('Network', () => {
  it('reads sizes from weights and gives them back in the same form', () => {
    const net = Network.fromWeights(W);
    expect(net.sizes).toEqual([2, 2, 2]);
    expect(net.L).toBe(3);
    expect(net.weights()).toEqual(W);
    expect(net.Theta(2)).toEqual(W[1]);
    expect(net.activation(2)).toBe('sigmoid');
    expect(net.activation(3)).toBe('sigmoid');
  });

  it('setWeight and weight use the math indices (i from 1, j = 0 is the bias)', () => {
    const net = Network.fromWeights(W);
    net.setWeight(2, 1, 1, 0.123);
    expect(net.Theta(2)[0][1]).toBe(0.123);
    expect(net.weight(1, 2, 0)).toBe(0.35);
    expect(() => net.setWeight(2, 0, 1, 1)).toThrow(/row i = 0 is out of range: expected an integer in 1..2/);
    expect(() => net.setWeight(1, 1, 3, 1)).toThrow(/column j = 3 is out of range/);
    expect(() => net.setWeight(1, 1, 1, NaN)).toThrow(/is NaN/);
  });

  it('random is seeded, within ε_init, and breaks symmetry', () => {
    const a = Network.random([3, 4, 2], { seed: 5, epsilonInit: 0.12 });
    const b = Network.random([3, 4, 2], { seed: 5, epsilonInit: 0.12 });
    const c = Network.random([3, 4, 2], { seed: 6, epsilonInit: 0.12 });
    expect(a.weights()).toEqual(b.weights());
    expect(a.weights()).not.toEqual(c.weights());
    const all = a.weights().flat(2);
    expect(Math.max(...all.map(Math.abs))).toBeLessThanOrEqual(0.12);
    expect(new Set(a.Theta(1).map((r) => r.join())).size).toBe(4);
  });

  it('per-layer activations, clone independence and options round trip', () => {
    const net = Network.random([2, 3, 3, 1], { hidden: ['tanh', 'relu'], output: 'linear' });
    expect([net.activation(2), net.activation(3), net.activation(4)]).toEqual(['tanh', 'relu', 'linear']);
    const copy = net.clone();
    copy.setWeight(1, 1, 0, 42);
    expect(net.weight(1, 1, 0)).not.toBe(42);
    expect(Network.fromWeights(net.weights(), net.options()).weights()).toEqual(net.weights());
  });

  it('W counts every weight, bias included: Σ s(l+1)(s(l)+1)', () => {
    expect(Network.random([2, 3, 1]).W).toBe(3 * 3 + 1 * 4);
    expect(Network.random([400, 25, 10]).W).toBe(25 * 401 + 10 * 26);
    expect(Network.fromWeights(W).W).toBe(W.flat(2).length);
  });

  it('snapshot and restore put back exactly the weights of the moment, any number of times', () => {
    const net = Network.random([2, 3, 1], { seed: 4 });
    const before = net.weights();
    const s = net.snapshot();
    net.setWeight(1, 2, 1, 7);
    net.setWeight(2, 1, 0, -3);
    expect(net.weights()).not.toEqual(before);
    net.restore(s);
    expect(net.weights()).toEqual(before);
    net.setWeight(1, 1, 1, 9);
    net.restore(s); // the snapshot was not consumed or aliased
    expect(net.weights()).toEqual(before);
    const twin = Network.random([2, 3, 1], { seed: 99 });
    twin.restore(s);
    expect(twin.weights()).toEqual(before);
    expect(() => Network.random([2, 4, 1]).restore(s)).toThrow(/snapshot is of a network with sizes \[2, 3, 1\], but this network has sizes \[2, 4, 1\]/);
    expect(() => net.restore({} as never)).toThrow(/snapshot/);
  });

  it('rejects bad sizes, shapes and activations with clear messages', () => {
    expect(() => Network.random([2, 0, 1])).toThrow(/sizes\[1\] = 0: every layer needs at least 1 unit/);
    expect(() => Network.random([2])).toThrow(/at least 2/);
    expect(() => Network.random([2, 1.5, 1])).toThrow(/sizes\[1\] = 1.5/);
    expect(() => Network.random([2, 3, 1], { hidden: 'softmax' })).toThrow(/softmax is only allowed on the output layer/);
    expect(() => Network.random([2, 3, 1], { hidden: 'gelu' as never })).toThrow(/unknown activation "gelu" for hidden layer 2/);
    expect(() => Network.random([2, 3, 1], { output: 'step' as never })).toThrow(/unknown activation "step" for the output layer/);
    expect(() => Network.random([2, 3, 3, 1], { hidden: ['tanh'] })).toThrow(/hidden lists 1 activation\(s\) but the network has 2/);
    expect(() => Network.fromWeights([[[1, 2, 3]], [[1, 2, 3]]])).toThrow(/Θ\(2\) is 1×3 but Θ\(1\) is 1×3, so Θ\(2\) needs 2 columns/);
    expect(() => Network.fromWeights([])).toThrow(/non-empty array/);
    expect(() => Network.fromWeights([[[1, NaN]]])).toThrow(/Θ\(1\)\[0\]\[1\] is NaN/);
    expect(() => Network.random([2, 2]).Theta(2)).toThrow(/Θ\(l\): l = 2 is out of range: expected an integer in 1..1/);
  });
});
