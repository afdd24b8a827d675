/**
 * Which run a callback belongs to (runs in the worker). Timers end with their cell (timers.ts), but a promise
 * callback can still run after its cell ended: on a promise a later cell resolves, or on the browser's own
 * asynchronous work (`blob.text()`, `crypto.subtle`, `WebAssembly.instantiate`). Without a tag, an error it
 * throws was shown on whichever cell ran last, and if it looped, the cell that finished last was blamed for the
 * stuck runner. So every callback passed to `Promise.prototype.then` (and `catch`/`finally`, which call it),
 * `queueMicrotask` and `scheduler.postTask` is wrapped with the run whose code registered it: while it runs,
 * that run is current, and a promise made by `then` remembers its run, for the `unhandledrejection` it may cause.
 *
 * Limitation: the continuation after an `await` is resumed by the engine without calling `then`, so code after
 * an `await` in a finished cell's async function is not tagged (JavaScript has no async context yet); errors
 * and loops there are still put on the run that began last.
 */

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
}

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
}

/**
 * @example
 * ```ts
 * const owners = createOwners({ active, idle, switched: (run) => post({ type: 'active', runId: run.id }), onError: late });
 * owners.install(globalThis);
 * ```
 */
export function createOwners<R>(hooks: OwnerHooks<R>): Owners<R> {
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
        return fn.apply(this, args);
      } finally {
        inside = outer;
        const after = outer ?? hooks.idle();
        if (after !== null && after !== owner) hooks.switched(after);
      }
    };
  }
  const wrap = <F>(fn: F): F => {
    const owner = current();
    return typeof fn === 'function' && owner !== null ? bind(fn as (...a: unknown[]) => unknown, owner) as F : fn;
  };

  return {
    current,
    ownerOf: (p) => (typeof p === 'object' && p !== null ? made.get(p) : undefined),
    wrap,
    install(target) {
      const proto = target.Promise.prototype;
      const then = proto.then;
      // A method named `then` with the original's length, so code that inspects it sees nothing unusual.
      Object.defineProperty(proto, 'then', {
        configurable: true, writable: true, enumerable: false,
        value: { then(this: Promise<unknown>, ok?: unknown, fail?: unknown) {
          const owner = current();
          const p = then.call(this, wrap(ok) as never, wrap(fail) as never);
          if (owner !== null) made.set(p, owner);
          return p;
        } }.then,
      });
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
          const p = postTask.call(sched, wrap(cb), options);
          if (owner !== null) made.set(p, owner);
          return p;
        };
      }
    },
  };
}
