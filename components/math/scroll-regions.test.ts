import { describe, expect, it } from 'vitest';
import { syncDeferredScrollRegion, syncScrollRegion, syncScrollRegions } from './scroll-regions';
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

/**
 * A scroller of `inner` px content in a `box` px box that logs its layout reads and attribute writes to `log`;
 * `visibility` stands for checkVisibility: whether it is hidden by a skipped block, or hidden at all.
 */
function loggedScroller(name: string, inner: number, box: number, log: string[], visibility?: { skippedAncestor: boolean }) {
  const attrs = new Map<string, string>();
  return {
    tagName: 'SPAN',
    get scrollWidth() { log.push(`read ${name}`); return inner; },
    get clientWidth() { log.push(`read ${name}`); return box; },
    set tabIndex(v: number) { log.push(`write ${name}`); attrs.set('tabindex', String(v)); },
    ownerDocument: { documentElement: { lang: 'en' } },
    querySelector: () => null,
    setAttribute: (k: string, v: string) => { log.push(`write ${name}`); attrs.set(k, v); },
    hasAttribute: (k: string) => attrs.has(k),
    removeAttribute: (k: string) => { log.push(`write ${name}`); attrs.delete(k); },
    ...(visibility && {
      checkVisibility: (opts?: { contentVisibilityAuto?: boolean }) => !(opts?.contentVisibilityAuto && visibility.skippedAncestor),
    }),
    attrs,
  };
}

describe('syncing many scrollers', () => {
  it('reads every size before writing any attribute, and marks exactly those that overflow', () => {
    const log: string[] = [];
    const wide = loggedScroller('wide', 700, 320, log);
    const fits = loggedScroller('fits', 300, 320, log);
    const wider = loggedScroller('wider', 1000, 320, log);
    // Was wide before (a tab stop), fits now: its attributes go.
    const shrunk = loggedScroller('shrunk', 320, 320, log);
    shrunk.setAttribute('tabindex', '0'); shrunk.setAttribute('role', 'group'); shrunk.setAttribute('aria-label', 'x');
    log.length = 0;
    syncScrollRegions([wide, fits, wider, shrunk] as unknown as HTMLElement[]);
    const firstWrite = log.findIndex((l) => l.startsWith('write'));
    const lastRead = log.findLastIndex((l) => l.startsWith('read'));
    expect(firstWrite).toBeGreaterThan(lastRead);
    expect(new Set(log.filter((l) => l.startsWith('read')))).toEqual(new Set(['read wide', 'read fits', 'read wider', 'read shrunk']));
    expect([wide, fits, wider, shrunk].map((s) => s.attrs.get('tabindex') ?? null)).toEqual(['0', null, '0', null]);
    expect(wide.attrs.get('role')).toBe('group');
    expect(shrunk.attrs.has('role')).toBe(false);
    expect(shrunk.attrs.has('aria-label')).toBe(false);
  });

  it('with `later`, marks those that overflow and hands those that read as fitting to it, unchanged', () => {
    const log: string[] = [];
    const wide = loggedScroller('wide', 700, 320, log);
    // A tab stop that now reads as fitting: it may be off screen and skipped (its box is its stand-in), so it is
    // measured apart, and keeps its attributes until then.
    const skipped = loggedScroller('skipped', 320, 320, log);
    skipped.setAttribute('tabindex', '0');
    const later: unknown[] = [];
    syncScrollRegions([wide, skipped] as unknown as HTMLElement[], (els) => later.push(...els));
    expect(later).toEqual([skipped]);
    expect(wide.attrs.get('tabindex')).toBe('0');
    expect(skipped.attrs.get('tabindex')).toBe('0');
  });
});

/** A display equation whose content is skipped until something inside it is measured (Chromium's forced layout). */
function skippedEquation(inner: number, box: number) {
  let laidOut = false;
  const content = {
    checkVisibility: (o?: { contentVisibilityAuto?: boolean }) => !o?.contentVisibilityAuto,
    getBoundingClientRect: () => { laidOut = true; return { width: box }; },
  };
  const el = Object.assign(loggedScroller('eq', 0, box, []), { firstElementChild: content });
  return Object.defineProperty(el, 'scrollWidth', { get: () => (laidOut ? inner : box) });
}

describe('measuring a scroller apart (idle time)', () => {
  it('lays out the skipped content of an equation first, so a too-wide one becomes a tab stop', () => {
    const wide = skippedEquation(700, 320);
    syncDeferredScrollRegion(wide as unknown as HTMLElement);
    expect(wide.attrs.get('tabindex')).toBe('0');
    expect(wide.attrs.get('role')).toBe('group');
    const fits = skippedEquation(300, 320);
    syncDeferredScrollRegion(fits as unknown as HTMLElement);
    expect(fits.attrs.has('tabindex')).toBe(false);
  });
});
