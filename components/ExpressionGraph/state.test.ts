import { describe, expect, it } from 'vitest';
import { graphNumber } from './format.ts';
import { parseFormatted } from '../../src/format/number.ts';
import { parseValue, readState, writeState } from './url-state.ts';
import { captionFits, fieldsFor, validateInputs } from './inputs.ts';
import { edgeControls, LABEL_CHAR, layoutGraph, NODE_RADIUS, SPACING } from './layout.ts';
import { labelChars, stepState, steps } from './steps.ts';

/** The widest derivative label beside any node, as ExpressionGraph passes it to the layout. */
const widestDerivativeLabel = (g: Parameters<typeof labelChars>[0]) => Math.max(1, ...labelChars(g).node);

describe('graphNumber', () => {
  it('significant digits, true minus, a tight ≈ only when rounded, exact value kept', () => {
    expect(graphNumber(-0.19661193324148185)).toEqual({ text: '≈−0.1966', exact: '−0.19661193324148185', rounded: true });
    expect(graphNumber(2.5)).toEqual({ text: '2.5', exact: '2.5', rounded: false });
    expect(graphNumber(-20).text).toBe('−20');
    expect(graphNumber(0.1234567, 3).text).toBe('≈0.123');
    // Exponents as the lessons' prose and the other widgets write them (src/format/number.ts).
    expect(graphNumber(-1.5e-7).text).toBe('−1.5e-7');
    expect(graphNumber(123456789).text).toBe('≈1.235e8');
    expect(parseFormatted(graphNumber(-0.19661193324148185).text)).toBe(-0.1966);
  });
});

describe('inputs and URL state', () => {
  it('parseValue accepts − and plain numbers, nothing else', () => {
    expect(parseValue('−2.5')).toBe(-2.5);
    expect(parseValue(' 1e-3 ')).toBe(0.001);
    expect(parseValue('－０．５')).toBe(-0.5); // full-width, as a Chinese input method types it
    expect(parseValue('\u3000２')).toBe(2);
    for (const s of ['', 'abc', '1/2', '0x10', 'Infinity', '2..']) expect(parseValue(s)).toBeNull();
  });

  it('validateInputs: a specific message next to a bad value, an evaluation error with its column', () => {
    const v = validateInputs('a*b', { a: '2', b: 'x' }, []);
    expect(v.graph).toBeNull();
    expect(v.valueErrors).toEqual({ b: 'b = “x” is not a finite number' });
    expect(validateInputs('a*b', { a: '2', b: '' }, []).valueErrors.b).toBe('b needs a value');
    const z = validateInputs('a/(b-1)', { a: '1', b: '1' }, []);
    expect(z.expressionError?.column).toBe(3);
    expect(z.valueErrors).toEqual({});
    // At a lone variable (also in brackets, or typed full-width) the value is what to change: the message goes beside
    // its field, and the expression is not marked (reader QA: x^y at x = −2 marked the expression).
    const lone: [string, Record<string, string>, string, string][] = [
      ['a/b', { a: '1', b: '0' }, 'b', 'division by zero: the denominator is 0'],
      ['2*log(x)', { x: '-3' }, 'x', 'log of −3: the argument must be > 0'],
      ['x^y + 1', { x: '-2', y: '3' }, 'x', 'the base is −2: with an exponent that is not a plain number (a variable, or computed as in x^(1/3)) the base must be > 0'],
      // Reader QA: x^(1/3) at −8 was said to have "a variable exponent".
      ['x^(1/3)', { x: '-8' }, 'x', 'the base is −8: with an exponent that is not a plain number (a variable, or computed as in x^(1/3)) the base must be > 0'],
      ['x^0.5', { x: '-1' }, 'x', '−1 ^ 0.5 is not a real number'],
      ['a/( b )', { a: '1', b: '0' }, 'b', 'division by zero: the denominator is 0'],
      ['a/ｂ', { a: '1', b: '0' }, 'b', 'division by zero: the denominator is 0'],
    ];
    for (const [src, texts, v, message] of lone) {
      const r = validateInputs(src, texts, []);
      expect(r.expressionError, src).toBeNull();
      expect(r.valueErrors, src).toEqual({ [v]: message });
      expect(r.graph, src).toBeNull();
    }
    const p = validateInputs('a+', { a: '1' }, ['a', 'b']);
    expect(p.variables).toEqual(['a', 'b']); // the previous fields stay
    expect(validateInputs('c*2', {}, []).values).toEqual({ c: 1 }); // a new variable starts at 1
  });

  it('writeState/readState round-trip', () => {
    const q = writeState('?x=1', 'eg', { expression: '(a+b)*(b+1)', values: { a: -2, b: 0.5 } });
    expect(readState(q, 'eg')).toEqual({ expression: '(a+b)*(b+1)', linkedExpression: true, texts: { a: '-2', b: '0.5' }, absent: [], ignored: [] });
    expect(new URLSearchParams(q).get('x')).toBe('1');
    expect(readState('?y=2', 'eg')).toBeNull();
    // The mode shown goes into the link too (reader QA: a shared link always opened in reverse mode).
    const fq = writeState('', 'eg', { expression: 'a*b', values: { a: 2, b: 3 }, mode: 'forward' });
    expect(new URLSearchParams(fq).get('eg-mode')).toBe('forward');
    expect(readState(fq, 'eg')).toEqual({ expression: 'a*b', linkedExpression: true, texts: { a: '2', b: '3' }, mode: 'forward', absent: [], ignored: [] });
    expect(new URLSearchParams(writeState(fq, 'eg', { expression: 'a*b', values: { a: 2, b: 3 } })).has('eg-mode')).toBe(false);
  });

  it('a link with problems loses nothing: what it holds is checked as if typed, and only what has no place is left out', () => {
    // Reader QA: each of these showed the default example and said nothing.
    const cases: [string, { expression: string; linkedExpression: boolean; texts: Record<string, string>; absent: string[]; ignored: string[] }, (v: ReturnType<typeof validateInputs>) => void][] = [
      // No values: the variables start at 1, as when typed.
      ['?eg-expr=x*y', { expression: 'x*y', linkedExpression: true, texts: {}, absent: [], ignored: [] }, (v) => expect(v.values).toEqual({ x: 1, y: 1 })],
      // A value the expression cannot take: its message beside the field.
      ['?eg-expr=log(x)&eg-vals=x:-3', { expression: 'log(x)', linkedExpression: true, texts: { x: '-3' }, absent: [], ignored: [] }, (v) => expect(v.valueErrors.x).toMatch(/log of −3/)],
      // A syntax error: its message with a column; the values are kept for when it is fixed.
      ['?eg-expr=(a%2Bb&eg-vals=a:2', { expression: '(a+b', linkedExpression: true, texts: { a: '2' }, absent: [], ignored: [] }, (v) => expect(v.expressionError?.column).toBe(5)],
      ['?eg-expr=a&eg-vals=a:abc', { expression: 'a', linkedExpression: true, texts: { a: 'abc' }, absent: [], ignored: [] }, (v) => expect(v.valueErrors.a).toMatch(/not a finite number/)],
      ['?eg-expr=1/a&eg-vals=a:0', { expression: '1/a', linkedExpression: true, texts: { a: '0' }, absent: [], ignored: [] }, (v) => expect(v.valueErrors.a).toMatch(/division by zero/)],
      // A name the expression does not have, a pair without ":", a name given twice: left out and named.
      ['?eg-expr=a&eg-vals=a:1,c:2,oops,a:5', { expression: 'a', linkedExpression: true, texts: { a: '1' }, absent: ['c'], ignored: ['oops', 'a:5'] }, (v) => expect(v.graph).not.toBeNull()],
    ];
    for (const [link, expected, check] of cases) {
      const st = readState(link, 'eg')!;
      expect(st, link).toEqual(expected);
      check(validateInputs(st.expression, st.texts, []));
    }
    expect(readState('?eg-expr=a*b&eg-vals=a:2,b:3&eg-mode=sideways', 'eg')).toEqual({ expression: 'a*b', linkedExpression: true, texts: { a: '2', b: '3' }, absent: [], ignored: ['eg-mode=sideways'] });
    expect(readState(`?eg-expr=a&eg-vals=${'z'.repeat(40)}:1`, 'eg')!.absent).toEqual([`${'z'.repeat(24)}…`]);
    // A missing name given twice is named once.
    expect(readState('?eg-expr=a&eg-vals=q:1,q:2', 'eg')!.absent).toEqual(['q']);
    // An expression that does not parse keeps every named value, but `__proto__` is no name.
    const broken = readState('?eg-expr=a%2B&eg-vals=a:1,__proto__:2,constructor:3', 'eg')!;
    expect(broken.texts).toEqual({ a: '1', constructor: '3' });
    expect(Object.getPrototypeOf(broken.texts)).toBe(Object.prototype);
    expect(broken.ignored).toEqual(['__proto__:2']);
  });

  it('values or a mode without an expression are for the widget\'s own expression, checked against its variables', () => {
    // Reader QA: `?eg7-vals=…` without `eg7-expr` was ignored in silence.
    expect(readState('?eg-vals=x:3,z:1&eg-mode=forward', 'eg', 'x*x*x')).toEqual({ expression: 'x*x*x', linkedExpression: false, texts: { x: '3' }, mode: 'forward', absent: ['z'], ignored: [] });
    expect(readState('?eg-mode=sideways', 'eg', 'a*b')).toEqual({ expression: 'a*b', linkedExpression: false, texts: {}, absent: [], ignored: ['eg-mode=sideways'] });
    // Nothing for this widget, or no expression of its own to set them on: nothing to read.
    expect(readState('?other-vals=x:3', 'eg', 'x*x*x')).toBeNull();
    expect(readState('?eg-vals=x:3', 'eg')).toBeNull();
    // A link's own expression wins over the widget's.
    expect(readState('?eg-expr=y%2B1&eg-vals=y:2', 'eg', 'x*x*x')).toMatchObject({ expression: 'y+1', linkedExpression: true, texts: { y: '2' } });
  });
});

describe('layoutGraph', () => {
  it('puts every operation above its arguments, the output on top, no two nodes in one place', () => {
    const v = validateInputs('1/(1+exp(-(w0*x0+w1*x1+w2)))', { w0: '2', x0: '-1', w1: '-3', x1: '-2', w2: '-3' }, []);
    const g = v.graph!, L = layoutGraph(g);
    for (const e of g.edges) expect(L.at[e.from]!.y).toBeGreaterThan(L.at[e.to]!.y);
    expect(Math.min(...L.at.map((p) => p.y))).toBe(L.at[g.output]!.y);
    expect(new Set(L.at.map((p) => `${p.x},${p.y}`)).size).toBe(g.nodes.length);
    for (const p of L.at) { expect(p.x).toBeGreaterThan(0); expect(p.x).toBeLessThan(L.width); }
  });
});

describe('room for the labels (reader QA: ≈1.71e-27 ran over the next node and past the edge)', () => {
  const tiny = validateInputs('(a+b)*(c+d)*(p+q)*exp(-x*x)', { a: '1.5', b: '2.25', c: '3.5', d: '1.25', p: '0.75', q: '1.5', x: '8' }, []).graph!;

  it('labelChars.node is, at its widest, the widest label any step of either mode draws beside a node', () => {
    let widest = 0;
    for (const mode of ['forward', 'reverse'] as const) {
      const all = steps(tiny, mode);
      for (let k = 0; k <= all.length; k++) {
        for (const d of stepState(tiny, mode, k, all).nodeDeriv) if (d !== null) widest = Math.max(widest, Array.from(graphNumber(d, 3).text).length);
      }
    }
    expect(widestDerivativeLabel(tiny)).toBe(widest);
    expect(widest).toBeGreaterThanOrEqual(9); // ≈1.71e-27
  });

  it('labelChars.edge is the widest number any step draws on each edge: its local derivative or what it carried', () => {
    const widest = tiny.edges.map((e) => Array.from(graphNumber(e.local, 3).text).length);
    for (const mode of ['forward', 'reverse'] as const) {
      const all = steps(tiny, mode);
      for (let k = 0; k <= all.length; k++) {
        stepState(tiny, mode, k, all).edgeCarried.forEach((c, i) => { if (c !== null) widest[i] = Math.max(widest[i]!, Array.from(graphNumber(c, 3).text).length); });
      }
    }
    expect(labelChars(tiny).edge).toEqual(widest);
  });

  it('nodes of a layer leave room for that label between them and at the right edge; small labels keep the classic spacing', () => {
    const chars = widestDerivativeLabel(tiny), L = layoutGraph(tiny, chars);
    const room = NODE_RADIUS + 4 + LABEL_CHAR * chars;
    const layers = new Map<number, number[]>();
    L.at.forEach((p) => layers.set(p.layer, [...(layers.get(p.layer) ?? []), p.x]));
    for (const xs of layers.values()) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(room + NODE_RADIUS);
      expect(L.width - xs.at(-1)!).toBeGreaterThanOrEqual(room);
    }
    const plain = validateInputs('(a+b)*(b+1)', { a: '2', b: '1' }, []).graph!, P = layoutGraph(plain, widestDerivativeLabel(plain));
    const bottom = P.at.filter((p) => p.layer === 0).map((p) => p.x).sort((a, b) => a - b);
    expect(bottom[1]! - bottom[0]!).toBe(SPACING.dx);
  });
});

describe('hostile input never throws', () => {
  it('every case is either a graph or an error with a column inside the text', () => {
    const long = Array.from({ length: 150 }, (_, i) => `x${i}`).join('+');
    const cases = ['((((', '1e999', '1/0', '0^-1', 'x^0.5', '-', ')', 'a++b', '--a', '!a', '~a', 'a?b:c', '[1]', 'a,b', 'a;b',
      'sigmoid()', 'max(a,b,c)', 'exp(1)(2)', 'a.b.c', '"str"', 'true', 'null', 'this', 'a = 1', 'x^x^x^x', '∂', long];
    for (const src of cases) {
      const v = validateInputs(src, { x: '0' }, []);
      if (v.graph) continue;
      const e = v.expressionError;
      if (e) {
        expect(e.column, src).toBeGreaterThanOrEqual(1);
        expect(e.column, src).toBeLessThanOrEqual(src.length + 1);
      } else expect(Object.keys(v.valueErrors).length, src).toBeGreaterThan(0);
    }
    expect(validateInputs(long, {}, []).expressionError?.message).toMatch(/more than 120 nodes/);
  });
});

describe('edgeControls', () => {
  it('x·x·x: the twin edges fan out symmetrically and the edge that skips a layer bends around the middle node', () => {
    const g = validateInputs('x*x*x', { x: '2' }, []).graph!, L = layoutGraph(g), C = edgeControls(g, L);
    const [t1, t2, , skip] = g.edges.map((e, i) => ({ e, c: C[i]! }));
    const mid = (k: { e: { from: number; to: number }; c: { cx: number; cy: number } }) => ({
      x: (L.at[k.e.from]!.x + 2 * k.c.cx + L.at[k.e.to]!.x) / 4, y: (L.at[k.e.from]!.y + 2 * k.c.cy + L.at[k.e.to]!.y) / 4 });
    expect(t1!.e.from).toBe(t2!.e.from);
    expect(mid(t1!).x - L.at[0]!.x).toBeCloseTo(-(mid(t2!).x - L.at[0]!.x), 9);
    expect(skip!.e.from).toBe(0);
    expect(skip!.e.to).toBe(g.output);
    const v1 = L.at[1]!, m = mid(skip!);
    expect(Math.hypot(m.x - v1.x, m.y - v1.y)).toBeGreaterThan(NODE_RADIUS);
  });
});

describe('fields and caption follow what is drawn', () => {
  it('a syntax error keeps the fields of the graph on screen', () => {
    expect(fieldsFor(validateInputs('(p+q', {}, []), ['a', 'b'])).toEqual({ variables: ['a', 'b'], pending: false });
  });
  it('an expression that parses but cannot be evaluated shows its own fields, marked when they differ', () => {
    expect(fieldsFor(validateInputs('y/0', {}, []), ['x'])).toEqual({ variables: ['y'], pending: true });
    expect(fieldsFor(validateInputs('log(-1*x)', { x: '2' }, []), ['x'])).toEqual({ variables: ['x'], pending: false });
    // a/(b-1) at b = 1: the reader needs the field b to fix it
    expect(fieldsFor(validateInputs('a/(b-1)', {}, []), ['x', 'y']).variables).toEqual(['a', 'b']);
  });
  it('a valid expression shows its fields, unmarked', () => {
    expect(fieldsFor(validateInputs('p*q', {}, []), ['a'])).toEqual({ variables: ['p', 'q'], pending: false });
  });
  it('the author\'s caption fits only the given expression at the given values', () => {
    expect(captionFits('x * x*x', { x: '2' }, 'x*x*x', { x: 2 })).toBe(true);
    expect(captionFits('x*x*x', { x: '3' }, 'x*x*x', { x: 2 })).toBe(false);
    expect(captionFits('x*x', { x: '2' }, 'x*x*x', { x: 2 })).toBe(false);
    expect(captionFits('x*x*y', { x: '2' }, 'x*x*y', { x: 2 })).toBe(true); // y starts at 1
    expect(captionFits('x*x*y', { x: '2', y: '2' }, 'x*x*y', { x: 2 })).toBe(false);
  });
});
