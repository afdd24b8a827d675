import { describe, expect, test } from 'vitest';
import { cellKey, exerciseKey, isPassed, loadEdit, markPassed, openStore, saveEdit } from './storage';

/** A Map-backed Storage with an optional byte quota, like a browser's. */
function memory(quota = Infinity): Storage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...m].reduce((n, [a, b]) => n + a.length + b.length, 0);
      if (used + k.length + v.length > quota) throw new DOMException('quota', 'QuotaExceededError');
      m.set(k, String(v));
    },
    removeItem: (k) => { m.delete(k); },
    clear: () => m.clear(),
  };
}

describe('storage', () => {
  test('keys are versioned and scoped by page and cell', () => {
    expect(cellKey('lessons/notation', 'forward')).toBe('bpn:v1:cell:lessons/notation:forward');
    expect(cellKey('a', 'b')).not.toBe(cellKey('a:b', ''));
    expect(exerciseKey('delta-output')).toBe('bpn:v1:exercise:delta-output');
  });
  test('round trip', () => {
    const s = openStore(() => memory());
    expect(saveEdit(s, 'k', 'const x = 1;')).toBe(true);
    expect(loadEdit(s, 'k')).toBe('const x = 1;');
    expect(markPassed(s, 'e')).toBe(true);
    expect(isPassed(s, 'e')).toBe(true);
  });
  test('disabled storage: getter throws → reads null, writes false, never throws', () => {
    const s = openStore(() => { throw new DOMException('denied', 'SecurityError'); });
    expect(s.available).toBe(false);
    expect(loadEdit(s, 'k')).toBeNull();
    expect(saveEdit(s, 'k', 'x')).toBe(false);
    expect(isPassed(s, 'e')).toBe(false);
  });
  test('full storage: the write reports false', () => {
    const s = openStore(() => memory(20));
    expect(saveEdit(s, 'k', 'x'.repeat(100))).toBe(false);
    expect(loadEdit(s, 'k')).toBeNull();
  });
  test('corrupt values are ignored and removed', () => {
    const raw = memory();
    raw.setItem('k', '{not json');
    raw.setItem('k2', JSON.stringify({ v: 99, code: 'future' }));
    raw.setItem(exerciseKey('e'), '[');
    const s = openStore(() => raw);
    expect(loadEdit(s, 'k')).toBeNull();
    expect(raw.getItem('k')).toBeNull();
    expect(loadEdit(s, 'k2')).toBeNull();
    expect(isPassed(s, 'e')).toBe(false);
  });
  test('a storage whose every method throws', () => {
    const hostile = new Proxy({}, { get() { throw new Error('nope'); } }) as Storage;
    const s = openStore(() => hostile);
    expect(s.get('k')).toBeNull();
    expect(s.set('k', 'v')).toBe(false);
    expect(s.remove('k')).toBe(false);
  });
});
