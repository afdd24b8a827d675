import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describeNumber } from '../../src/format/number';
import { latinWords, leakedWords, readerText } from './i18n.test-helper';
import { Num } from './Num';
import { SHARED_STRINGS } from './strings';

describe('shared strings in Chinese', () => {
  it('Num names the exact value in the page\'s language; the digits are the same', () => {
    const exact = describeNumber(0.39321568, { digits: 4 }).exact;
    const zh = renderToString(h(Num, { value: 0.39321568, lang: 'zh' }));
    const en = renderToString(h(Num, { value: 0.39321568 }));
    expect(readerText(zh)).toContain(SHARED_STRINGS.zh.exact(exact));
    expect(readerText(en)).toContain(SHARED_STRINGS.en.exact(exact));
    // Only the words differ: the title and the hidden aside (whose brackets follow each language's punctuation).
    const strip = (html: string, lang: 'en' | 'zh') =>
      html.replaceAll(SHARED_STRINGS[lang].exactAside(exact), '').replaceAll(SHARED_STRINGS[lang].exact(exact), '');
    expect(strip(zh, 'zh')).toBe(strip(en, 'en'));
    expect(leakedWords(readerText(zh), SHARED_STRINGS.en)).toEqual([]);
  });

  it('the hidden exact value is a full-width aside in Chinese, with no space before it', () => {
    const zh = renderToString(h(Num, { value: 0.39321568, lang: 'zh' }));
    const en = renderToString(h(Num, { value: 0.39321568 }));
    expect(zh).toContain('≈ 0.3932<span class="visually-hidden">（精确值 0.39321568）</span>');
    expect(en).toContain('≈ 0.3932<span class="visually-hidden"> (exactly 0.39321568)</span>');
  });

  it('the no-JavaScript note is Chinese around the controls it names', () => {
    const note = SHARED_STRINGS.zh.needsJs('“上一步”按钮');
    expect(note.startsWith('“上一步”按钮')).toBe(true);
    expect(latinWords(note)).toEqual([]); // JavaScript is a proper noun, allowed in both languages
    expect(leakedWords(note, SHARED_STRINGS.en)).toEqual([]);
  });
});
