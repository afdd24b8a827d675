import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createRunTimers, type NativeTimers } from './timers';

const native = (): NativeTimers => ({
  setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id),
  setInterval: (fn, ms) => setInterval(fn, ms) as unknown as number, clearInterval: (id) => clearInterval(id),
});

describe('timers of one run', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => vi.useRealTimers());

  test('timers work while the run lasts, and stop() cancels what is pending, counting it', () => {
    const ticks: string[] = [];
    const t = createRunTimers(native(), () => {});
    t.setInterval(() => ticks.push('tick'), 20);
    t.setTimeout((a: unknown) => ticks.push(`once ${a}`), 30, 'x');
    t.setTimeout(() => ticks.push('late'), 1000);
    vi.advanceTimersByTime(45);
    expect(ticks).toEqual(['tick', 'once x', 'tick']);
    expect(t.stop()).toBe(2); // the interval and the 1000 ms timeout
    vi.advanceTimersByTime(5000);
    expect(ticks).toHaveLength(3);
    expect(t.setTimeout(() => ticks.push('after'), 0)).toBe(0);
    vi.advanceTimersByTime(10);
    expect(ticks).toHaveLength(3);
  });

  test('cleared timers are not counted; errors in callbacks are reported, not thrown', () => {
    const errors: unknown[] = [];
    const t = createRunTimers(native(), (e) => errors.push(e));
    const id = t.setTimeout(() => {}, 50);
    t.clearTimeout(id);
    t.setTimeout(() => { throw new Error('thrown later'); }, 10);
    vi.advanceTimersByTime(10);
    expect((errors[0] as Error).message).toBe('thrown later');
    expect(t.stop()).toBe(0);
  });

  test('a string of code is refused', () => {
    const t = createRunTimers(native(), () => {});
    expect(() => t.setTimeout('while(true){}', 0)).toThrow(/need a function/);
  });
});
