/**
 * Which run a callback belongs to (runs in the worker). Timers end with their cell (timers.ts), but a promise
 * callback can still run after its cell ended: on a promise a later cell resolves, or on the browser's own
 * asynchronous work (`blob.text()`, `crypto.subtle`, `WebAssembly.instantiate`). Without a tag, an error it
 * throws was shown on whichever cell ran last, and if it looped, the cell that finished last was blamed for the
 * stuck runner. So every callback passed to `Promise.prototype.then` (and `catch`/`finally`, which call it),
 * `queueMicrotask` and `scheduler.postTask` is wrapped with the run whose code registered it: while it runs,
 * that run is current, and a promise made by `then` remembers its run, for the `unhandledrejection` it may cause.
 *
 * The engine resumes the code after an `await` without calling `then`, so prepare.ts rewrites each
 * `await x` of a cell to `await owned(x)` ({@link Owners.owned}): the run current at the `await` is made
 * current again for the code after it, fulfilled or rejected, and a loop there is put on that run.
 *
 * More ways a cell's code goes on after a wait the engine makes without `then`, also rewritten by prepare.ts:
 * - a `for await` loop waits on each `next()` (and on `return()` when it leaves early): its iterable becomes
 *   `owned(it, "each")` ({@link Owners.each}), whose results pass through {@link Owners.owned};
 * - an error that leaves an async function rejects the function's promise, and an `unhandledrejection` of it
 *   comes a task later, when another run may be current: each async function's body is wrapped in
 *   `try { … } catch (e) { throw owned(e, "thrown"); }`, which notes the run that threw ({@link Owners.thrower});
 * - an `await using` declaration waits on its resource's disposal when its block ends: a resource of
 *   {@link Owners.using} is declared before it, whose disposal, last, waits through {@link Owners.owned}.
 *
 * What remains untagged (JavaScript has no async context yet):
 * - the waits of `await using` declared in a `for` head (`for (await using x of xs)`), not rewritten;
 * - a promise rejected by a `new Promise` executor's `reject`, with a value no async function of a cell threw: its
 *   `unhandledrejection` is put on the run current when it is reported (the constructor is not wrapped: a wrapped
 *   global `Promise` would no longer be the `constructor` of the engine's promises). `Promise.reject`, `all`,
 *   `allSettled`, `any`, `race`, `withResolvers` and `try` tag the promise they return with the run that called them;
 * - a value thrown out of an async function is known by identity: if the same object (or primitive) is
 *   later thrown by other means and left unhandled, it is still put on the run that threw it last;
 * - a resumed run stays current until a native microtask it queued as it resumed: a job queued before that
 *   microtask and carrying no run of its own (only the runtime's own `await`s do: cells' are rewritten) runs
 *   as that run too.
 */

import { ownedIterable, type NativePromises } from './for-await';

/** The promise constructor and task functions of a global scope, to be patched by {@link Owners.install}. */
export interface OwnerTarget {
  Promise: PromiseConstructor;
  queueMicrotask?: (cb: () => void) => void;
  scheduler?: { postTask?: (cb: () => unknown, options?: unknown) => Promise<unknown> };
}

/** The callbacks' runs; `R` is the worker's run record. */
export interface Owners<R> {
  /** The run whose code runs now: the run of the wrapped callback running, or else the run in progress. */
  current(): R | null;
  /** The run of a promise returned by a wrapped `then`, if any. */
  ownerOf(promise: unknown): R | undefined;
  /** `fn` bound to the current run: when called, that run is current; throws pass through. */
  wrap<F>(fn: F): F;
  /** Wraps the callbacks of `then`, `queueMicrotask` and `scheduler.postTask` of `target` from now on. */
  install(target: OwnerTarget): void;
  /**
   * What `await value` waits on, so that the code after that `await` runs as the current run's: prepare.ts
   * rewrites a cell's `await x` to `await owned(x)`. Returns `Promise.resolve(value)` (the very promise
   * `await` would make, so the wait takes the same number of microtask turns); a job it queues on that
   * promise makes the run current right before the continuation, whether the promise fulfils or rejects.
   * Takes no run: a cell can only pass on its own. Before {@link Owners.install}: `value` unchanged.
   * With `how`, the other rewrites of prepare.ts: `"each"` is {@link Owners.each}, `"thrown"` {@link Owners.thrown},
   * `"using"` {@link Owners.using} (`value` unused).
   */
  owned(value: unknown, how?: 'each' | 'thrown' | 'using'): unknown;
  /**
   * A resource for an `await using` declaration, declared first so that it is disposed of last (prepare.ts:
   * `await using r = x` becomes `await using owned$u0 = owned(null, "using"), r = x`): its `Symbol.asyncDispose`
   * returns what {@link Owners.owned} would for the run current now, so the code after the block, and the
   * disposal of resources declared before, run as this run's. It costs one microtask turn more at the block's end.
   */
  using(): AsyncDisposable;
  /**
   * What a `for await` loop iterates instead of `iterable` (prepare.ts: `for await (x of owned(it, "each"))`):
   * the same values, errors, closing and microtask turns (for-await.ts), but each `next()` and `return()` result
   * passes through {@link Owners.owned}, so the loop body and the code after the loop run as the current run's.
   * @throws TypeError (from {@link OwnerHooks.notIterable}) when the loop starts, if `iterable` is neither async
   * iterable nor iterable, as the engine would
   */
  each(iterable: unknown): AsyncIterable<unknown>;
  /**
   * Notes that `value` leaves an async function while the current run's code runs (prepare.ts wraps each async
   * body: `catch (e) { throw owned(e, "thrown"); }`) and returns it unchanged: if it rejects that function's
   * promise and nothing handles it, {@link Owners.thrower} tells the worker whose `unhandledrejection` it is.
   */
  thrown(value: unknown): unknown;
  /**
   * The run that last threw `reason` out of an async function, if any. An object is known until it is
   * collected; a primitive (`throw 1`) only until asked, and only among the last {@link PRIMITIVES_KEPT}.
   */
  thrower(reason: unknown): R | undefined;
  /**
   * The run an `unhandledrejection` of `promise` with `reason` belongs to: the run of the `then` that made the
   * promise, else the run that threw `reason` out of an async function, else the current run (null: none).
   */
  blame(promise: unknown, reason: unknown): R | null;
}

/** How many thrown primitives {@link Owners.thrower} keeps (they cannot be weak keys; most are caught). */
export const PRIMITIVES_KEPT = 64;

/** What {@link createOwners} needs from the worker's session. */
export interface OwnerHooks<R> {
  /** The run in progress, or null between runs. */
  active(): R | null;
  /** The run to report when no callback runs: the run in progress, or between runs the one that began last. */
  idle(): R | null;
  /** Code of `run` starts running now (a callback of another run, or back from one); called on every change. */
  switched(run: R): void;
  /** What a `queueMicrotask` callback threw (it would otherwise reach the global error handler untagged). */
  onError(run: R, e: unknown): void;
  /**
   * The error a `for await` loop throws for `value`: `"iterable"`, neither async iterable nor iterable; `"object"`,
   * an iterator or a `next()`/`return()` result that is not an object. Default: a TypeError in English.
   */
  notIterable?(kind: 'iterable' | 'object', value: unknown): Error;
}

/**
 * @example
 * ```ts
 * const owners = createOwners({ active, idle, switched: (run) => post({ type: 'active', runId: run.id }), onError: late });
 * owners.install(globalThis);
 * ```
 */
export function createOwners<R>(hooks: OwnerHooks<R>): Owners<R> {
  // Saved now, before any cell runs: `fn.apply` or `then.call` would call whatever a cell put on
  // Function.prototype, inside a callback's frame where another run is current.
  const apply = Reflect.apply;
  let inside: R | null = null;
  const made = new WeakMap<object, R>();
  const current = () => inside ?? hooks.active();

  /** `fn` run as code of `owner`; afterwards the code that runs is the outer callback's, or the idle run's. */
  function bind<A extends unknown[], T>(fn: (...a: A) => T, owner: R): (this: unknown, ...a: A) => T {
    return function (this: unknown, ...args: A): T {
      const outer = inside;
      const before = outer ?? hooks.idle();
      inside = owner;
      if (owner !== before) hooks.switched(owner);
      try {
        return apply(fn, this, args);
      } finally {
        inside = outer;
        const after = outer ?? hooks.idle();
        if (after !== null && after !== owner) hooks.switched(after);
      }
    };
  }
  /**
   * The engine's own promise functions, as `await` uses them whatever a cell does to `Promise`, and a native
   * `queueMicrotask`; set by install. Called through the saved `apply`, never `.call`: a cell that replaced
   * `Function.prototype.call` would otherwise be handed the `resume` closures of other runs.
   */
  let intrinsic: (NativePromises & { queue(cb: () => void): void }) | null = null;
  /** Who threw what out of an async function (prepare.ts's catch): objects weakly, primitives the last few. */
  const threwObject = new WeakMap<object, R>();
  const threwPrimitive = new Map<unknown, R>();
  /** Counts continuations made current; a reset ends only the newest one's turn. */
  let resumed = 0;

  /**
   * Runs as the job right before an `await`'s continuation: `owner` is current for it. The engine gives no
   * sign where the continuation's synchronous part ends (the next `await`, a `return`, a throw), so a native
   * microtask, queued now and run after the continuation, ends the turn.
   */
  function resume(owner: R): void {
    if (inside === null && owner === hooks.active()) return; // the run in progress is current anyway
    const before = inside ?? hooks.idle();
    inside = owner;
    const turn = ++resumed;
    if (owner !== before) hooks.switched(owner);
    intrinsic!.queue(() => {
      if (turn !== resumed || inside !== owner) return; // a later continuation or callback took over
      inside = null;
      const after = hooks.idle();
      if (after !== null && after !== owner) hooks.switched(after);
    });
  }

  const wrap = <F>(fn: F): F => {
    const owner = current();
    return typeof fn === 'function' && owner !== null ? bind(fn as (...a: unknown[]) => unknown, owner) as F : fn;
  };

  /** {@link Owners.owned} for `owner`. */
  function waitAs(value: unknown, owner: R | null): unknown {
    if (!intrinsic) return value;
    const p = intrinsic.resolve(value);
    // Queued on `p` just before the `await` queues its own reaction, so this job runs right before it.
    if (owner !== null) intrinsic.then(p, () => resume(owner), () => resume(owner));
    return p;
  }
  const isObject = (v: unknown): v is object => (typeof v === 'object' && v !== null) || typeof v === 'function';
  const notIterable = hooks.notIterable ?? ((kind, value) =>
    new TypeError(kind === 'iterable' ? `${String(value)} is not async iterable` : `Iterator result ${String(value)} is not an object`));

  const owners: Owners<R> = {
    current,
    ownerOf: (p) => (typeof p === 'object' && p !== null ? made.get(p) : undefined),
    wrap,
    each: (iterable) => (intrinsic ? ownedIterable(iterable, owners.owned, intrinsic, notIterable) : iterable as AsyncIterable<unknown>),
    thrown(value) {
      const owner = current();
      if (owner === null) return value;
      if (isObject(value)) threwObject.set(value, owner);
      else {
        threwPrimitive.delete(value); // re-added last: the newest throw of a value wins
        threwPrimitive.set(value, owner);
        if (threwPrimitive.size > PRIMITIVES_KEPT) threwPrimitive.delete(threwPrimitive.keys().next().value);
      }
      return value;
    },
    thrower(reason) {
      if (isObject(reason)) return threwObject.get(reason);
      const owner = threwPrimitive.get(reason);
      threwPrimitive.delete(reason);
      return owner;
    },
    blame: (promise, reason) => owners.ownerOf(promise) ?? owners.thrower(reason) ?? current(),
    using() {
      const owner = current(); // now: when the block ends, an earlier disposal may have left another run current
      return { [Symbol.asyncDispose]: () => waitAs(undefined, owner) as Promise<void> };
    },
    owned(value, how) {
      if (how === 'each') return owners.each(value);
      if (how === 'thrown') return owners.thrown(value);
      if (how === 'using') return owners.using();
      return waitAs(value, current());
    },
    install(target) {
      // Async functions return the engine's %Promise%: its `then` and `resolve`, taken before patching.
      const Intrinsic = Object.getPrototypeOf((async () => {})()).constructor as PromiseConstructor;
      const { then: nativeThen } = Intrinsic.prototype, { resolve: nativeResolve, reject: nativeReject } = Intrinsic;
      const queueNative = target.queueMicrotask;
      const resolve = (v: unknown) => apply(nativeResolve, Intrinsic, [v]) as Promise<unknown>;
      intrinsic = {
        then: (p, ok, fail) => apply(nativeThen, p, [ok, fail]) as Promise<unknown>,
        resolve,
        reject: (e) => apply(nativeReject, Intrinsic, [e]) as Promise<unknown>,
        queue: queueNative ? (cb) => queueNative(cb) : (cb) => { apply(nativeThen, resolve(undefined), [cb]); },
      };
      const proto = target.Promise.prototype;
      const then = proto.then;
      // A method named `then` with the original's length, so code that inspects it sees nothing unusual.
      Object.defineProperty(proto, 'then', {
        configurable: true, writable: true, enumerable: false,
        value: { then(this: Promise<unknown>, ok?: unknown, fail?: unknown) {
          const owner = current();
          const p = apply(then, this, [wrap(ok), wrap(fail)]) as Promise<unknown>;
          if (owner !== null) made.set(p, owner);
          return p;
        } }.then,
      });
      // Promises the constructor's own functions make (`Promise.reject(e)`, an `all` whose member rejects, the
      // promise of `withResolvers`) belong to the run that asked for them: left unhandled, they are reported on it
      // even when that happens while another run is current (a rejection made in a timer or a then-callback).
      const P = target.Promise as unknown as Record<string, unknown>;
      for (const name of ['reject', 'all', 'allSettled', 'any', 'race', 'withResolvers', 'try']) {
        const native = P[name];
        if (typeof native !== 'function') continue;
        const tagged = { [name](this: unknown, ...args: unknown[]) {
          const owner = current();
          const out = apply(native as (...a: unknown[]) => unknown, this, args);
          const p = name === 'withResolvers' && isObject(out) ? (out as { promise?: unknown }).promise : out;
          if (owner !== null && isObject(p)) made.set(p, owner);
          return out;
        } }[name];
        Object.defineProperty(tagged, 'length', { value: native.length });
        Object.defineProperty(P, name, { configurable: true, writable: true, enumerable: false, value: tagged });
      }
      const queue = target.queueMicrotask;
      if (queue) {
        target.queueMicrotask = (cb) => {
          const owner = current();
          if (typeof cb !== 'function' || owner === null) return queue(cb);
          queue(bind(() => { try { cb(); } catch (e) { hooks.onError(owner, e); } }, owner));
        };
      }
      const sched = target.scheduler;
      const postTask = sched?.postTask;
      if (sched && postTask) {
        // What a task throws rejects the promise postTask returned: that promise is tagged with the run.
        sched.postTask = (cb, options) => {
          const owner = current();
          const p = apply(postTask, sched, [wrap(cb), options]) as Promise<unknown>;
          if (owner !== null) made.set(p, owner);
          return p;
        };
      }
    },
  };
  return owners;
}
