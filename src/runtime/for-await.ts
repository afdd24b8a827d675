/**
 * The iterable a cell's `for await` loop goes through (owner.ts; prepare.ts writes `for await (x of it)` as
 * `for await (x of owned(it, "each"))`). The loop's implicit `await` of each `next()` result, and of `return()`'s
 * when it leaves early, is made without `then`, like any `await`: here each such result is handed to `owned`
 * first, so the code after the wait (the loop body, or what follows the loop) runs as the run that waited.
 *
 * An async iterable's own iterator is used as is. A sync iterable (`for await (const x of [p, q])`) the engine
 * would wrap itself (%AsyncFromSyncIteratorPrototype%, ECMAScript 2025 §27.1.6); that wrapper cannot be reached,
 * so it is written out here step for step — values, rejections, closing the sync iterator when a value rejects,
 * and the microtask turns — using the engine's own promise functions, whatever a cell did to `Promise`.
 */

/** The engine's promise functions, saved before any cell ran (owner.ts). */
export interface NativePromises {
  /** `PerformPromiseThen`: `p.then(ok, fail)` with the saved `then`. */
  then(p: Promise<unknown>, ok?: (v: unknown) => unknown, fail?: (e: unknown) => unknown): Promise<unknown>;
  /** `PromiseResolve(%Promise%, v)`. */
  resolve(v: unknown): Promise<unknown>;
  /** `Promise.reject(e)`. */
  reject(e: unknown): Promise<unknown>;
}

type Iter = { next?: unknown; return?: unknown };
const apply = Reflect.apply;
const isObject = (v: unknown): v is object => (typeof v === 'object' && v !== null) || typeof v === 'function';
/** `GetMethod`: undefined for null or undefined; throws (the engine's TypeError) when called if not a function. */
const method = (v: unknown, key: symbol | string): unknown => (v === null || v === undefined ? undefined : (v as Record<symbol | string, unknown>)[key]);

/**
 * @param iterable what the reader's loop iterates
 * @param owned `Owners.owned` without `how`: returns the promise an `await` of its argument would wait on
 * @param native the engine's promise functions
 * @param fail the error for a value that is not iterable (`"iterable"`) or not an object where one is needed (`"object"`)
 * @returns an async iterable to be looped over once, by the rewritten `for await`
 * @example
 * ```ts
 * for await (const x of ownedIterable([1, Promise.resolve(2)], owned, native, fail)) log(x); // 1, 2
 * ```
 */
export function ownedIterable(iterable: unknown, owned: (v: unknown) => unknown, native: NativePromises, fail: (kind: 'iterable' | 'object', value: unknown) => Error): AsyncIterable<unknown> {
  const objectOr = <T>(v: unknown): T => { if (!isObject(v)) throw fail('object', v); return v as T; };
  return {
    [Symbol.asyncIterator]() {
      // GetIterator(iterable, async): the async method first, then the sync one, each looked up once.
      const asyncMethod = method(iterable, Symbol.asyncIterator);
      if (asyncMethod !== undefined && asyncMethod !== null) {
        const it = objectOr<Iter>(apply(asyncMethod as () => unknown, iterable, []));
        const next = it.next;
        return {
          next: () => owned(apply(next as () => unknown, it, [])),
          // Looked up when the loop closes the iterator, as the engine does; absent stays absent (no extra wait).
          get return() {
            const ret = it.return;
            return typeof ret === 'function' ? () => owned(apply(ret, it, [])) : ret;
          },
        } as AsyncIterator<unknown>;
      }
      const syncMethod = method(iterable, Symbol.iterator);
      if (syncMethod === undefined || syncMethod === null) throw fail('iterable', iterable);
      return fromSync(objectOr<Iter>(apply(syncMethod as () => unknown, iterable, [])), owned, native, objectOr);
    },
  };
}

/** %AsyncFromSyncIteratorPrototype%'s `next` and `return` for `it`, their results passed through `owned`. */
function fromSync(it: Iter, owned: (v: unknown) => unknown, native: NativePromises, objectOr: <T>(v: unknown) => T): AsyncIterator<unknown> {
  const next = it.next;
  /** IteratorClose(it, throw `e`): `return` is called if there is one, what it does is ignored, `e` is thrown. */
  const close = (e: unknown): never => {
    try {
      const ret = method(it, 'return');
      if (ret !== undefined && ret !== null) apply(ret as () => unknown, it, []);
    } catch { /* the error that closed the iterator wins */ }
    throw e;
  };
  /** AsyncFromSyncIteratorContinuation(result, closeOnRejection). */
  const continuation = (result: { done?: unknown; value?: unknown }, closeOnRejection: boolean): Promise<unknown> => {
    let done: boolean, wrapper: Promise<unknown>;
    try {
      done = Boolean(result.done);
      const value = result.value;
      try { wrapper = native.resolve(value); } catch (e) { if (!done && closeOnRejection) close(e); throw e; }
    } catch (e) { return native.reject(e); }
    return native.then(wrapper, (value) => ({ value, done }), done || !closeOnRejection ? undefined : close);
  };
  return {
    next: () => {
      let result;
      try { result = objectOr<object>(apply(next as () => unknown, it, [])); } catch (e) { return owned(native.reject(e)) as Promise<IteratorResult<unknown>>; }
      return owned(continuation(result, true)) as Promise<IteratorResult<unknown>>;
    },
    return: () => {
      let result;
      try {
        const ret = method(it, 'return');
        if (ret === undefined || ret === null) return owned(native.resolve({ value: undefined, done: true })) as Promise<IteratorResult<unknown>>;
        result = objectOr<object>(apply(ret as () => unknown, it, []));
      } catch (e) { return owned(native.reject(e)) as Promise<IteratorResult<unknown>>; }
      return owned(continuation(result, false)) as Promise<IteratorResult<unknown>>;
    },
  };
}
