import { describe, expect, test } from 'vitest';
import { applyEdits, positionIn } from './edits';

describe('applyEdits', () => {
  test('insertions and a replacement, and every position of the result traced back', () => {
    const source = 'a = await x; b.c\nimport q;\nd';
    const e = applyEdits(source, [
      { start: 0, end: 0, text: 'P; ' },
      { start: 10, end: 10, text: 'f(' }, { start: 11, end: 11, text: ')' },
      { start: 17, end: 26, text: 'const q = 1;' },
    ]);
    expect(e.text).toBe('P; a = await f(x); b.c\nconst q = 1;\nd');
    // Copied characters map one to one; worked out by hand from the strings above.
    expect(e.original(1, 4)).toEqual({ line: 1, column: 1 });   // a
    expect(e.original(1, 16)).toEqual({ line: 1, column: 11 }); // x
    expect(e.original(1, 20)).toEqual({ line: 1, column: 14 }); // b
    expect(e.original(1, 21)).toEqual({ line: 1, column: 15 }); // .
    expect(e.original(3, 1)).toEqual({ line: 3, column: 1 });   // d
    // Added text maps to the source character it stands before.
    expect(e.original(1, 1)).toEqual({ line: 1, column: 1 });   // inside the prefix
    expect(e.original(1, 15)).toEqual({ line: 1, column: 11 }); // the `(` of f(
    expect(e.original(1, 17)).toEqual({ line: 1, column: 12 }); // the added `)`: before `;`
    expect(e.original(2, 7)).toEqual({ line: 2, column: 1 });   // inside the replaced import
  });

  test('edits at one offset keep their order; overlapping edits are refused', () => {
    expect(applyEdits('x', [{ start: 0, end: 0, text: 'a' }, { start: 0, end: 0, text: 'b' }]).text).toBe('abx');
    expect(() => applyEdits('xyz', [{ start: 0, end: 2, text: '' }, { start: 1, end: 1, text: 'a' }])).toThrow(/overlapping/);
  });

  test('columns past a line\'s end stay on that line; offsets as positions', () => {
    expect(applyEdits('ab\ncd', []).original(1, 99)).toEqual({ line: 1, column: 3 });
    expect(applyEdits('ab\ncd', []).sourceOffset(2, 2)).toBe(4);
    expect(positionIn('ab\ncd')(4)).toEqual({ line: 2, column: 2 });
    expect(positionIn('ab\ncd')(0)).toEqual({ line: 1, column: 1 });
  });
});
