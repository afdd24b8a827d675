import { describe, expect, it } from 'vitest';
import { PLAYGROUND_STRINGS } from './strings.ts';

describe('the refusal messages', () => {
  it('says a finite number is needed and which value the weight keeps, in both languages', () => {
    const en = PLAYGROUND_STRINGS.en, zh = PLAYGROUND_STRINGS.zh;
    expect(en.badWeight(en.value, 'Θ(1)_10', '−0.25')).toBe('Value must be a finite number, such as 0.5, -2 or 1e-3; Θ(1)_10 was left at −0.25.');
    expect(zh.badWeight(zh.value, 'Θ(1)_10', '−0.25')).toBe('值必须是有限的数，例如 0.5、-2 或 1e-3；Θ(1)_10 保持原值 −0.25。');
  });
  it('says a coordinate must be a finite number, naming its field, in both languages', () => {
    const en = PLAYGROUND_STRINGS.en, zh = PLAYGROUND_STRINGS.zh;
    expect(en.badCoord('x₁')).toBe('x₁ must be a finite number, such as 0.5, -2 or 1e-3.');
    expect(en.badCoord('height')).toBe('height must be a finite number, such as 0.5, -2 or 1e-3.');
    // Chinese quotes the field's name, as the data panel does the CSV's columns.
    expect(zh.badCoord('x₂')).toBe('“x₂”必须是有限的数，例如 0.5、-2 或 1e-3。');
  });
});

describe('counts and names in the Playground\'s sentences', () => {
  const [en, zh] = [PLAYGROUND_STRINGS.en, PLAYGROUND_STRINGS.zh];
  it('a count of one takes the singular (reader QA: "6 training, 1 test points")', () => {
    expect(en.counts(6, 1)).toBe('6 training, 1 test point');
    expect(en.counts(1, 6)).toBe('1 training, 6 test points');
    expect(en.summary('2-1', 3, 'class 0 (circle)', 1, 1)).toContain('1 training point (filled) and 1 test point (hollow).');
    expect(en.noJs('xor', 1, 2, '2-1', 0.5)).toContain('(1 training point filled, 2 test points hollow)');
  });
  it('Chinese puts a space between a setting\'s Greek or Latin letter and the Chinese after it, none after Chinese', () => {
    const range = { lo: 0, hi: 1e6, whole: false, openLo: true };
    expect(zh.badField('学习率 α', range, 0.03).startsWith('学习率 α 必须是大于 0')).toBe(true);
    expect(zh.badField('噪声', range, 0).startsWith('噪声必须是大于 0')).toBe(true);
  });
});
