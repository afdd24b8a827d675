import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import ExpressionGraph from './ExpressionGraph.tsx';
import { parseExpression } from './parse.ts';
import { validateInputs } from './inputs.ts';
import { stepState, steps } from './steps.ts';
import { EXPRESSION_GRAPH_STRINGS } from './strings.ts';

const EN = EXPRESSION_GRAPH_STRINGS.en, ZH = EXPRESSION_GRAPH_STRINGS.zh;

/** What a reader sees or hears: text nodes, and the aria-label / title / alt attributes, tags removed. */
function readerText(html: string): string {
  const attrs = [...html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<[^>]*>/g, '\n');
  return [text, ...attrs].join('\n').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Runs of three or more Latin letters that are not one of the expression language's own names, or JavaScript (the no-script note's). */
const ALLOWED = new Set(['exp', 'log', 'tanh', 'sigmoid', 'relu', 'max', 'JavaScript']);
const latinWords = (s: string) => (s.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ALLOWED.has(w));

/** The English table's plain strings (functions are checked through their outputs below). */
const englishStrings = Object.values(EN).filter((v): v is string => typeof v === 'string' && /[A-Za-z]{3,}/.test(v));

describe('ExpressionGraph in Chinese', () => {
  it('the Chinese table differs from the English one in every entry that has words', () => {
    for (const [key, en] of Object.entries(EN)) {
      const zh = (ZH as Record<string, unknown>)[key];
      if (typeof en === 'string' && /[A-Za-z]{3,}/.test(en)) expect(zh, key).not.toBe(en);
      if (typeof zh === 'string') expect(latinWords(zh), key).toEqual([]);
    }
  });

  it('renders with the Chinese labels and no English string of the table', () => {
    const html = renderToString(h(ExpressionGraph, { lang: 'zh' }));
    const text = readerText(html);
    for (const label of [ZH.caption, ZH.expressionLabel, ZH.valuesLegend, ZH.forward, ZH.reverse, ZH.step, ZH.back, ZH.reset,
      ZH.share, ZH.tableSummary, ZH.colNode, ZH.colOp, ZH.colValue, ZH.gradientCaption('f'), ZH.constantsSkipped, ZH.notComputed]) expect(text).toContain(label);
    expect(html).toContain(`aria-label="${ZH.modeGroup}"`);
    // Reverse mode (the default) starts at step 0 of one step per edge of the default expression, but the constant's.
    const g0 = validateInputs('(a+b)*(b+1)', { a: '2', b: '1' }, []).graph!;
    const edges = g0.edges.filter((e) => g0.nodes[e.from]!.op !== 'const').length;
    expect(text).toContain(ZH.counter(0, edges));
    expect(text).toContain(ZH.startReverse('f'));
    for (const en of englishStrings) expect(text, en).not.toContain(en);
    expect(text).not.toContain(EN.counter(0, edges));
    expect(latinWords(text)).toEqual([]);
  });

  it('an expression without variables says so instead of a step counter and an empty gradient, in both languages', () => {
    for (const [S, lang] of [[EN, 'en'], [ZH, 'zh']] as const) {
      const text = readerText(renderToString(h(ExpressionGraph, { expression: '2*3', values: {}, lang })));
      expect(text).toContain(S.noVariables);
      expect(text).not.toContain(S.counter(0, 0));
      expect(text).toContain(S.svgLabel(3, 2, null, 0, 0));
      expect(text.toLowerCase()).not.toMatch(/step 0 of 0|第 0 步/);
      expect(text).not.toContain(S.gradientCaption('f'));
    }
  });

  it('without JavaScript the legend does not invite a reader to focus or hover the nodes, which then answer nothing', () => {
    for (const [S, lang] of [[EN, 'en'], [ZH, 'zh']] as const) {
      const text = readerText(renderToString(h(ExpressionGraph, { lang })));
      expect(text).toContain(S.legend(true, 'f'));
      expect(text).not.toContain(S.exactHint.trim());
    }
  });

  it('which operand an edge is, in Chinese', () => {
    const g = validateInputs('x/x', { x: '3' }, [], '1', 'zh').graph!;
    expect(steps(g, 'reverse', 'zh').map((st) => st.text.slice(0, st.text.indexOf('反向')))).toEqual(['沿 f → x（作为分母）', '沿 f → x（作为分子）']);
    expect(steps(validateInputs('x/y', { x: '3', y: '2' }, [], '1', 'zh').graph!, 'reverse', 'zh')[0]!.text).toMatch(/^沿 f → y 反向/);
  });

  it('step texts are Chinese in both modes', () => {
    const g = validateInputs('(a+b)*(b+1)', { a: '2', b: '1' }, [], '1', 'zh').graph!;
    for (const mode of ['forward', 'reverse'] as const) {
      const zh = steps(g, mode, 'zh'), en = steps(g, mode);
      expect(zh.map((s) => s.total)).toEqual(en.map((s) => s.total));
      for (const [i, s] of zh.entries()) {
        expect(s.text).not.toBe(en[i]!.text);
        expect(latinWords(s.text), s.text).toEqual([]);
      }
      expect(latinWords(stepState(g, mode, 0, undefined, 'zh').text)).toEqual([]);
    }
    expect(steps(g, 'reverse', 'zh')[0]!.text.startsWith('沿 ')).toBe(true);
  });

  it('parser, model and value messages come back in Chinese, at the same column as in English', () => {
    const cases: [string, Record<string, string>][] = [
      ['a+*b', {}], ['a+', {}], ['(a+b', {}], ['a)', {}], ['a b', {}], ['2*foo(x)', {}], ['max(a)', {}], ['a % b', {}],
      ['Math.exp(a)', {}], ['a ? b : c', {}], ['exp', {}], ['__proto__', {}], ['a/(b-1)', { a: '1', b: '1' }], ['log(a-4)', { a: '1' }],
      ['(a+0)^b', { a: '-1', b: '2' }], ['(-8)^0.5', {}], ['exp(a)', { a: '1000' }], ['', {}], ["'s'+a", {}], ['1e', {}], ['2x', {}],
    ];
    for (const [src, texts] of cases) {
      const zh = validateInputs(src, texts, [], '1', 'zh').expressionError, en = validateInputs(src, texts, []).expressionError;
      expect(zh, src).not.toBeNull();
      expect(zh!.column, src).toBe(en!.column);
      expect(zh!.message, src).not.toBe(en!.message);
      // Names the reader typed (foo, Math, __proto__) are quoted back as they are.
      expect(latinWords(zh!.message).filter((w) => !src.includes(w)), `${src}: ${zh!.message}`).toEqual([]);
    }
    expect(parseExpression('a+*b', 'zh')).toMatchObject({ ok: false, error: { column: 3 } });
    expect(validateInputs('2*foo(x)', {}, [], '1', 'zh').expressionError!.message).toBe(ZH.unknownName('foo', 'exp, log, tanh, sigmoid, relu, max'));
    expect(ZH.unknownName('foo', 'exp, log')).toBe('未知函数“foo”；可用的函数有 exp、log');
    // At a lone variable the message goes beside its value field, in Chinese too.
    expect(validateInputs('a/b', { a: '1', b: '0' }, [], '1', 'zh').valueErrors).toEqual({ b: ZH.divisionByZero('0') });
    expect(validateInputs('log(a)', { a: '-3' }, [], '1', 'zh').valueErrors).toEqual({ a: ZH.logDomain('−3') });
    expect(validateInputs('a*b', { a: '2', b: 'x' }, [], '1', 'zh').valueErrors).toEqual({ b: ZH.valueInvalid('b', 'x') });
    expect(validateInputs('a*b', { a: '2', b: '' }, [], '1', 'zh').valueErrors).toEqual({ b: ZH.valueMissing('b') });
    expect(ZH.valueInvalid('b', 'x')).toBe('b = “x”不是有限的数');
  });

  it('translates jsep’s syntax messages, and an unknown one without its English', () => {
    expect(ZH.syntax('Expected expression after +')).toBe('语法错误：“+”之后缺少表达式');
    expect(ZH.syntax('Unclosed (')).toBe('语法错误：“(”没有闭合');
    expect(ZH.syntax('Unexpected ")"')).toBe('语法错误：意外的“)”');
    expect(ZH.syntax('Something new in jsep')).toBe('语法错误');
    expect(ZH.syntax('Variable names cannot start with a number (2x)')).toBe('语法错误：变量名“2x”不能以数字开头');
  });

  it('English syntax messages carry no nested brackets', () => {
    expect(EN.syntax('Unclosed (')).toBe('syntax error: unclosed “(”');
    expect(EN.syntax('Variable names cannot start with a number (2x)')).toBe('syntax error: a variable name cannot start with a digit: “2x”');
    expect(EN.syntax('Something new in jsep (x)')).toBe('syntax error');
  });
});
