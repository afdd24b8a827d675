import { describe, expect, test } from 'vitest';
import type { ShikiTransformer } from 'shiki';
import { indentStyle, leadingColumns } from './indent';
import { hangingIndent } from './indent-shiki';

describe('hanging indent of wrapped code lines', () => {
  test('leading columns: spaces count one, a tab moves to the next tab stop, text ends the indentation', () => {
    expect(leadingColumns('')).toBe(0);
    expect(leadingColumns('x = 1;')).toBe(0);
    expect(leadingColumns('    return x;')).toBe(4);
    expect(leadingColumns('      ')).toBe(6); // a line of blanks is all indentation
    expect(leadingColumns('\tx')).toBe(8);
    expect(leadingColumns('\tx', 4)).toBe(4);
    expect(leadingColumns('  \t x', 4)).toBe(5);
    expect(leadingColumns('a  b')).toBe(0);
  });

  test('a line indented with a tab gets no hanging indent, since the indent\'s padding would move its tab stop', () => {
    expect(indentStyle('    x')).toBe('--indent:4');
    expect(indentStyle('')).toBe('--indent:0');
    expect(indentStyle('\tx')).toBe('--hang:0px');
    expect(indentStyle('  \tx', 4)).toBe('--hang:0px');
    expect(indentStyle('x\ty')).toBe('--indent:0'); // a tab after the indentation is not the indentation's
  });

  test('the Shiki transformer gives every line span its indentation, keeping the style it had', () => {
    type Line = Parameters<NonNullable<ShikiTransformer['line']>>[0];
    // A line span as Shiki builds it: token spans holding text (shiki is Astro's, not a dependency of ours).
    const span = (tokens: string[], style?: string): Line => ({
      type: 'element', tagName: 'span', properties: { class: 'line', ...(style ? { style } : {}) },
      children: tokens.map((value) => ({ type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value }] })),
    });
    const apply = (line: Line) => { hangingIndent.line!.call({} as never, line, 1); return line.properties.style; };
    expect(apply(span(['    ', 'return', ' x;']))).toBe('--indent:4');
    expect(apply(span(['  for', ' (;;) {']))).toBe('--indent:2');
    expect(apply(span([]))).toBe('--indent:0'); // an empty line
    expect(apply(span(['\t', 'x']))).toBe('--hang:0px'); // a tab: no hanging indent (its stop would move)
    expect(apply(span(['  x'], 'color:red'))).toBe('color:red;--indent:2');
  });
});
