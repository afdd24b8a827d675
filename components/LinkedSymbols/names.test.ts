import { describe, expect, it } from 'vitest';
import { scenarioValues } from '../../src/course/scenarios';
import { renderTex } from '../../src/math/render';
import { parseSym, symLabel, symTarget, symTex, symText } from './names';
import { renderLinkedTex } from './linked-tex';

describe('symbol names', () => {
  it('every scenario value except the path terms names a diagram element', () => {
    for (const name of Object.keys(scenarioValues('classic'))) {
      if (name.startsWith('path_')) expect(symTarget(name, 3), name).toBeNull();
      else expect(symTarget(name, 3), name).toMatch(/^(n-\d-\d|e-\d-\d-\d|J)$/);
    }
  });

  it('maps units to nodes and weights (and their derivatives) to edges', () => {
    expect(parseSym('Theta1_2_1')).toEqual({ kind: 'Theta', l: 1, i: 2, j: 1 });
    expect(['a2_1', 'z2_1', 'delta2_1'].map((n) => symTarget(n, 3))).toEqual(['n-2-1', 'n-2-1', 'n-2-1']);
    expect(['x_2', 'a1_0', 'h_1', 'y_2', 'a3_2'].map((n) => symTarget(n, 3))).toEqual(['n-1-2', 'n-1-0', 'n-3-1', 'n-3-2', 'n-3-2']);
    expect(['Theta2_1_0', 'D2_1_0', 'f1_2_1_0', 'f3_1_2_2'].map((n) => symTarget(n, 3))).toEqual(['e-2-1-0', 'e-2-1-0', 'e-2-1-0', 'e-1-2-2']);
    expect(symTarget('nonsense', 3)).toBeNull();
  });

  it('reads as the lessons write it, in text and in TeX', () => {
    expect(['delta2_1', 'Theta1_2_1', 'D2_1_1', 'a3_1', 'x_1', 'h_2', 'J', 'f2_2_1_1'].map((n) => symText(n)))
      .toEqual(['δ(2)_1', 'Θ(1)_21', 'D(2)_11', 'a(3)_1', 'x_1', 'h_2', 'J', '② for Θ(2)_11']);
    expect(symTex('delta2_1')).toBe('\\dl{2}_{1}');
    expect(symTex('Theta1_2_1')).toBe('\\Th{1}_{21}');
    expect(() => symTex('path_1_1_0_1')).toThrow(/not a symbol name/);
    for (const name of Object.keys(scenarioValues('classic')).filter((n) => !n.startsWith('path_'))) {
      expect(() => renderTex(symTex(name)), name).not.toThrow();
    }
  });

  it('in Chinese only the factors\' words change; the symbols are the same', () => {
    expect(symText('f2_2_1_1', 'zh')).toBe('Θ(2)_11 的因子 ②');
    expect(symText('f2_2_1_1', 'zh')).not.toMatch(/[A-Za-z]{2,}/); // no English word ("for") left
    for (const name of ['delta2_1', 'Theta1_2_1', 'D2_1_1', 'a3_1', 'x_1', 'h_2', 'J']) expect(symText(name, 'zh')).toBe(symText(name));
  });

  it('linked TeX carries data-sym and still refuses other HTML extensions', () => {
    expect(renderLinkedTex('\\htmlData{sym=delta2_1}{\\dl{2}_1} = 1')).toContain('data-sym="delta2_1"');
    expect(renderLinkedTex('\\href{https://example.com}{x}')).not.toContain('href=');
  });
});

describe('a linked symbol\'s accessible name', () => {
  it('the text shown first (as the tooltip writes it), then the meaning in the page\'s language', () => {
    expect(symLabel('a3_1', '0.751365')).toBe('a(3)_1 = 0.751365, output of unit 1 of layer 3');
    expect(symLabel('Theta1_2_1', '0.25', 'zh')).toBe('Θ(1)_21 = 0.25，从第 1 层单元 1 到第 2 层单元 2 的权重');
    expect(symLabel('J', '0.298371')).toBe('J = 0.298371, the cost J');
    for (const name of Object.keys(scenarioValues('classic'))) {
      expect(symLabel(name, '1', 'en').startsWith(`${symText(name, 'en')} = 1`)).toBe(true);
      expect(symLabel(name, '1', 'zh').startsWith(`${symText(name, 'zh')} = 1`)).toBe(true);
    }
  });
});
