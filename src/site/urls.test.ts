import { describe, expect, it } from 'vitest';
import { href, lessonHref, parseEntryId, referenceHref } from './urls';

describe('urls', () => {
  it('turns collection ids into stable slugs without the order prefix', () => {
    expect(parseEntryId('en/01-notation')).toEqual({ lang: 'en', file: '01-notation', slug: 'notation' });
    expect(parseEntryId('zh/03-chain-rule').slug).toBe('chain-rule');
  });
  it('keeps English unprefixed and puts other languages under their path', () => {
    expect(lessonHref('en/01-notation')).toBe('/lessons/notation/');
    expect(lessonHref('zh/01-notation')).toBe('/zh/lessons/notation/');
    expect(referenceHref('en/glossary')).toBe('/reference/glossary/');
  });
  it('adds a trailing slash to pages but not to files or anchors', () => {
    expect(href('')).toBe('/');
    expect(href('lessons/notation')).toBe('/lessons/notation/');
    expect(href('favicon.svg')).toBe('/favicon.svg');
    expect(href('lessons/notation/#eq-1.1')).toBe('/lessons/notation/#eq-1.1');
  });
});
