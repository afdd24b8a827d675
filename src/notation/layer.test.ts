import { describe, expect, it } from 'vitest';
import macros from '../math/macros.json';
import { renderTex } from '../math/render';
import { LAYER_KINDS, layerSym, letter, plainLayer, texLayer, type LayerSym } from './layer';
import { plain, sym } from './symbol';

/** One symbol of every kind, written out by hand from the notation page (content/reference/en/notation.mdx). */
const TABLE: { sym: LayerSym; plain: string; tex: string; raw: string }[] = [
  { sym: { kind: 'a', l: 1 }, plain: 'a(1)', tex: '\\al{1}', raw: 'a^{(1)}' },
  { sym: { kind: 'z', l: 3 }, plain: 'z(3)', tex: '\\zl{3}', raw: 'z^{(3)}' },
  { sym: { kind: 'Theta', l: 2 }, plain: 'Θ(2)', tex: '\\Th{2}', raw: '\\Theta^{(2)}' },
  { sym: { kind: 'delta', l: 2 }, plain: 'δ(2)', tex: '\\dl{2}', raw: '\\delta^{(2)}' },
  { sym: { kind: 'Delta', l: 1 }, plain: 'Δ(1)', tex: '\\Acc{1}', raw: '\\Delta^{(1)}' },
  { sym: { kind: 'D', l: 12 }, plain: 'D(12)', tex: '\\Dl{12}', raw: 'D^{(12)}' },
  { sym: { kind: 'A', l: 2 }, plain: 'A(2)', tex: 'A^{(2)}', raw: 'A^{(2)}' },
  { sym: { kind: 'Z', l: 3 }, plain: 'Z(3)', tex: 'Z^{(3)}', raw: 'Z^{(3)}' },
  { sym: { kind: 'E', l: 3 }, plain: 'E(3)', tex: 'E^{(3)}', raw: 'E^{(3)}' },
];

describe('a whole layer\'s symbol', () => {
  it('has a row for every kind, and builders that make them', () => {
    expect(new Set(TABLE.map((r) => r.sym.kind))).toEqual(new Set(LAYER_KINDS));
    for (const r of TABLE) expect(layerSym[r.sym.kind](r.sym.l)).toEqual(r.sym);
  });

  it('writes plain text as widgets and messages show it', () => {
    for (const r of TABLE) expect(plainLayer(r.sym)).toBe(r.plain);
    expect(['delta', 'Delta', 'Theta'].map((k) => letter(k as LayerSym['kind']))).toEqual(['δ', 'Δ', 'Θ']);
  });

  it('writes TeX with the lessons\' macros, typeset exactly as the macros\' expansion', () => {
    const drawn = (t: string) => renderTex(t).replace(/<annotation[^>]*>[\s\S]*?<\/annotation>/, '');
    for (const r of TABLE) {
      expect(texLayer(r.sym)).toBe(r.tex);
      for (const m of r.tex.match(/\\[A-Za-z]+/g) ?? []) expect(Object.keys(macros)).toContain(m);
      expect(drawn(texLayer(r.sym)), r.plain).toBe(drawn(r.raw));
    }
  });

  it('starts every entry of the layer: Θ(1)_21 is Θ(1) with its indices', () => {
    expect(plain(sym.Theta(1, 2, 1))).toBe(`${plainLayer(layerSym.Theta(1))}_21`);
    expect(plain(sym.delta(3, 1), { indices: 'subscript' })).toBe('δ(3)₁');
  });
});
