import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import macros from '../math/macros.json';
import { renderTex } from '../math/render';
import { diagramTarget } from './diagram';
import { key, named, namedValue, namedValueOf, parse, plain, plainName, spoken, SYM_KINDS, type Sym, tex } from './symbol';

/** One symbol of every kind, with what each renderer must give, written out by hand from the lessons' notation. */
const TABLE: { sym: Sym; key: string; tex: string; raw: string; plain: string; sub: string; en: string; zh: string }[] = [
  { sym: { kind: 'x', j: 2 }, key: 'x_2', tex: 'x_{2}', raw: 'x_{2}', plain: 'x_2', sub: 'x₂', en: 'input 2', zh: '输入的第 2 个分量' },
  { sym: { kind: 'y', k: 1 }, key: 'y_1', tex: 'y_{1}', raw: 'y_{1}', plain: 'y_1', sub: 'y₁', en: 'target 1', zh: '目标值的第 1 个分量' },
  { sym: { kind: 'a', l: 2, i: 1 }, key: 'a2_1', tex: '\\al{2}_{1}', raw: 'a^{(2)}_{1}', plain: 'a(2)_1', sub: 'a(2)₁', en: 'output of unit 1 of layer 2', zh: '第 2 层单元 1 的输出' },
  { sym: { kind: 'a', l: 1, i: 0 }, key: 'a1_0', tex: '\\al{1}_{0}', raw: 'a^{(1)}_{0}', plain: 'a(1)_0', sub: 'a(1)₀', en: 'output of the bias unit of layer 1', zh: '第 1 层的偏置单元的输出' },
  { sym: { kind: 'z', l: 3, i: 2 }, key: 'z3_2', tex: '\\zl{3}_{2}', raw: 'z^{(3)}_{2}', plain: 'z(3)_2', sub: 'z(3)₂', en: 'weighted input of unit 2 of layer 3', zh: '第 3 层单元 2 的加权输入' },
  { sym: { kind: 'Theta', l: 1, i: 2, j: 1 }, key: 'Theta1_2_1', tex: '\\Th{1}_{21}', raw: '\\Theta^{(1)}_{21}', plain: 'Θ(1)_21', sub: 'Θ(1)₂₁', en: 'weight from unit 1 of layer 1 to unit 2 of layer 2', zh: '从第 1 层单元 1 到第 2 层单元 2 的权重' },
  { sym: { kind: 'Theta', l: 2, i: 1, j: 0 }, key: 'Theta2_1_0', tex: '\\Th{2}_{10}', raw: '\\Theta^{(2)}_{10}', plain: 'Θ(2)_10', sub: 'Θ(2)₁₀', en: 'weight from the bias unit of layer 2 to unit 1 of layer 3', zh: '从第 2 层的偏置单元到第 3 层单元 1 的权重' },
  { sym: { kind: 'h', k: 2 }, key: 'h_2', tex: '\\hT(x)_{2}', raw: 'h_{\\Theta}(x)_{2}', plain: 'h_2', sub: 'h₂', en: 'output 2 of the network', zh: '网络的第 2 个输出' },
  { sym: { kind: 'J' }, key: 'J', tex: 'J', raw: 'J', plain: 'J', sub: 'J', en: 'the cost J', zh: '代价函数 J' },
  { sym: { kind: 'delta', l: 2, i: 1 }, key: 'delta2_1', tex: '\\dl{2}_{1}', raw: '\\delta^{(2)}_{1}', plain: 'δ(2)_1', sub: 'δ(2)₁', en: 'error term of unit 1 of layer 2', zh: '第 2 层单元 1 的误差项' },
  { sym: { kind: 'D', l: 2, i: 1, j: 1 }, key: 'D2_1_1', tex: '\\Dl{2}_{11}', raw: 'D^{(2)}_{11}', plain: 'D(2)_11', sub: 'D(2)₁₁',
    en: 'derivative of the cost J with respect to the weight from unit 1 of layer 2 to unit 1 of layer 3', zh: '代价函数 J 对从第 2 层单元 1 到第 3 层单元 1 的权重的偏导数' },
  { sym: { kind: 'f1', l: 2, i: 1, j: 1 }, key: 'f1_2_1_1', tex: '\\text{①}_{\\Th{2}_{11}}', raw: '\\text{①}_{\\Theta^{(2)}_{11}}', plain: '① for Θ(2)_11', sub: '① for Θ(2)₁₁',
    en: 'factor ① of the derivative for the weight from unit 1 of layer 2 to unit 1 of layer 3', zh: '从第 2 层单元 1 到第 3 层单元 1 的权重的导数的因子 ①' },
  { sym: { kind: 'f2', l: 1, i: 2, j: 0 }, key: 'f2_1_2_0', tex: '\\text{②}_{\\Th{1}_{20}}', raw: '\\text{②}_{\\Theta^{(1)}_{20}}', plain: '② for Θ(1)_20', sub: '② for Θ(1)₂₀',
    en: 'factor ② of the derivative for the weight from the bias unit of layer 1 to unit 2 of layer 2', zh: '从第 1 层的偏置单元到第 2 层单元 2 的权重的导数的因子 ②' },
  { sym: { kind: 'f3', l: 1, i: 1, j: 2 }, key: 'f3_1_1_2', tex: '\\text{③}_{\\Th{1}_{12}}', raw: '\\text{③}_{\\Theta^{(1)}_{12}}', plain: '③ for Θ(1)_12', sub: '③ for Θ(1)₁₂',
    en: 'factor ③ of the derivative for the weight from unit 2 of layer 1 to unit 1 of layer 2', zh: '从第 1 层单元 2 到第 2 层单元 1 的权重的导数的因子 ③' },
];

describe('the notation module', () => {
  it('has a row for every kind', () => {
    expect(new Set(TABLE.map((r) => r.sym.kind))).toEqual(new Set(SYM_KINDS));
  });

  it('writes the scenarioValues key of every kind and reads it back', () => {
    for (const r of TABLE) {
      expect(key(r.sym)).toBe(r.key);
      expect(parse(r.key)).toEqual(r.sym);
      expect(key(parse(r.key)!)).toBe(r.key);
    }
    for (const name of ['path_1_1_1_2', 'Theta1_2', 'delta_1', 'x1', 'JJ', 'f4_1_1_1', '']) expect(parse(name), name).toBeNull();
  });

  it('writes TeX with the lessons\' macros, typeset exactly as the macros\' expansion', () => {
    for (const r of TABLE) {
      expect(tex(r.sym)).toBe(r.tex);
      for (const m of tex(r.sym).match(/\\[A-Za-z]+/g) ?? []) {
        if (m !== '\\text') expect(Object.keys(macros), `${m} in ${r.key}`).toContain(m);
      }
      // The same boxes as the expanded TeX (the MathML annotation quotes the source, so it is left out).
      const drawn = (t: string) => renderTex(t).replace(/<annotation[^>]*>[\s\S]*?<\/annotation>/, '');
      expect(drawn(tex(r.sym)), r.key).toBe(drawn(r.raw));
    }
  });

  it('writes plain text as the widgets show it, with underscores or subscript digits', () => {
    for (const r of TABLE) {
      expect(plain(r.sym)).toBe(r.plain);
      expect(plain(r.sym, { indices: 'subscript' })).toBe(r.sub);
    }
    expect(plain({ kind: 'Theta', l: 1, i: 1, j: 0 }, { indices: 'subscript', layer: false })).toBe('Θ₁₀');
    expect(plain({ kind: 'delta', l: 2, i: 1 }, { layer: false })).toBe('δ_1');
  });

  it('in Chinese only a factor\'s words change in plain text', () => {
    for (const r of TABLE) {
      if (r.sym.kind.startsWith('f')) {
        expect(plain(r.sym, { lang: 'zh' })).toBe(`${r.plain.slice(6)} 的因子 ${r.plain[0]}`);
        expect(plain(r.sym, { lang: 'zh' })).not.toMatch(/[A-Za-z]{2,}/);
      } else expect(plain(r.sym, { lang: 'zh' })).toBe(r.plain);
    }
  });

  it('says every kind in words, in English and in Chinese', () => {
    for (const r of TABLE) {
      expect(spoken(r.sym, 'en')).toBe(r.en);
      expect(spoken(r.sym, 'zh')).toBe(r.zh);
      // Chinese words only, apart from the symbol J the terms table keeps (代价函数 J).
      expect(spoken(r.sym, 'zh').replace(/\bJ\b/g, '')).not.toMatch(/[A-Za-z]/);
    }
    expect(named({ kind: 'delta', l: 2, i: 1 })).toBe('δ(2)_1, error term of unit 1 of layer 2');
    expect(named({ kind: 'delta', l: 2, i: 1 }, 'zh')).toBe('δ(2)_1，第 2 层单元 1 的误差项');
  });

  it('accessible names start with the visible text, then say the meaning, in the page\'s language', () => {
    const w: Sym = { kind: 'Theta', l: 1, i: 2, j: 1 };
    expect(named(w)).toBe('Θ(1)_21, weight from unit 1 of layer 1 to unit 2 of layer 2');
    expect(named(w, 'en', { indices: 'subscript' })).toBe('Θ(1)₂₁, weight from unit 1 of layer 1 to unit 2 of layer 2');
    expect(namedValue(w, '0.25')).toBe('Θ(1)_21 = 0.25, weight from unit 1 of layer 1 to unit 2 of layer 2');
    expect(namedValue({ kind: 'x', j: 1 }, '0.05', 'zh')).toBe('x_1 = 0.05，输入的第 1 个分量');
    expect(namedValueOf('D2_1_0', '−0.1')).toBe(
      'D(2)_10 = −0.1, derivative of the cost J with respect to the weight from the bias unit of layer 2 to unit 1 of layer 3');
    expect(namedValueOf('path_1_1_0_2', '3')).toBe('path_1_1_0_2 = 3');
    // Every kind, both languages: the plain text (as shown) is the start of the name, the meaning follows.
    for (const r of TABLE) for (const lang of ['en', 'zh'] as const) {
      const shown = `${plain(r.sym, { lang })} = 1.5`;
      expect(namedValue(r.sym, '1.5', lang).startsWith(shown)).toBe(true);
      expect(namedValue(r.sym, '1.5', lang).endsWith(lang === 'en' ? r.en : r.zh)).toBe(true);
      expect(named(r.sym, lang).startsWith(plain(r.sym, { lang }))).toBe(true);
    }
  });

  it('names a key in plain text, and leaves other names as they are', () => {
    expect(plainName('delta2_1')).toBe('δ(2)_1');
    expect(plainName('f3_1_1_2', { lang: 'zh' })).toBe('Θ(1)_12 的因子 ③');
    expect(plainName('path_1_1_0_2')).toBe('path_1_1_0_2');
  });

  it('puts every kind on its diagram element: units on nodes, weights and their derivatives on edges', () => {
    const want: Record<string, string> = {
      x_2: 'n-1-2', y_1: 'n-3-1', a2_1: 'n-2-1', a1_0: 'n-1-0', z3_2: 'n-3-2', Theta1_2_1: 'e-1-2-1', Theta2_1_0: 'e-2-1-0',
      h_2: 'n-3-2', J: 'J', delta2_1: 'n-2-1', D2_1_1: 'e-2-1-1', f1_2_1_1: 'e-2-1-1', f2_1_2_0: 'e-1-2-0', f3_1_1_2: 'e-1-1-2',
    };
    for (const r of TABLE) expect(diagramTarget(r.sym, 3), r.key).toBe(want[r.key]);
    expect(diagramTarget({ kind: 'h', k: 1 }, 4)).toBe('n-4-1');
  });
});

/** Every source file under src/ and components/ except tests. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|astro|mjs|js)$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

describe('no regex parses a symbol\'s text back into indices', () => {
  const root = join(__dirname, '..', '..');
  const files = ['src', 'components'].flatMap((d) => sources(join(root, d)));
  // A regex that mentions Θ (or \u0398) and captures digits, on a line that runs it: what a parser of labels like
  // `Θ(2)1,0` or `Θ(1)_21` needs. (A regex that only recognises a reader's typed header line, `Θ(2)`, captures no index.)
  const parsesTheta = (line: string) => /Θ|\\u0398/.test(line) && /(?<!\\)\(\\d/.test(line) && /\.(?:exec|test|match|matchAll|replace|split)\(|new RegExp\(/.test(line);

  it('finds such a parser when there is one (the check can fail)', () => {
    expect(parsesTheta('const m = /^Θ\\((\\d+)\\)(\\d+),(\\d+)$/.exec(v.label);')).toBe(true);
    expect(parsesTheta("const [, l] = label.match(/Θ\\((\\d)\\)/)!;")).toBe(true);
    expect(parsesTheta("new RegExp('\\u0398\\((\\d)')")).toBe(true);
    expect(parsesTheta('const isLabel = /^(Θ|Theta|theta|W)\\s*\\(?\\s*\\d+\\s*\\)?\\s*[:=]?$/.test(line);')).toBe(false);
    expect(parsesTheta('const s = `Θ(${l})_${i}${j}`;')).toBe(false);
  });

  it('finds none under src/ and components/', () => {
    expect(files.length).toBeGreaterThan(100);
    const bad = files.filter((f) => readFileSync(f, 'utf8').split('\n').some((line) => parsesTheta(line)));
    expect(bad).toEqual([]);
  });
});
