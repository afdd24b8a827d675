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
    expect(zh.replaceAll(SHARED_STRINGS.zh.exact(exact), '')).toBe(en.replaceAll(SHARED_STRINGS.en.exact(exact), ''));
    expect(leakedWords(readerText(zh), SHARED_STRINGS.en)).toEqual([]);
  });

  it('the no-JavaScript note is Chinese around the controls it names', () => {
    const note = SHARED_STRINGS.zh.needsJs('“上一步”按钮');
    expect(note.startsWith('“上一步”按钮')).toBe(true);
    expect(latinWords(note)).toEqual([]); // JavaScript is a proper noun, allowed in both languages
    expect(leakedWords(note, SHARED_STRINGS.en)).toEqual([]);
  });
});
