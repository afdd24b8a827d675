import { describe, expect, it } from 'vitest';
import { IdleQueue, type IdleHost } from './idle-queue';

/** A host whose clock moves only as work is done, and whose idle callbacks run when the test says. */
function fakeHost(withIdle: boolean) {
  let clock = 0;
  const pending: (() => void)[] = [];
  const waits: string[] = [];
  const host: IdleHost = {
    performance: { now: () => clock },
    setTimeout: (run, ms) => { waits.push(`timeout ${ms}`); pending.push(run); return 0; },
    ...(withIdle && {
      requestIdleCallback: (run: (d: IdleDeadline) => void, options?: IdleRequestOptions) => {
        waits.push(`idle ${options?.timeout}`);
        pending.push(() => run({ didTimeout: false, timeRemaining: () => 50 }));
        return 0;
      },
    }),
  };
  /** Runs the one turn scheduled now; returns how many were scheduled. */
  const runTurn = () => { const n = pending.length; pending.splice(0).forEach((run) => run()); return n; };
  return { host, runTurn, waits, advance: (ms: number) => { clock += ms; } };
}

describe('IdleQueue', () => {
  it('does items in idle turns of about its budget, in order, each once, and stops when empty', () => {
    const { host, runTurn, waits, advance } = fakeHost(true);
    const done: string[] = [];
    const q = new IdleQueue<string>((item) => { done.push(item); advance(3); }, host, 5, 800);
    q.add(['a', 'b', 'c', 'b', 'd', 'e']);
    q.add(['c']);
    expect(done).toEqual([]);
    expect(waits).toEqual(['idle 800']);
    // 3 ms per item, 5 ms budget: two items a turn.
    expect(runTurn()).toBe(1);
    expect(done).toEqual(['a', 'b']);
    runTurn();
    runTurn();
    expect(done).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(q.size).toBe(0);
    expect(runTurn()).toBe(0);
  });

  it('does at least one item a turn, however slow', () => {
    const { host, runTurn, advance } = fakeHost(true);
    const done: number[] = [];
    const q = new IdleQueue<number>((n) => { done.push(n); advance(40); }, host, 5);
    q.add([1, 2]);
    runTurn();
    expect(done).toEqual([1]);
    runTurn();
    expect(done).toEqual([1, 2]);
  });

  it('without requestIdleCallback waits a short timeout between turns', () => {
    const { host, runTurn, waits, advance } = fakeHost(false);
    const done: number[] = [];
    const q = new IdleQueue<number>((n) => { done.push(n); advance(3); }, host, 5);
    q.add([1, 2, 3]);
    runTurn();
    runTurn();
    expect(done).toEqual([1, 2, 3]);
    expect(waits).toEqual(['timeout 50', 'timeout 50']);
  });
});
