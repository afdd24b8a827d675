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
});
