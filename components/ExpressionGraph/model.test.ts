import { describe, expect, it } from 'vitest';
import { parseExpression, type Ast } from './parse.ts';
import { buildGraph, type ExprGraph } from './model.ts';
import { dependsOnVariable, derivativeTable, gradientBothModes, steppedEdges, stepState, steps } from './steps.ts';

/** Parse and build, failing the test on any error. */
function graphOf(src: string, values: Record<string, number>): { g: ExprGraph; ast: Ast } {
  const p = parseExpression(src);
  if (!p.ok) throw new Error(p.error.message);
  const r = buildGraph(p.ast, values);
  if (!r.ok) throw new Error(r.error.message);
  return { g: r.graph, ast: p.ast };
}
/** ∂f/∂x_j from reverse mode, stepped to the end, by variable name. */
function reverseGradient(g: ExprGraph): Record<string, number> {
  const s = stepState(g, 'reverse', Infinity);
  return Object.fromEntries(g.variables.map((id, i) => [g.nodes[id]!.name, s.results[i]!]));
}
/** Central difference of the output w.r.t. one variable, h = 1e-5 (CS231n's suggestion). */
function centralDifference(src: string, values: Record<string, number>, v: string, h = 1e-5): number {
  const at = (x: number) => { const { g } = graphOf(src, { ...values, [v]: x }); return g.nodes[g.output]!.value; };
  return (at(values[v]! + h) - at(values[v]! - h)) / (2 * h);
}
const sigma = (u: number) => 1 / (1 + Math.exp(-u));

describe('the output\'s name', () => {
  it('is f, or the first free name when a variable is called f (f*x+f read ∂f/∂f = 4)', () => {
    expect(graphOf('a*x', { a: 2, x: 3 }).g.nodes.at(-1)!.name).toBe('f');
    const { g } = graphOf('f*x+f', { f: 2, x: 3 });
    const names = g.nodes.map((n) => n.name);
    expect(names[g.output]).toBe('g');
    expect(names.filter((n) => n === 'f')).toHaveLength(1);
    expect(graphOf('f*g+h', { f: 1, g: 1, h: 1 }).g.nodes.at(-1)!.name).toBe('F');
    expect(stepState(g, 'reverse', 1).text).toMatch(/∂g\/∂g = 1/); // the first step: the output's own derivative
  });
});

describe('derivatives against closed forms', () => {
  it('(a+b)(b+1): ∂/∂a = b+1, ∂/∂b = a+2b+1, at several points', () => {
    for (const [a, b] of [[2, 1], [-1.5, 0.25], [3, -7]] as const) {
      const { g } = graphOf('(a+b)*(b+1)', { a, b });
      expect(g.nodes[g.output]!.value).toBe((a + b) * (b + 1));
      const d = reverseGradient(g);
      expect(d.a).toBeCloseTo(b + 1, 12);
      expect(d.b).toBeCloseTo(a + 2 * b + 1, 12);
    }
  });

  it("the sigmoid neuron 1/(1+exp(−(w0x0+w1x1+w2))): ∂/∂w_i = σ(u)(1−σ(u))x_i, ∂/∂x_i = σ(u)(1−σ(u))w_i", () => {
    const v = { w0: 2, x0: -1, w1: -3, x1: -2, w2: -3 };
    const u = v.w0 * v.x0 + v.w1 * v.x1 + v.w2, s = sigma(u) * (1 - sigma(u));
    for (const src of ['1/(1+exp(-(w0*x0+w1*x1+w2)))', 'sigmoid(w0*x0 + w1*x1 + w2)']) {
      const d = reverseGradient(graphOf(src, v).g);
      expect(d.w0).toBeCloseTo(s * v.x0, 12);
      expect(d.x0).toBeCloseTo(s * v.w0, 12);
      expect(d.w1).toBeCloseTo(s * v.x1, 12);
      expect(d.x1).toBeCloseTo(s * v.w1, 12);
      expect(d.w2).toBeCloseTo(s, 12);
      // CS231n's exact values (not the rounded 0.40 of its staged figure).
      expect(d.x0).toBeCloseTo(0.393224, 6);
      expect(d.x1).toBeCloseTo(-0.589836, 6);
    }
  });

  it("CS231n's gate circuit 2(xy + max(z, w)): max routes the gradient to the larger input", () => {
    const { g } = graphOf('2*(x*y + max(z, w))', { x: 3, y: -4, z: 2, w: -1 });
    expect(g.nodes[g.output]!.value).toBe(-20);
    expect(reverseGradient(g)).toEqual({ x: -8, y: 6, z: 2, w: 0 });
  });

  it("micrograd's README expression: g = 24.7041, ∂g/∂a = 138.8338, ∂g/∂b = 645.5773 at a = −4, b = 2", () => {
    const c1 = '(a+b)', d1 = '(a*b+b^3)', c2 = `(${c1}+${c1}+1)`, c3 = `(${c2}+1+${c2}+(-a))`;
    const d2 = `(${d1}+${d1}*2+relu(b+a))`, d3 = `(${d2}+3*${d2}+relu(b-a))`, e = `(${c3}-${d3})`, f = `(${e}^2)`;
    const { g } = graphOf(`${f}/2 + 10/${f}`, { a: -4, b: 2 });
    expect(g.nodes[g.output]!.value).toBeCloseTo(24.7041, 4);
    const d = reverseGradient(g);
    expect(d.a).toBeCloseTo(138.8338, 4);
    expect(d.b).toBeCloseTo(645.5773, 4);
  });
});

describe('derivatives against central differences', () => {
  const cases: [string, Record<string, number>][] = [
    ['tanh(a*b) - log(a^2 + 1)', { a: 0.7, b: -1.3 }],
    ['a/(b - 2) + exp(-a)*b^-2', { a: 1.1, b: 0.6 }],
    ['relu(a - b)*sigmoid(a*b) + max(a, b)^3', { a: 1.5, b: 0.4 }],
    ['-x^2 + (-x)^3 + 2^x + x^x', { x: 1.3 }],
    ['(p*q + 1)^0.5 / (p*q + 1)', { p: 0.8, q: 2.5 }],
  ];
  for (const [src, values] of cases) {
    it(src, () => {
      const { g } = graphOf(src, values);
      const d = reverseGradient(g);
      for (const v of Object.keys(values)) {
        const num = centralDifference(src, values, v), rel = Math.abs(d[v]! - num) / Math.max(1e-8, Math.abs(d[v]!), Math.abs(num));
        expect(rel).toBeLessThan(1e-7);
      }
    });
  }

  it('forward mode gives the same gradient as reverse mode', () => {
    for (const [src, values] of cases) {
      const { forward, reverse } = gradientBothModes(graphOf(src, values).g);
      forward.forEach((x, i) => expect(x).toBeCloseTo(reverse[i]!, 12));
    }
  });
});

describe('the graph', () => {
  it('a variable used twice is one node with two out-edges; a repeated subexpression is one node', () => {
    const { g } = graphOf('(a+b)*(a+b)', { a: 1, b: 2 });
    expect(g.nodes.map((n) => n.symbol)).toEqual(['a', 'b', '+', '×']);
    const sum = g.nodes.findIndex((n) => n.op === '+');
    expect(g.edges.filter((e) => e.from === sum).length).toBe(2);
    expect(reverseGradient(g)).toEqual({ a: 6, b: 6 }); // 2(a+b)
    const sq = graphOf('x*x', { x: 3 }).g;
    expect(sq.nodes.length).toBe(2);
    expect(reverseGradient(sq).x).toBe(6);
  });

  it('steps: forward mode needs (variables × stepped edges) steps, reverse one per stepped edge; each edge carries local × upstream', () => {
    const { g } = graphOf('(a+b)*(b+1)', { a: 2, b: 1 });
    expect(g.edges.length).toBe(6);
    // Every edge but the one out of the constant 1: a→+, b→+, b→+1, +→×, +1→× (counted by hand).
    const one = g.nodes.findIndex((n) => n.op === 'const');
    expect(steppedEdges(g).map((e) => e.id)).toEqual(g.edges.filter((e) => e.from !== one).map((e) => e.id));
    expect(steps(g, 'forward').length).toBe(10);
    const rev = steps(g, 'reverse');
    expect(rev.length).toBe(5);
    // First backward step: into the × node from (b+1) = 2, so the edge to (a+b) carries ∂f/∂(a+b) = b+1 = 2 or to (b+1) carries a+b = 3.
    expect([2, 3]).toContain(rev[0]!.carried);
    // After the whole pass b has collected both terms: 1·(b+1) + 1·(a+b) = 2 + 3.
    const s = stepState(g, 'reverse', rev.length, rev);
    expect(s.nodeDeriv[g.variables[1]!]).toBe(5);
    // Back one step: not all derivatives are known, so the gradient is not shown yet.
    expect(stepState(g, 'reverse', rev.length - 1, rev).results).toContain(null);
  });

  it('no step goes into or out of a constant (reader QA: the backward pass ended on "∂f/∂1 is now 3")', () => {
    // 2*3 depends on no variable: a constant too, though it is an operation.
    const { g } = graphOf('(a+b)*(b+1) + x*(2*3)', { a: 2, b: 1, x: 5 });
    const constants = g.nodes.filter((n) => n.op === 'const' || (n.op === '*' && n.value === 6 && g.edges.filter((e) => e.to === n.id).every((e) => g.nodes[e.from]!.op === 'const'))).map((n) => n.id);
    expect(constants.length).toBe(4); // 1, 2, 3 and 2*3
    expect(dependsOnVariable(g).flatMap((d, id) => (d ? [] : [id]))).toEqual(constants);
    for (const mode of ['forward', 'reverse'] as const) {
      const all = steps(g, mode);
      for (const st of all) expect(constants).not.toContain(g.edges[st.edge]!.from);
      for (const st of all) for (const c of constants) expect(st.text).not.toContain(`∂f/∂${g.nodes[c]!.name} is now`);
      // Steps: the 8 of its 12 edges out of a, b, x and the operations on them (counted by hand), once per variable in forward mode.
      expect(all.length).toBe(mode === 'forward' ? 3 * 8 : 8);
      // At the end no constant has a derivative beside it in reverse mode; in forward mode every constant shows 0.
      const end = stepState(g, mode, all.length, all);
      for (const c of constants) expect(end.nodeDeriv[c]).toBe(mode === 'reverse' ? null : 0);
    }
    // The gradient is unchanged: ∂/∂a = b+1 = 2, ∂/∂b = a+2b+1 = 5, ∂/∂x = 6.
    expect(reverseGradient(g)).toEqual({ a: 2, b: 5, x: 6 });
    expect(gradientBothModes(g).forward).toEqual([2, 5, 6]);
    // An expression without a variable computes nothing, in the drawing as in the table.
    const none = graphOf('2*3', {}).g;
    for (const mode of ['forward', 'reverse'] as const) expect(stepState(none, mode, Infinity).nodeDeriv.filter((d) => d !== null && d !== 0)).toEqual([]);
    expect(derivativeTable(none).at(-1)!.cells.at(-1)).toBeNull();
    // The table: ∂f/∂node of a constant is not computed (null), of every other node a number; ∂node/∂x_j of a constant is 0.
    const table = derivativeTable(g);
    table.forEach((row, id) => {
      expect(row.cells.at(-1) === null).toBe(constants.includes(id));
      if (constants.includes(id)) expect(row.cells.slice(1, -1).map((c) => c!.text)).toEqual(['0', '0', '0']);
    });
  });
});

describe('step texts name which operand an edge is when a node takes the same argument twice (reader QA: x/x read "local ∂f/∂x" twice, ≈ −0.3333 and ≈ 0.3333)', () => {
  it('x/x, x^x, x*x: numerator and denominator, base and exponent, first and second operand; other edges as before', () => {
    for (const [src, notes] of [['x/x', ['numerator', 'denominator']], ['x^x', ['base', 'exponent']], ['x*x', ['first operand', 'second operand']]] as const) {
      const { g } = graphOf(src, { x: 3 });
      for (const mode of ['forward', 'reverse'] as const) {
        const texts = steps(g, mode).map((st) => st.text);
        expect(texts.length, src).toBe(2);
        // Reverse mode steps the edges from the output down: the last operand first.
        const order = mode === 'forward' ? notes : [...notes].reverse();
        texts.forEach((t, i) => expect(t, `${src} ${mode}`).toContain(` → ${mode === 'forward' ? 'f' : 'x'} (as the ${order[i]})`));
      }
    }
    for (const st of steps(graphOf('x/y', { x: 3, y: 2 }).g, 'reverse')) expect(st.text).not.toContain('(as the');
  });
});

describe('evaluation errors point at their place', () => {
  const fail = (src: string, values: Record<string, number>) => {
    const p = parseExpression(src);
    if (!p.ok) throw new Error('should parse');
    const r = buildGraph(p.ast, values);
    if (r.ok) throw new Error('should fail');
    return r.error;
  };
  it('division by zero: the denominator', () => {
    const e = fail('a + 1/(b - 1)', { a: 1, b: 1 });
    expect(e.column).toBe(7);
    expect(e.message).toMatch(/division by zero/);
  });
  it('log of a negative number: its argument', () => {
    const e = fail('2*log(x)', { x: -3 });
    expect(e.column).toBe(7);
    expect(e.message).toMatch(/log of −3/);
  });
  it('a power that is not real, and overflow', () => {
    expect(fail('x^0.5', { x: -4 }).column).toBe(1); // the base (reader QA: it pointed at ^)
    expect(fail('2*(x-5)^0.5', { x: 1 }).column).toBe(3);
    expect(fail('1 + exp(x)', { x: 1000 }).column).toBe(5);
    expect(fail('(x-3)^y', { x: 2, y: 3 }).column).toBe(1);
  });
});
