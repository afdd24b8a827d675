import { describe, expect, it } from 'vitest';
import { PLAYGROUND_STRINGS } from './strings.ts';

describe('the refusal messages', () => {
  it('says a finite number is needed and which value the weight keeps, in both languages', () => {
    const en = PLAYGROUND_STRINGS.en, zh = PLAYGROUND_STRINGS.zh;
    expect(en.badWeight(en.value, 'Θ(1)_10', '−0.25')).toBe('Value must be a finite number, such as 0.5, -2 or 1e-3; Θ(1)_10 is still −0.25.');
    expect(zh.badWeight(zh.value, 'Θ(1)_10', '−0.25')).toBe('值必须是有限的数，例如 0.5、-2 或 1e-3；Θ(1)_10 仍为 −0.25。');
  });
  it('says a coordinate must be a finite number, naming its field, in both languages', () => {
    const en = PLAYGROUND_STRINGS.en, zh = PLAYGROUND_STRINGS.zh;
    expect(en.badCoord('x₁')).toBe('x₁ must be a finite number, such as 0.5, -2 or 1e-3.');
    expect(en.badCoord('height')).toBe('height must be a finite number, such as 0.5, -2 or 1e-3.');
    // Chinese quotes the field's name, as the data panel does the CSV's columns.
    expect(zh.badCoord('x₂')).toBe('“x₂”必须是有限的数，例如 0.5、-2 或 1e-3。');
  });
});
