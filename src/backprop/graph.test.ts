import { describe, expect, it } from 'vitest';
import { localDerivatives, reverseMode, topoSort, Value } from './graph.ts';

describe('Value graph, reverse mode', () => {
  it('micrograd example by hand: f = (x·y + x)', () => {
    const x = new Value(2, 'x'), y = new Value(3, 'y');
    const f = x.mul(y).add(x);
    expect(f.data).toBe(8);
    const r = reverseMode(f, [x, y]);
    expect(r.gradient).toEqual([4, 2]);
    expect(r.passes).toBe(2);
    expect(r.operations).toBe(2 + 4); // 2 nodes evaluated, 4 edges back
  });

  it('every op matches a central difference', () => {
    const ops: ((v: Value) => Value)[] = [
      (v) => v.exp(), (v) => v.log(), (v) => v.tanh(), (v) => v.sigmoid(), (v) => v.relu(),
      (v) => v.pow(3), (v) => v.neg(), (v) => v.div(v.add(2)), (v) => v.sub(1).mul(v),
    ];
    for (const op of ops) for (const x0 of [0.3, 1.7]) {
      const x = new Value(x0), h = 1e-6;
      op(x).backward();
      const num = (op(new Value(x0 + h)).data - op(new Value(x0 - h)).data) / (2 * h);
      expect(x.grad).toBeCloseTo(num, 7);
    }
  });

  it('shared subexpressions accumulate gradient; topological order puts parents first', () => {
    const a = new Value(3);
    const b = a.mul(a); // used twice below
    const f = b.add(b);
    f.backward();
    expect(a.grad).toBe(12);
    const order = topoSort(f);
    expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
    expect(order[order.length - 1]).toBe(f);
    expect(localDerivatives(new Value(3).pow(2))).toEqual([6]);
  });

  it('handles deep graphs without stack overflow', () => {
    let v = new Value(1), x = v;
    for (let i = 0; i < 20000; i++) v = v.mul(1);
    v.backward();
    expect(x.grad).toBe(1);
  });

  it('rejects non-finite values, log of non-positive and division by zero', () => {
    expect(() => new Value(NaN, 'w')).toThrow(/Value w is NaN/);
    expect(() => new Value(0).log()).toThrow(/log of 0/);
    expect(() => new Value(1).div(0)).toThrow(/division by zero/);
  });

  it('power rule at a zero base (field log F02): x⁰ has slope 0, √x has slope +∞, no NaN leaks', () => {
    const x = new Value(0);
    x.pow(0).backward();
    expect(x.grad).toBe(0);
    expect(localDerivatives(new Value(0).pow(0))).toEqual([0]);
    const a = new Value(0), b = new Value(2);
    expect(reverseMode(a.pow(0.5).add(b), [a, b]).gradient).toEqual([Infinity, 1]);
    // a node that does not reach the output passes nothing back, even through an infinite local slope
    const c = new Value(0), d = new Value(3);
    expect(reverseMode(c.pow(0.5).mul(0).add(d), [c, d]).gradient).toEqual([0, 1]);
  });

  it('σ and tanh nodes take their slope from the input z, keeping digits at saturation (F07)', () => {
    const z = new Value(40);
    z.sigmoid().backward();
    expect(z.grad).toBe(4.248354255291589e-18);
    const t = new Value(20);
    t.tanh().backward();
    expect(t.grad).toBe(1.6993417021166355e-17);
  });

  it('log1p is exact for tiny arguments and rejects ≤ −1', () => {
    const u = new Value(1e-20);
    const l = u.log1p();
    expect(l.data).toBe(1e-20);
    l.backward();
    expect(u.grad).toBe(1);
    expect(() => new Value(-1).log1p()).toThrow(/log1p of -1: the argument must be > −1/);
  });
});
