import { describe, expect, it } from 'vitest';
import { caretLines, parseExpression, type Ast } from './parse.ts';
import { validateInputs } from './inputs.ts';

/** The tree as a fully parenthesised string, to check precedence independently of the parser's node shapes. */
function show(a: Ast): string {
  switch (a.kind) {
    case 'num': return String(a.value);
    case 'var': return a.name;
    case 'neg': return `(-${show(a.arg)})`;
    case 'bin': return `(${show(a.left)}${a.op}${show(a.right)})`;
    case 'call': return `${a.fn}(${a.args.map(show).join(',')})`;
  }
}
const ok = (src: string) => { const r = parseExpression(src); if (!r.ok) throw new Error(r.error.message); return r; };
const bad = (src: string) => { const r = parseExpression(src); if (r.ok) throw new Error(`${src} should not parse`); return r.error; };

describe('parseExpression', () => {
  it('reads precedence: ^ right-associative above unary minus, then * /, then + −', () => {
    expect(show(ok('a+b*c^2').ast)).toBe('(a+(b*(c^2)))');
    expect(show(ok('2^3^2').ast)).toBe('(2^(3^2))');
    expect(show(ok('-x^2').ast)).toBe('(-(x^2))');
    expect(show(ok('(-x)^2').ast)).toBe('((-x)^2)');
    expect(show(ok('a-b-c').ast)).toBe('((a-b)-c)');
    expect(show(ok('1/(1+exp(-(w0*x0+w1*x1+w2)))').ast)).toBe('(1/(1+exp((-(((w0*x0)+(w1*x1))+w2)))))');
    expect(show(ok('max(a, 1e-3)').ast)).toBe('max(a,0.001)');
  });

  it('lists the variables in order of first appearance, once each', () => {
    expect(ok('(a+b)*(b+1)').variables).toEqual(['a', 'b']);
    expect(ok('sigmoid(w1*x1 + w0)').variables).toEqual(['w1', 'x1', 'w0']);
  });

  it('gives spans without the spaces around a token', () => {
    const r = ok('  a  +  bb ');
    if (r.ast.kind !== 'bin') throw new Error('binary');
    expect([r.ast.left.span, r.ast.right.span, r.ast.opSpan]).toEqual([{ start: 2, end: 3 }, { start: 8, end: 10 }, { start: 5, end: 6 }]);
  });
});

describe('the signs of typeset math', () => {
  it('reads − (U+2212) as minus, × · ⋅ as times and ÷ as division, as their ASCII forms', () => {
    // Reader QA (severity 1): "x*x−x" was x times a variable named "x−x".
    expect(show(ok('x*x\u2212x').ast)).toBe('((x*x)-x)');
    expect(ok('x*x\u2212x').variables).toEqual(['x']);
    expect(show(ok('\u2212a\u22121').ast)).toBe('((-a)-1)');
    // −x^2 is −(x^2) with either minus (reader QA, severity 1: the typeset one gave (−x)^2).
    expect(show(ok('\u2212x^2*y').ast)).toBe(show(ok('-x^2*y').ast));
    expect(show(ok('\u2212x^2').ast)).toBe('(-(x^2))');
    expect(show(ok('(\u2212x)^2').ast)).toBe('((-x)^2)');
    expect(show(ok('a×b·c⋅d÷e').ast)).toBe('((((a*b)*c)*d)/e)');
    expect(show(ok('θ1*x').ast)).toBe('(θ1*x)'); // a Greek name is still a name
  });

  it('keeps spans and columns on the reader\'s own text', () => {
    const r = ok('a \u2212 bb');
    if (r.ast.kind !== 'bin') throw new Error('binary');
    expect([r.ast.opSpan, r.ast.right.span]).toEqual([{ start: 2, end: 3 }, { start: 4, end: 6 }]);
  });

  it('refuses a character that cannot be in a name, at its column, in both languages', () => {
    const e = bad('2*x²+1');
    expect([e.column, e.span.end - e.span.start]).toEqual([4, 1]);
    expect(e.message).toBe('“²” cannot be part of a name (in “x²”): names use letters, digits and _; write a power as x^2');
    expect(bad('a′+1').message).toBe('“′” cannot be part of a name (in “a′”): names use letters, digits and _'); // no power there
    // The suggestion is the reader's own power, not always x^2 (reader QA: x³ was told "write a power as x^2").
    expect(bad('2*x³').message).toMatch(/; write a power as x\^3$/);
    expect(bad('θ⁻¹+1').message).toMatch(/; write a power as θ\^-1$/);
    const astral = parseExpression('a+b𝑥′', 'zh'); // 𝑥 (U+1D465) is a letter of two UTF-16 units; ′ is not one
    if (astral.ok) throw new Error('should not parse');
    expect(astral.error.column).toBe(5); // in characters: a + b 𝑥 ′
    expect(caretLines('a+b𝑥′', astral.error)).toBe('a+b𝑥′\n    ^');
    expect(astral.error.message).toBe('名称“b𝑥′”中不能有“′”：名称只能由字母、数字和 _ 组成');
  });

  it('does not make a power of two signs in a row of which one is typeset: x××2 is an operator missing its operand', () => {
    for (const src of ['x××2', 'x×*2', 'x*·2', 'x⋅⋅2']) {
      const e = bad(src);
      expect([e.column, e.message], src).toEqual([3, `syntax error: an expression is missing after “${src[1]}”`]);
    }
    expect(show(ok('x**2').ast)).toBe('(x^2)'); // two ASCII stars are still jsep's power
  });

  it('refuses a name longer than 16 characters where it stands; 16 are fine', () => {
    expect(ok('learning_rate_16*2').variables).toEqual(['learning_rate_16']);
    const e = bad('2*learning_rate_017+1');
    expect([e.column, e.span.end - e.span.start, e.message]).toEqual([3, 17, 'the name “learning_rate_017” is longer than 16 characters']);
  });
});

describe('columns count characters, not UTF-16 units', () => {
  it('after a letter outside the BMP (𝑥, as copied from typeset math) the column and caret are where the reader counts', () => {
    const e = bad('𝑥+*2');
    expect(e.column).toBe(bad('x+*2').column); // 3 in both
    expect(caretLines('𝑥+*2', e)).toBe('𝑥+*2\n  ^');
    expect(bad('𝑥*𝑥\u2212𝑥+𝑦²').column).toBe(8);
    // An error found while computing (division by zero at the denominator), too.
    const astral = validateInputs('𝑥/(b-1)', { x: '1', b: '1' }, []).expressionError;
    expect(astral?.column).toBe(3);
    expect(astral?.column).toBe(validateInputs('x/(b-1)', { x: '1', b: '1' }, []).expressionError?.column);
  });
});

describe('what a reader copies from typeset math or types with a Chinese input method', () => {
  it('a mathematical letter is the letter it shows: 𝑥 is x, one variable, not a second one beside x', () => {
    const r = ok('𝑥*𝑥\u2212x');
    expect(r.variables).toEqual(['x']);
    expect(show(r.ast)).toBe('((x*x)-x)');
    expect(ok('𝜃*ℎ').variables).toEqual(['θ', 'h']);
    // Spans stay in the reader's text: the second 𝑥 starts at UTF-16 offset 3, the minus is at 5.
    if (r.ast.kind !== 'bin' || r.ast.left.kind !== 'bin') throw new Error('binary');
    expect([r.ast.left.right.span, r.ast.opSpan, r.ast.right.span]).toEqual([{ start: 3, end: 5 }, { start: 5, end: 6 }, { start: 6, end: 7 }]);
  });

  it('full-width signs, letters and digits are their ASCII forms, with spans and columns in the reader\'s text', () => {
    const r = ok('（ｘ＋１）＊ｘ\u3000－ｙ');
    expect(show(r.ast)).toBe(show(ok('(x+1)*x - y').ast));
    expect(r.variables).toEqual(['x', 'y']);
    expect(ok('max（ａ，ｂ）').variables).toEqual(['a', 'b']);
    expect(show(ok('ｘ＊＊２').ast)).toBe('(x^2)'); // two full-width stars are a power, as ** is (reader QA)
    expect(bad('（ｘ＋１').message).toBe('syntax error: unclosed “（”'); // the bracket as typed
    expect(bad('ｘ＋＊２').column).toBe(3);
    expect(bad('ｘ＋＊２').message).toBe('syntax error: an expression is missing after “＋”'); // as typed, not “+”
    expect(bad('x ×').message).toBe('syntax error: an expression is missing after “×”');
    // Full-width characters are two columns wide in a monospace font: an ideographic space under each, ＾ under ＊.
    expect(caretLines('ｘ＋＊２', bad('ｘ＋＊２'))).toBe('ｘ＋＊２\n\u3000\u3000＾');
  });

  it('messages quote the name as the reader typed it, and a superscript is still not a digit', () => {
    const zh = parseExpression('ａ＋ｂ′', 'zh');
    if (zh.ok) throw new Error('should not parse');
    expect([zh.error.column, zh.error.message]).toEqual([4, '名称“ｂ′”中不能有“′”：名称只能由字母、数字和 _ 组成']);
    expect(bad('2*ｘ²').message).toBe('“²” cannot be part of a name (in “ｘ²”): names use letters, digits and _; write a power as x^2');
  });

  it('an error found while computing points at the reader\'s own characters', () => {
    const e = validateInputs('１／（ｂ－１）', { b: '1' }, []).expressionError;
    expect(e?.column).toBe(3);
    expect(caretLines('１／（ｂ－１）', e!)).toBe('１／（ｂ－１）\n\u3000\u3000＾＾＾＾＾');
    expect(caretLines('x+（ｂ＊', { message: '', span: { start: 2, end: 5 }, column: 3 })).toBe('x+（ｂ＊\n  ＾＾＾');
  });
});

describe('errors point at the column', () => {
  it('syntax errors', () => {
    expect(bad('a+*b').column).toBe(3);
    expect(bad('(a+b))').column).toBe(6);
    expect(bad('a b').column).toBe(3);
    expect(bad('a b').message).toBe('an operator is missing before this (or a stray “,” or “;”)');
    // A "name" that is none, read by jsep as a second expression: the name's fault is what is said (reader QA).
    expect(bad('x + 1 $')).toMatchObject({ column: 7, message: '“$” cannot be part of a name (in “$”): names use letters, digits and _' });
    // Run into the number before it, the same character is named, not "a name cannot start with a digit" (reader QA).
    expect(bad('x+1$')).toMatchObject({ column: 4, message: '“$” after the number 1 is neither an operator nor part of a name (names use letters, digits and _)' });
    expect(bad('x+1.5$')).toMatchObject({ column: 6, message: '“$” after the number 1.5 is neither an operator nor part of a name (names use letters, digits and _)' });
    expect(bad('x*2²')).toMatchObject({ column: 4, message: '“²” after the number 2 is neither an operator nor part of a name (names use letters, digits and _); write a power as 2^2' });
    expect(parseExpression('x+１$', 'zh')).toMatchObject({ ok: false, error: { column: 4, message: '数 １ 后面的“$”既不是运算符，也不能出现在名称中（名称只能由字母、数字和 _ 组成）' } });
    expect(bad('3ж').message).toBe('syntax error: a variable name cannot start with a digit: “3ж”');
    // Arguments without a comma between them (jsep reads them as two): the second one is pointed at.
    expect(bad('max(a b)')).toMatchObject({ column: 7, message: bad('a b').message });
    expect(bad('max(a, b c)').column).toBe(10);
    expect(bad('exp(a b)').column).toBe(7);
    expect(ok('max( a ,b )').variables).toEqual(['a', 'b']);
    expect(bad('').message).toMatch(/Type an expression/);
  });
  it('syntax messages have no brackets nested in brackets', () => {
    expect(bad('(a+b').message).toBe('syntax error: unclosed “(”');
    expect(bad('2x+1').message).toBe('syntax error: a variable name cannot start with a digit: “2x”');
    for (const src of ['(a+b', '2x+1', 'a+*b', 'a+', '(a+b))', '1e+']) expect(bad(src).message).not.toMatch(/\([^)]*\(/);
  });
  it('unknown functions and names used wrongly', () => {
    const e = bad('2*foo(x)');
    expect(e.column).toBe(3);
    expect(e.message).toMatch(/unknown function “foo”/);
    expect(bad('x + exp').column).toBe(5);
    expect(bad('max(a)').message).toMatch(/max takes 2 arguments, not 1/);
  });
  it('operators and constructs outside the language', () => {
    expect(bad('a % b').column).toBe(3);
    expect(bad('a == b').column).toBe(3);
    expect(bad('Math.exp(a)').column).toBe(1);
    expect(bad("'s' + a").column).toBe(1);
    expect(bad('a * constructor').column).toBe(5);
    expect(bad('__proto__').message).toMatch(/cannot be a variable name/);
  });
  it('caretLines puts carets under the span', () => {
    expect(caretLines('a+*b', bad('a+*b'))).toBe('a+*b\n  ^');
    expect(caretLines('2*foo(x)', bad('2*foo(x)'))).toBe('2*foo(x)\n  ^^^');
  });
});
