/**
 * Forward-mode differentiation with dual numbers $a + b\varepsilon$, $\varepsilon^2 = 0$: one sweep per
 * input, each carrying a value and its derivative along.
 */
import { ACTIVATION } from './activations.ts';
import { type DerivativeReport, powerRule, topoSort, type Value } from './graph.ts';

/**
 * A dual number $v + t\varepsilon$: `value` $v$ and `tangent` $t = dv/dx$ for the seeded input $x$.
 * @example
 * ```ts
 * const x = new Dual(3, 1);      // x = 3, dx/dx = 1
 * x.mul(x).add(x).tangent;       // d(x² + x)/dx = 7
 * ```
 */
export class Dual {
  readonly value: number;
  readonly tangent: number;
  constructor(value: number, tangent = 0) { this.value = value; this.tangent = tangent; }
  /** Sum rule. */ add(o: Dual): Dual { return new Dual(this.value + o.value, this.tangent + o.tangent); }
  /** Product rule. */ mul(o: Dual): Dual { return new Dual(this.value * o.value, this.tangent * o.value + this.value * o.tangent); }
  /** Negation. */ neg(): Dual { return new Dual(-this.value, -this.tangent); }
  /** Quotient rule. */ div(o: Dual): Dual {
    return new Dual(this.value / o.value, (this.tangent * o.value - this.value * o.tangent) / (o.value * o.value));
  }
  /**
   * Power rule for a constant n: tangent $n v^{n-1} t$. A zero tangent stays exactly 0 (this input does not move
   * $v$, so $v^n$ does not move either, even where $n v^{n-1} = \infty$), and $n = 0$ gives 0 ($v^0 \equiv 1$).
   */
  pow(n: number): Dual { return new Dual(this.value ** n, this.tangent === 0 ? 0 : powerRule(n, this.value) * this.tangent); }
  /** $e^v$. */ exp(): Dual { const e = Math.exp(this.value); return new Dual(e, e * this.tangent); }
  /** $\ln v$. */ log(): Dual { return new Dual(Math.log(this.value), this.tangent / this.value); }
  /** $\ln(1 + v)$, exact for tiny v. */ log1p(): Dual { return new Dual(Math.log1p(this.value), this.tangent / (1 + this.value)); }
  /** tanh, with tanh′ from v (keeps its digits when tanh v rounds to ±1). */
  tanh(): Dual { return new Dual(Math.tanh(this.value), ACTIVATION.tanh.gPrime(this.value) * this.tangent); }
  /** σ, with σ′ = σ(v)σ(−v) from v (keeps its digits when σ(v) rounds to 1). */
  sigmoid(): Dual { return new Dual(ACTIVATION.sigmoid.g(this.value), ACTIVATION.sigmoid.gPrime(this.value) * this.tangent); }
  /** ReLU. */ relu(): Dual { return this.value > 0 ? this : new Dual(0, 0); }
}

/**
 * Evaluate the graph of `out` with dual numbers, seeding tangent 1 on `seed` (0 elsewhere):
 * returns $\text{out}$ and $\partial\,\text{out}/\partial\,\text{seed}$, and how many operations it took.
 * Operations are counted as {@link reverseMode} counts them: one per node evaluated (the value) plus one
 * multiply-add per edge (the tangent carried along it), so a sweep of a graph with $N$ operation nodes and
 * $E$ edges costs $N + E$ — the same as reverse mode's one forward and one backward sweep (lesson 7, eq. 7.9).
 * @example
 * ```ts
 * const x = new Value(3), f = x.mul(x);
 * dualPass(f, x); // { value: 9, tangent: 6, operations: 3 } — 1 node, 2 edges
 * ```
 */
export function dualPass(out: Value, seed: Value, order: Value[] = topoSort(out)): { value: number; tangent: number; operations: number } {
  const d = new Map<Value, Dual>();
  let operations = 0;
  for (const v of order) {
    if (v.parents.length === 0) { d.set(v, new Dual(v.data, v === seed ? 1 : 0)); continue; }
    const a = d.get(v.parents[0]) as Dual, b = d.get(v.parents[1]) as Dual;
    d.set(v, apply(v, a, b));
    operations += 1 + v.parents.length; // the value, and one tangent multiply-add per operand edge
  }
  const r = d.get(out) as Dual;
  return { value: r.value, tangent: r.tangent, operations };
}

function apply(v: Value, a: Dual, b: Dual): Dual {
  switch (v.op) {
    case '+': return a.add(b);
    case '*': return a.mul(b);
    case 'neg': return a.neg();
    case '/': return a.div(b);
    case 'pow': return a.pow(v.exponent);
    case 'exp': return a.exp();
    case 'log': return a.log();
    case 'log1p': return a.log1p();
    case 'tanh': return a.tanh();
    case 'sigmoid': return a.sigmoid();
    default: return a.relu();
  }
}

/**
 * Forward-mode differentiation: one dual-number sweep per input. With $n$ inputs and one output it
 * needs $n$ passes and $n(N + E)$ operations where {@link reverseMode} needs 2 passes and $N + E$
 * ($N$ operation nodes, $E$ edges) — the lesson's reason backprop is reverse mode. With one input the
 * two modes tie; forward mode never beats reverse mode on a function with one output.
 * @example
 * ```ts
 * const x = new Value(2), y = new Value(3);
 * forwardMode(x.mul(y), [x, y]); // { gradient: [3, 2], passes: 2, operations: 6 }
 * ```
 */
export function forwardMode(out: Value, inputs: Value[]): DerivativeReport {
  const order = topoSort(out);
  let operations = 0;
  const gradient = inputs.map((x) => { const r = dualPass(out, x, order); operations += r.operations; return r.tangent; });
  return { gradient, passes: inputs.length, operations };
}
