/**
 * A scalar computational graph (micrograd-style) with reverse-mode differentiation that counts
 * its work: one forward pass plus one backward pass, whatever the number of inputs.
 */
import { ACTIVATION } from './activations.ts';
import { BackpropError, requireFinite } from './errors.ts';

/**
 * The operation that made a node; `input` and `const` are leaves.
 * @example
 * ```ts
 * new Value(2).exp().op; // 'exp'
 * ```
 */
export type Op = 'input' | 'const' | '+' | '*' | 'neg' | '/' | 'pow' | 'exp' | 'log' | 'log1p' | 'tanh' | 'sigmoid' | 'relu';

/**
 * A node of the graph: its value `data` (computed eagerly, the forward pass), how it was made,
 * and `grad` $= \partial\,\text{out}/\partial\,\text{this}$ after {@link Value.backward}.
 * @example
 * ```ts
 * const x = new Value(2, 'x'), y = new Value(3, 'y');
 * const f = x.mul(y).add(x);     // f = xy + x = 8
 * f.backward();
 * [x.grad, y.grad];              // [4, 2]
 * ```
 */
export class Value {
  readonly data: number;
  /** $\partial\,\text{out}/\partial\,\text{this}$, filled by {@link Value.backward} (0 before). */
  grad = 0;
  readonly op: Op;
  readonly parents: readonly Value[];
  /** Exponent of a `pow` node. */
  readonly exponent: number;
  label: string;

  constructor(data: number, label = '', op: Op = 'input', parents: Value[] = [], exponent = 1) {
    requireFinite(data, label ? `Value ${label}` : 'Value');
    this.data = data;
    this.label = label;
    this.op = op;
    this.parents = parents;
    this.exponent = exponent;
  }

  /** $\text{this} + o$. */ add(o: Value | number): Value { const b = lift(o); return new Value(this.data + b.data, '', '+', [this, b]); }
  /** $\text{this} \cdot o$. */ mul(o: Value | number): Value { const b = lift(o); return new Value(this.data * b.data, '', '*', [this, b]); }
  /** $-\text{this}$. */ neg(): Value { return new Value(-this.data, '', 'neg', [this]); }
  /** $\text{this} - o$. */ sub(o: Value | number): Value { return this.add(lift(o).neg()); }
  /** $\text{this} / o$. */ div(o: Value | number): Value {
    const b = lift(o);
    if (b.data === 0) throw new BackpropError('division by zero in the graph');
    return new Value(this.data / b.data, '', '/', [this, b]);
  }
  /** $\text{this}^n$ for a constant $n$ (local derivative $n\,\text{this}^{n-1}$, taken as 0 for $n = 0$: $\text{this}^0 \equiv 1$). */
  pow(n: number): Value { return new Value(this.data ** n, '', 'pow', [this], n); }
  /** $e^{\text{this}}$. */ exp(): Value { return new Value(Math.exp(this.data), '', 'exp', [this]); }
  /** $\ln \text{this}$. */ log(): Value {
    if (!(this.data > 0)) throw new BackpropError(`log of ${this.data}: the argument must be > 0`);
    return new Value(Math.log(this.data), '', 'log', [this]);
  }
  /** $\ln(1 + \text{this})$, exact for tiny arguments (where $1 + \text{this}$ rounds to 1); for stable costs such as $\log(1 + e^{-z})$. */
  log1p(): Value {
    if (!(this.data > -1)) throw new BackpropError(`log1p of ${this.data}: the argument must be > −1`);
    return new Value(Math.log1p(this.data), '', 'log1p', [this]);
  }
  /** $\tanh \text{this}$. */ tanh(): Value { return new Value(Math.tanh(this.data), '', 'tanh', [this]); }
  /** $\sigma(\text{this})$. */ sigmoid(): Value { return new Value(ACTIVATION.sigmoid.g(this.data), '', 'sigmoid', [this]); }
  /** $\max(0, \text{this})$. */ relu(): Value { return new Value(this.data > 0 ? this.data : 0, '', 'relu', [this]); }

  /**
   * Reverse mode from this node: sets `grad` on every node it depends on; returns the number of
   * local-derivative multiply-adds (one per edge).
   */
  backward(): number {
    const order = topoSort(this);
    for (const v of order) v.grad = 0;
    this.grad = 1;
    let ops = 0;
    for (let i = order.length - 1; i >= 0; i--) {
      const v = order[i], local = localDerivatives(v);
      v.parents.forEach((p, k) => { p.grad += chain(local[k], v.grad); ops++; });
    }
    return ops;
  }
}

/**
 * One chain-rule product local · upstream, where a zero upstream contributes exactly nothing: a node that does not
 * affect the output passes no gradient on, even through an infinite local derivative (√x at 0), instead of 0·∞ = NaN.
 */
function chain(local: number, upstream: number): number {
  return upstream === 0 ? 0 : local * upstream;
}

function lift(o: Value | number): Value {
  return o instanceof Value ? o : new Value(o, String(o), 'const');
}

/**
 * $\partial v/\partial p$ for each parent $p$ of `v`, from the parents' values. σ′ and tanh′ come from the
 * input $z$ ({@link ACTIVATION}), so they keep their digits where the unit saturates. The power rule
 * $n\,a^{n-1}$ is 0 for $n = 0$ ($a^0 \equiv 1$, also at $a = 0$, where the product form would be $0\cdot\infty$);
 * for $0 < n < 1$ at $a = 0$ it is $+\infty$, the true one-sided slope.
 * @example
 * ```ts
 * const x = new Value(3); localDerivatives(x.pow(2)); // [6]
 * localDerivatives(new Value(0).pow(0));               // [0]
 * ```
 */
export function localDerivatives(v: Value): number[] {
  const [a, b] = v.parents;
  switch (v.op) {
    case '+': return [1, 1];
    case '*': return [b.data, a.data];
    case 'neg': return [-1];
    case '/': return [1 / b.data, -a.data / (b.data * b.data)];
    case 'pow': return [powerRule(v.exponent, a.data)];
    case 'exp': return [v.data];
    case 'log': return [1 / a.data];
    case 'log1p': return [1 / (1 + a.data)];
    case 'tanh': return [ACTIVATION.tanh.gPrime(a.data)];
    case 'sigmoid': return [ACTIVATION.sigmoid.gPrime(a.data)];
    case 'relu': return [a.data > 0 ? 1 : 0];
    default: return [];
  }
}

/** d(a^n)/da = n·a^(n−1), with n = 0 giving 0 (a⁰ ≡ 1) rather than 0·a^(−1), which is 0·∞ = NaN at a = 0. Internal. */
export function powerRule(n: number, a: number): number {
  return n === 0 ? 0 : n * a ** (n - 1);
}

/**
 * Every node `out` depends on, parents before children (a topological order).
 * @example
 * ```ts
 * topoSort(new Value(1).add(2)).length; // 3
 * ```
 */
export function topoSort(out: Value): Value[] {
  const seen = new Set<Value>(), order: Value[] = [];
  const stack: [Value, number][] = [[out, 0]];
  while (stack.length) { // iterative DFS: deep graphs must not overflow the call stack
    const top = stack[stack.length - 1], [v, k] = top;
    if (k === 0 && seen.has(v)) { stack.pop(); continue; }
    seen.add(v);
    if (k < v.parents.length) { top[1]++; if (!seen.has(v.parents[k])) stack.push([v.parents[k], 0]); }
    else { stack.pop(); order.push(v); }
  }
  return order;
}

/**
 * Gradient of one output w.r.t. chosen inputs, with the work it took.
 * @example
 * ```ts
 * const { gradient, passes, operations } = reverseMode(f, [x, y]);
 * ```
 */
export interface DerivativeReport {
  /** $\partial\,\text{out}/\partial\,\text{inputs}[i]$. */
  gradient: number[];
  /** Sweeps over the graph: forward mode needs one per input, reverse mode one forward plus one backward. */
  passes: number;
  /**
   * Elementary operations, counted the same way in both modes: one per node evaluation plus one per
   * multiply-add along an edge (a tangent forwards, an adjoint backwards).
   */
  operations: number;
}

/**
 * Reverse-mode differentiation: one forward sweep (the node evaluations) and one backward sweep,
 * giving $\partial\,\text{out}/\partial x_i$ for all inputs at once.
 * @example
 * ```ts
 * const x = new Value(2), y = new Value(3);
 * reverseMode(x.mul(y), [x, y]); // { gradient: [3, 2], passes: 2, operations: 3 }
 * ```
 */
export function reverseMode(out: Value, inputs: Value[]): DerivativeReport {
  const forwardOps = topoSort(out).filter((v) => v.parents.length > 0).length;
  const backwardOps = out.backward();
  return { gradient: inputs.map((x) => x.grad), passes: 2, operations: forwardOps + backwardOps };
}
