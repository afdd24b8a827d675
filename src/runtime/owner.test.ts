import { describe, expect, test } from 'vitest';
import { createOwners, PRIMITIVES_KEPT, type OwnerTarget } from './owner';

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

  test('a cell that replaced Function.prototype.apply or call neither runs as another run nor gets its callbacks', async () => {
    const s = session();
    let go!: () => void;
    const callback = () => {};
    void new s.P<void>((r) => { go = r; }).then(callback);
    s.end();
    s.begin2();
    const { apply, call } = Function.prototype;
    const nativeThen = Promise.prototype.then;
    const ranAs: unknown[] = [];
    const handed: unknown[] = [];
    // Run 2's replacements: one notes the run current when it is used to call run 1's callback.
    Function.prototype.apply = function (this: (...a: unknown[]) => unknown, self: unknown, args?: unknown[]) {
      if (this === callback) ranAs.push(s.owners.current());
      return Reflect.apply(this, self, args ?? []);
    };
    try {
      go();
      await settle();
    } finally {
      Function.prototype.apply = apply;
    }
    // The other is handed what `then` is called with, for a callback of run 2's (only while it is replaced).
    Function.prototype.call = function (this: (...a: unknown[]) => unknown, self: unknown, ...args: unknown[]) {
      if (this === nativeThen) handed.push(...args);
      return Reflect.apply(this, self, args);
    };
    try {
      void new s.P<void>((r) => r()).then(() => {});
    } finally {
      Function.prototype.call = call;
    }
    expect(ranAs).toEqual([]);
    expect(handed).toEqual([]);
  });

  test('callbacks registered by code of the run in progress are not wrapped into a switch', async () => {
    const s = session();
    const seen: unknown[] = [];
    await new s.P<void>((r) => r()).then(() => { seen.push(s.owners.current()); });
    expect(seen).toEqual([s.runs.one]);
    expect(s.switches).toEqual([]);
  });
});

describe('the code after an await (prepare.ts makes `await x` into `await owned(x)`)', () => {
  test('resumed during run 2, an async function run 1 started runs as run 1\'s, and run 2 is current after it', async () => {
    const s = session();
    let go!: () => void;
    const seen: unknown[] = [];
    const started = (async () => {
      await s.owners.owned(new Promise<void>((r) => { go = r; }));
      seen.push(s.owners.current());
      queueMicrotask(() => seen.push(s.owners.current())); // the engine's own: queued after the continuation's turn
    })();
    s.end();
    s.begin2();
    go();
    await started;
    await settle();
    expect(seen).toEqual([s.runs.one, s.runs.two]);
    expect(s.owners.current()).toBe(s.runs.two);
    expect(s.switches).toEqual([1, 2]);
  });

  test('a rejected await resumes as its run too, in the catch block and in a finally the error leaves through', async () => {
    const s = session();
    let fail!: (e: Error) => void;
    const seen: [string, unknown][] = [];
    const gate = new Promise<void>((_, r) => { fail = r; });
    const caught = (async () => {
      try { await s.owners.owned(gate); } catch (e) { seen.push([(e as Error).message, s.owners.current()]); }
    })();
    const escaped = (async () => {
      try { await s.owners.owned(gate); } finally { seen.push(['finally', s.owners.current()]); }
    })().catch((e: Error) => e.message);
    s.end();
    s.begin2();
    fail(new Error('no'));
    await caught;
    expect(await escaped).toBe('no');
    expect(seen).toEqual([['no', s.runs.one], ['finally', s.runs.one]]);
  });

  test('between runs the continuation is its run\'s, and the idle run is reported after it', async () => {
    const s = session();
    let go!: () => void;
    const seen: unknown[] = [];
    void (async () => { await s.owners.owned(new Promise<void>((r) => { go = r; })); seen.push(s.owners.current()); })();
    s.end();
    s.begin2();
    s.end();
    go();
    await settle();
    expect(seen).toEqual([s.runs.one]);
    expect(s.switches).toEqual([1, 2]);
    expect(s.owners.current()).toBe(null);
  });

  test('the awaited value is unchanged and the wait takes as many microtask turns as a plain await', async () => {
    const s = session();
    /** Microtask turns before the code after `await x` runs, counted by a ticker queued just before. */
    const turns = (wait: (x: unknown) => unknown, make: () => unknown) => new Promise<[number, unknown]>((done) => {
      let ticks = 0;
      let stop = false;
      const tick = () => { if (!stop) { ticks++; queueMicrotask(tick); } };
      queueMicrotask(tick);
      void (async () => {
        let got: unknown;
        try { got = await wait(make()); } catch (e) { got = ['rejected', e]; }
        stop = true;
        done([ticks, got]);
      })();
      s.end(); // the continuation belongs to a finished run: the owned wait does its work
      s.begin2();
    });
    let later!: (v: number) => void;
    const makers: (() => unknown)[] = [
      () => 1,
      () => Promise.resolve(2),
      () => Promise.reject(3),
      () => ({ then(ok: (v: number) => void) { ok(4); } }),
      () => new s.P<number>((r) => r(5)), // a promise of another constructor: awaited as a thenable
      () => { const p = new Promise<number>((r) => { later = r; }); queueMicrotask(() => later(6)); return p; },
    ];
    for (const make of makers) {
      const plain = await turns((x) => x, make);
      const owned = await turns((x) => s.owners.owned(x), make);
      expect(owned).toEqual(plain);
    }
  });

  test('a cell that replaced Function.prototype.call or Promise.prototype.then is not handed a run\'s resume', () => {
    const s = session();
    const handed: unknown[] = [];
    const { call } = Function.prototype;
    const { then } = Promise.prototype;
    // Both replaced only for the synchronous call to owned(): nothing else runs meanwhile.
    Function.prototype.call = function (this: unknown, ...args: unknown[]) { handed.push(...args); return Reflect.apply(this as () => unknown, args[0], args.slice(1)); };
    Promise.prototype.then = function (this: Promise<unknown>, ...args: unknown[]) { handed.push(...args); return Reflect.apply(then, this, args); } as typeof then;
    try {
      s.end();
      s.begin2();
      void s.owners.owned(Promise.resolve(1));
    } finally {
      Function.prototype.call = call;
      Promise.prototype.then = then;
    }
    expect(handed.filter((h) => typeof h === 'function')).toEqual([]);
  });
});

describe('promises the constructor\'s functions make belong to the run that called them', () => {
  test('Promise.reject, all, allSettled, any, race, withResolvers and try: each unhandled rejection is put on its run, also while another runs', async () => {
    const s = session();
    const error = new Error('nobody caught this');
    const made = {
      reject: s.P.reject(error),
      all: s.P.all([1, s.P.reject(error)]),
      allSettled: s.P.allSettled([]),
      any: s.P.any([s.P.reject(error)]),
      race: s.P.race([s.P.reject(error)]),
      withResolvers: s.P.withResolvers<void>().promise,
      try: (s.P as unknown as { try(f: () => never): Promise<never> }).try(() => { throw error; }),
    };
    for (const p of Object.values(made)) p.catch(() => {}); // handled here: no unhandled rejection in the test run
    s.end();
    s.begin2(); // reported later, while run 2 runs: still run 1's
    for (const [name, p] of Object.entries(made)) {
      expect(p, name).toBeInstanceOf(s.P); // the subclass's own promises, as the native functions make them
      expect(s.owners.ownerOf(p), name).toBe(s.runs.one);
      expect(s.owners.blame(p, error), name).toBe(s.runs.one);
    }
    // Made during run 2: run 2's. Untouched by the patch: what the functions do and how they look.
    expect(s.owners.ownerOf(s.P.reject(7).catch(() => {}))).toBe(s.runs.two);
    expect(await s.P.all([1, s.P.resolve(2)])).toEqual([1, 2]);
    expect(await s.P.race([s.P.resolve('a'), new s.P(() => {})])).toBe('a');
    expect(await s.P.reject(error).then(() => 'no', (e: Error) => e.message)).toBe('nobody caught this');
    expect([s.P.reject.name, s.P.reject.length, s.P.all.name, s.P.all.length]).toEqual(['reject', 1, 'all', 1]);
    expect(Object.getOwnPropertyDescriptor(s.P, 'reject')?.enumerable).toBe(false);
    // A bare `new Promise` is not tagged (the constructor is left as the engine's): the current run is blamed.
    const bare = new s.P((_, rej) => rej(error));
    bare.catch(() => {});
    expect(s.owners.ownerOf(bare)).toBe(undefined);
  });
});

describe('what leaves an async function, noted by the catch prepare.ts wraps its body in', () => {
  test('an object is its thrower\'s until another run throws it; a primitive only until asked, the newest throw winning', () => {
    const s = session();
    const error = new Error('e');
    const made = new s.P<void>((r) => r()).then(() => {}); // run 1's promise
    expect(s.owners.owned(error, 'thrown')).toBe(error);
    expect(s.owners.owned(7, 'thrown')).toBe(7);
    s.end();
    s.begin2();
    expect(s.owners.thrower(error)).toBe(s.runs.one);
    expect(s.owners.thrower(error)).toBe(s.runs.one);
    s.owners.thrown(7);
    expect(s.owners.thrower(7)).toBe(s.runs.two);
    expect(s.owners.thrower(7)).toBe(undefined);
    expect(s.owners.thrower(new Error('e'))).toBe(undefined);
    // The worker's choice for an unhandled rejection: the promise's own run, else the thrower, else the current run.
    s.owners.thrown(error);
    expect(s.owners.blame(made, error)).toBe(s.runs.one);
    expect(s.owners.blame(Promise.resolve(), error)).toBe(s.runs.two);
    expect(s.owners.blame(Promise.resolve(), 'never thrown')).toBe(s.runs.two);
    s.end();
    expect(s.owners.blame(Promise.resolve(), 'never thrown')).toBe(null);
  });

  test('only the last primitives are kept: an old one is forgotten', () => {
    const s = session();
    for (let i = 0; i <= PRIMITIVES_KEPT; i++) s.owners.thrown(i);
    expect(s.owners.thrower(0)).toBe(undefined);
    expect(s.owners.thrower(1)).toBe(s.runs.one);
    expect(s.owners.thrower(PRIMITIVES_KEPT)).toBe(s.runs.one);
  });
});
