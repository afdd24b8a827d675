import { describe, expect, it } from 'vitest';
import { Dual, dualPass, forwardMode } from './dual.ts';
import { reverseMode, Value } from './graph.ts';

describe('dual numbers, forward mode', () => {
  it('dual arithmetic carries exact derivatives', () => {
    const x = new Dual(3, 1);
    expect(x.mul(x).add(x)).toEqual(new Dual(12, 7));
    expect(x.div(new Dual(2)).tangent).toBe(0.5);
    expect(x.pow(2).tangent).toBe(6);
    expect(x.exp().tangent).toBeCloseTo(Math.exp(3), 12);
    expect(x.log().tangent).toBeCloseTo(1 / 3, 15);
    expect(new Dual(0, 1).tanh().tangent).toBe(1);
    expect(new Dual(0, 1).sigmoid().tangent).toBe(0.25);
    expect(new Dual(-1, 1).relu().tangent).toBe(0);
  });

  it('one pass per input, and the same gradient as reverse mode', () => {
    const xs = [0.5, -1, 2, 0.1].map((v, i) => new Value(v, `x${i}`));
    const f = xs.reduce((s, x, i) => s.add(x.mul(i + 1).tanh()), new Value(0)).sigmoid();
    const fwd = forwardMode(f, xs), rev = reverseMode(f, xs);
    fwd.gradient.forEach((g, i) => expect(g).toBeCloseTo(rev.gradient[i], 15));
    expect(fwd.passes).toBe(4);
    expect(rev.passes).toBe(2);
    expect(fwd.operations).toBe(4 * dualPass(f, xs[0]).operations);
    expect(dualPass(f, xs[0]).value).toBe(f.data);
  });

  it('both modes count a node evaluation and an edge multiply-add alike: e = (a+b)(b+1) by hand', () => {
    // 3 operation nodes (c = a+b, d = b+1, e = c·d) and 6 edges (a→c, b→c, b→d, 1→d, c→e, d→e)
    const a = new Value(2, 'a'), b = new Value(1, 'b');
    const e = a.add(b).mul(b.add(1));
    expect(dualPass(e, a).operations).toBe(3 + 6);
    expect(forwardMode(e, [a, b]).operations).toBe(2 * (3 + 6)); // n(N + E)
    expect(reverseMode(e, [a, b]).operations).toBe(3 + 6); // N + E
  });

  it('with one input forward mode ties with reverse mode, never beats it', () => {
    const x = new Value(0.7, 'x');
    const f = x.mul(x).add(x.exp()).sigmoid(); // nodes: mul, exp, add, sigmoid = 4; edges 2 + 1 + 2 + 1 = 6
    expect(forwardMode(f, [x]).operations).toBe(4 + 6);
    expect(reverseMode(f, [x]).operations).toBe(4 + 6);
  });

  it('with many inputs and one output, reverse mode needs fewer operations', () => {
    const xs = Array.from({ length: 50 }, (_, i) => new Value(i / 50));
    const f = xs.reduce((s, x) => s.add(x.mul(x)), new Value(0));
    expect(forwardMode(f, xs).operations).toBeGreaterThan(10 * reverseMode(f, xs).operations);
  });

  it('power rule at a zero base in forward mode (field log F02)', () => {
    expect(new Dual(0, 0).pow(0).tangent).toBe(0);
    expect(new Dual(0, 1).pow(0).tangent).toBe(0);
    expect(new Dual(0, 1).pow(0.5).tangent).toBe(Infinity);
    const x = new Value(0), y = new Value(2);
    expect(forwardMode(x.pow(0).add(y), [x, y]).gradient).toEqual([0, 1]);
    const u = new Value(0), v = new Value(2);
    expect(forwardMode(u.pow(0.5).add(v), [u, v]).gradient).toEqual([Infinity, 1]);
    const p = new Value(0), q = new Value(2);
    expect(reverseMode(p.pow(0.5).add(q), [p, q]).gradient).toEqual([Infinity, 1]); // both modes agree
  });

  it('σ and tanh tangents keep their digits at saturation (F07), log1p is exact', () => {
    expect(new Dual(40, 1).sigmoid().tangent).toBe(4.248354255291589e-18);
    expect(new Dual(-1000, 1).sigmoid()).toEqual(new Dual(0, 0));
    expect(new Dual(20, 1).tanh().tangent).toBe(1.6993417021166355e-17);
    expect(new Dual(1e-20, 1).log1p()).toEqual(new Dual(1e-20, 1));
  });
});
