import { describe, expect, it } from 'vitest';
import { clip } from './text';

describe('clip', () => {
  it('keeps a short text whole and cuts a long one after max characters, counting 𝑥 as one', () => {
    expect(clip('lr=0.03', 24)).toBe('lr=0.03');
    expect(clip('abcdef', 6)).toBe('abcdef');
    expect(clip('abcdefg', 6)).toBe('abcdef…');
    expect(clip('𝑥𝑥𝑥𝑥', 3)).toBe('𝑥𝑥𝑥…');
  });
});
