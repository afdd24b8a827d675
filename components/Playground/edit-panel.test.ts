import { describe, expect, it } from 'vitest';
import { parseWeight } from './EditPanel.tsx';
import { PLAYGROUND_STRINGS } from './strings.ts';

describe('parseWeight (the Value field of "Edit a weight", reader QA D6)', () => {
  it('reads finite numbers as typed, exponents and signs included', () => {
    expect(parseWeight('1.5')).toBe(1.5);
    expect(parseWeight(' -0.75 ')).toBe(-0.75);
    expect(parseWeight('-2e-3')).toBe(-0.002);
    expect(parseWeight('1e308')).toBe(1e308);
    expect(parseWeight('0')).toBe(0);
  });
  it('refuses an empty field, text, and numbers too large to be finite', () => {
    for (const t of ['', '   ', 'abc', '1e999', '-1e999', 'Infinity', 'NaN', '1.2.3', '1e']) expect(parseWeight(t), t).toBeNull();
  });
});

describe('the refusal message', () => {
  it('says a finite number is needed and which value the weight keeps, in both languages', () => {
    const en = PLAYGROUND_STRINGS.en, zh = PLAYGROUND_STRINGS.zh;
    expect(en.badWeight(en.value, 'Θ(1)_10', '−0.25')).toBe('Value must be a finite number, such as 0.5, -2 or 1e-3; Θ(1)_10 is still −0.25.');
    expect(zh.badWeight(zh.value, 'Θ(1)_10', '−0.25')).toBe('值必须是有限的数，例如 0.5、-2 或 1e-3；Θ(1)_10 仍为 −0.25。');
  });
});
