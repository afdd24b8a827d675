import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import OwnNetwork from './OwnNetwork';

describe('OwnNetwork: the step tables name each weight', () => {
  it('a row header shows Θ(l)ᵢⱼ and its accessible name says which weight it is, in the page\'s language', () => {
    const en = renderToString(h(OwnNetwork, { lang: 'en' }));
    const zh = renderToString(h(OwnNetwork, { lang: 'zh' }));
    expect(en).toContain('<th scope="row" aria-label="Θ(1)₂₁, weight from unit 1 of layer 1 to unit 2 of layer 2">Θ(1)₂₁</th>');
    expect(zh).toContain('<th scope="row" aria-label="Θ(1)₂₁，从第 1 层单元 1 到第 2 层单元 2 的权重">Θ(1)₂₁</th>');
  });
});
