import { describe, expect, test } from 'vitest';
import { createOwners, type OwnerTarget } from './owner';

/** Two runs one after the other, as the worker has them: run 1 ends, then run 2 begins. */
function session() {
  const runs = { one: { id: 1 }, two: { id: 2 } };
  let running: { id: number } | null = runs.one;
  let last = runs.one;
  const switches: number[] = [];
  const errors: [number, string][] = [];
  const owners = createOwners({
    active: () => running,
    idle: () => running ?? last,
    switched: (r) => switches.push(r.id),
    onError: (r, e) => errors.push([r.id, (e as Error).message]),
  });
  // A promise class of its own, so the test patches its `then`, not the one every other test uses.
  class P<T> extends Promise<T> {}
  const target: OwnerTarget = { Promise: P as unknown as PromiseConstructor, queueMicrotask: (cb) => queueMicrotask(cb) };
  owners.install(target);
  return {
    owners, target, P, runs, switches, errors,
    end: () => { running = null; },
    begin2: () => { running = runs.two; last = runs.two; },
  };
}
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

describe('callbacks belong to the run that registered them', () => {
  test('a then-callback of run 1 that runs during run 2 is run 1\'s, and so is the promise it rejects', async () => {
    const s = session();
    let go!: () => void;
    let seen: unknown = 'not called';
    const rejected = new s.P<void>((r) => { go = r; }).then(() => { seen = s.owners.current(); throw new Error('late'); });
    s.end();
    s.begin2();
    const outcome = rejected.then(() => 'resolved', (e: Error) => e.message); // run 2's own handler: no switch
    go(); // run 2 resolves the promise run 1 made
    await settle();
    expect(await outcome).toBe('late');
    expect(seen).toBe(s.runs.one);
    expect(s.owners.ownerOf(rejected)).toBe(s.runs.one);
    expect(s.owners.current()).toBe(s.runs.two); // the callback is over: run 2 runs again
    expect(s.switches).toEqual([1, 2]); // run 1's code started, then run 2's was back
  });

  test('between runs, a finished run\'s callback is reported as running, and the last run afterwards', async () => {
    const s = session();
    let go!: () => void;
    const seen: unknown[] = [];
    void new s.P<void>((r) => { go = r; }).then(() => { seen.push(s.owners.current()); });
    s.end();
    s.begin2();
    s.end(); // run 2 finished too: nothing runs
    go();
    await settle();
    expect(seen).toEqual([s.runs.one]);
    expect(s.switches).toEqual([1, 2]);
    expect(s.owners.current()).toBe(null);
  });

  test('catch and finally go through then; callbacks nested in a callback keep its run', async () => {
    const s = session();
    let go!: (v: number) => void;
    const seen: [string, unknown][] = [];
    const p = new s.P<number>((r) => { go = r; });
    void p.finally(() => seen.push(['finally', s.owners.current()]));
    void p.then(() => { s.target.queueMicrotask!(() => seen.push(['microtask', s.owners.current()])); throw new Error('x'); })
      .catch(() => seen.push(['catch', s.owners.current()]));
    s.end();
    s.begin2();
    go(1);
    await settle();
    expect(seen).toEqual([['finally', s.runs.one], ['microtask', s.runs.one], ['catch', s.runs.one]]);
  });

  test('what a queued microtask throws is reported with its run, not thrown into the global handler', async () => {
    const s = session();
    let go!: () => void;
    void new s.P<void>((r) => { go = r; }).then(() => s.target.queueMicrotask!(() => { throw new Error('in a microtask'); }));
    s.end();
    s.begin2();
    go();
    await settle();
    expect(s.errors).toEqual([[1, 'in a microtask']]);
  });

  test('callbacks registered by code of the run in progress are not wrapped into a switch', async () => {
    const s = session();
    const seen: unknown[] = [];
    await new s.P<void>((r) => r()).then(() => { seen.push(s.owners.current()); });
    expect(seen).toEqual([s.runs.one]);
    expect(s.switches).toEqual([]);
  });
});
