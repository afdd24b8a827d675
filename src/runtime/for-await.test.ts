import { describe, expect, test } from 'vitest';
import { createOwners, type OwnerTarget } from './owner';
import { prepareCell } from './prepare';
import { exporter, type Scope } from './scope';

/** Two runs as the worker has them (owner.ts), on a promise class of their own so the global `then` stays unpatched. */
function session() {
  const runs = { one: { id: 1 }, two: { id: 2 } };
  let running: { id: number } | null = runs.one;
  let last = runs.one;
  const owners = createOwners({ active: () => running, idle: () => running ?? last, switched: () => {}, onError: () => {} });
  owners.install({ Promise: class extends Promise<unknown> {} as unknown as PromiseConstructor, queueMicrotask: (cb) => queueMicrotask(cb) } satisfies OwnerTarget);
  return { owners, runs, end: () => { running = null; }, begin2: () => { running = runs.two; last = runs.two; } };
}
const settle = () => new Promise<void>((r) => setTimeout(r, 0));
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;

describe('a for await loop of a finished cell goes on as that cell\'s (prepare.ts wraps its iterable)', () => {
  /** Runs `code` as cell 1, ends it, begins run 2, then calls `step` (run 2's code) until `seen` has `count` entries. */
  async function loop(code: string, count: number) {
    const s = session();
    const scope: Scope = Object.create(null);
    const p = prepareCell(code, [], new Set(), { owned: '__bpnOwned' });
    const current = () => (s.owners.current() as { id: number } | null)?.id;
    await new AsyncFunction('__bpnScope', '__bpnExport', '__bpnOwned', 'current', p.js)(scope, exporter(scope, p, new Set()), s.owners.owned, current);
    s.end();
    s.begin2();
    const seen = scope.seen as unknown[];
    while (seen.length < count) {
      (scope.step as () => void)(); // run 2 lets the loop of run 1 go on
      await settle();
    }
    return seen;
  }

  test('over an async iterator: the body and the code after the loop run as cell 1, not as cell 2 that resumed them', async () => {
    const seen = await loop([
      'let step = () => {};',
      'const seen = [];',
      'const gated = { [Symbol.asyncIterator]() { let i = 0; return { next: () => new Promise((r) => { step = () => { i++; r({ value: i, done: i > 2 }); }; }) }; } };',
      '(async () => { for await (const x of gated) seen.push([x, current()]); seen.push(["after", current()]); })();',
    ].join('\n'), 3);
    expect(seen).toEqual([[1, 1], [2, 1], ['after', 1]]);
  });

  test('over an array of promises (a sync iterable), and after a break that waits on the iterator\'s return()', async () => {
    const seen = await loop([
      'const gates = [];',
      'const step = () => gates.shift()();',
      'const seen = [];',
      'const gate = () => new Promise((r) => { gates.push(r); });',
      '(async () => { for await (const x of [gate(), gate()]) seen.push(["sync", current()]); seen.push(["after sync", current()]); })();',
    ].join('\n'), 3);
    expect(seen).toEqual([['sync', 1], ['sync', 1], ['after sync', 1]]);
    const broke = await loop([
      'let step = () => {};',
      'const seen = [];',
      'const closing = { [Symbol.asyncIterator]: () => ({ next: async () => ({ value: 1, done: false }), return: () => new Promise((r) => { step = () => r({ done: true }); }) }) };',
      '(async () => { for await (const x of closing) { seen.push(["body", current()]); break; } seen.push(["after break", current()]); })();',
    ].join('\n'), 2);
    expect(broke).toEqual([['body', 1], ['after break', 1]]);
  });
});

describe('the wrapped iterable behaves as the engine\'s for await', () => {
  /**
   * What a loop over `make()` observes, as the loop is written (`wrap` = identity) and wrapped: each value or
   * error with the microtask turns before it, counted by a ticker queued just before; calls logged by the iterable.
   */
  async function trace(wrap: (it: unknown) => unknown, make: (log: unknown[]) => unknown, stopAt?: unknown) {
    const log: unknown[] = [];
    let ticks = 0;
    let stop = false;
    const tick = () => { if (!stop) { ticks++; queueMicrotask(tick); } };
    queueMicrotask(tick);
    try {
      for await (const x of wrap(make(log)) as AsyncIterable<unknown>) {
        log.push(['value', x, ticks]);
        if (x === stopAt) break;
      }
      log.push(['done', ticks]);
    } catch (e) {
      log.push(['error', e instanceof Error ? `${e.constructor.name}` : e, ticks]);
    }
    stop = true;
    return log;
  }
  /** Fulfils a few microtask turns later (no timers: the ticker keeps the microtask queue busy until the end). */
  const later = (v: unknown) => Promise.resolve().then(() => undefined).then(() => v);
  /** A sync iterator over `values` that logs its calls (`return` only if `closable`). */
  const syncOf = (make: () => unknown[], closable: boolean) => (log: unknown[]) => ({
    [Symbol.iterator]() {
      let i = 0;
      const values = make();
      return {
        next: () => { log.push('next'); return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
        ...(closable ? { return: () => { log.push('return'); return { value: undefined, done: true }; } } : {}),
      };
    },
  });
  const cases: [string, (log: unknown[]) => unknown, unknown?][] = [
    ['an array of values, promises and a thenable', () => [1, Promise.resolve(2), later(3), { then: (ok: (v: number) => void) => ok(4) }]],
    ['an array with a rejected promise', () => [1, Promise.reject(new RangeError('no'))]],
    ['a sync iterator closed when a value rejects', syncOf(() => [1, Promise.reject(new RangeError('no')), 3], true)],
    ['a sync iterator with return, left by break', syncOf(() => [1, 2, 3], true), 2],
    ['a sync iterator without return, left by break', syncOf(() => [1, 2, 3], false), 2],
    ['a string', () => 'ab'],
    ['an async generator, left by break', (log) => (async function* () { try { yield 1; yield await later(2); yield 3; } finally { log.push('finally'); } })(), 2],
    ['an async iterator with no return, left by break', () => ({ [Symbol.asyncIterator]: () => ({ next: () => ({ value: 7, done: false }) }) }), 7],
    ['an async iterator whose next throws', () => ({ [Symbol.asyncIterator]: () => ({ next: () => { throw new SyntaxError('bad'); } }) })],
    ['a next() result that is not an object', () => ({ [Symbol.asyncIterator]: () => ({ next: () => 5 }) })],
    ['a sync next() result that is not an object', () => ({ [Symbol.iterator]: () => ({ next: () => 5 }) })],
    ['a value that is not iterable', () => 5],
    ['null', () => null],
  ];
  test.each(cases)('%s: same values, errors, calls and microtask turns', async (_, make, stopAt) => {
    const s = session();
    // The loop starts while run 1 is current, then run 1 ends: the wrapped loop resumes it at each wait.
    const wrapped = trace((it) => s.owners.each(it), make, stopAt);
    s.end();
    s.begin2();
    const ownedLog = await wrapped;
    expect(ownedLog).toEqual(await trace((it) => it, make, stopAt));
  });
});
