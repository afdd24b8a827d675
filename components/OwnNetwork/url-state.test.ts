import { describe, expect, it } from 'vitest';
import { decodeSpecText, encodeSpecText, urlWithSpec } from './url-state';
import { parseSpec, specText } from './spec';
import { MAZUR, PRESETS } from './presets';

describe('the network in the URL', () => {
  it('round-trips a form through a link, keeping other parameters and the hash', () => {
    const t = specText(PRESETS.tanhXor);
    const url = urlWithSpec('https://x.test/lessons/algorithm/?a=1#own', t);
    const u = new URL(url);
    expect(u.searchParams.get('a')).toBe('1');
    expect(u.hash).toBe('#own');
    expect(decodeSpecText(u.search, specText(MAZUR))).toEqual(t);
    expect(parseSpec(decodeSpecText(u.search, specText(MAZUR))!)).toEqual({ ok: true, spec: PRESETS.tanhXor });
  });

  it('treats a damaged link as a form to validate, never as a crash', () => {
    const fallback = specText(MAZUR);
    expect(decodeSpecText('?net=%7Bnot%20json', fallback)).toBeNull();
    expect(decodeSpecText('', fallback)).toBeNull();
    const partial = decodeSpecText(`?net=${encodeURIComponent(JSON.stringify({ sizes: '2-3-2', x: 5 }))}`, fallback)!;
    expect(partial).toEqual({ ...fallback, sizes: '2-3-2' });
    expect(parseSpec(partial).ok).toBe(false);
    expect(encodeSpecText(fallback)).toContain('"sizes":"2-2-2"');
  });
});
