import { describe, expect, it } from 'vitest';
import { syncScrollRegion } from './scroll-regions';
import { MATH_STRINGS } from './strings';

/** The parts of an overflowing display equation that syncScrollRegion touches, on a page in `htmlLang`. */
function fakeEquation(htmlLang: string, tag: string | null) {
  const attrs = new Map<string, string>();
  return {
    scrollWidth: 900, clientWidth: 300, tagName: 'SPAN', tabIndex: -1,
    ownerDocument: { documentElement: { lang: htmlLang } },
    querySelector: (sel: string) => (sel === '.katex-tag' && tag !== null ? { textContent: tag } : null),
    setAttribute: (k: string, v: string) => attrs.set(k, v),
    hasAttribute: (k: string) => attrs.has(k),
    removeAttribute: (k: string) => attrs.delete(k),
    attrs,
  };
}

describe('scroll regions name equations in the page\'s language', () => {
  it('a wide equation on a Chinese page is a group named in Chinese', () => {
    const el = fakeEquation('zh-CN', '(4.3)');
    expect(syncScrollRegion(el as unknown as HTMLElement)).toBe(true);
    expect(el.attrs.get('aria-label')).toBe(MATH_STRINGS.zh.scrollRegion('(4.3)'));
    expect(el.attrs.get('aria-label')).toBe('公式 (4.3)，可横向滚动');
    const untagged = fakeEquation('zh-CN', null);
    syncScrollRegion(untagged as unknown as HTMLElement);
    expect(untagged.attrs.get('aria-label')).toBe('公式，可横向滚动');
  });

  it('on an English page the name stays English', () => {
    const el = fakeEquation('en', '(4.3)');
    syncScrollRegion(el as unknown as HTMLElement);
    expect(el.attrs.get('aria-label')).toBe('Equation (4.3), scrolls sideways');
  });
});
