/**
 * The global through which a cell's awaits reach `owners.owned` (owner.ts; prepare.ts writes `await x` as
 * `await __bpnOwned(x)`). A cell's own `__bpnOwned` would shadow it, so a cell whose code contains that text
 * gets another name, and a later cell does not inherit a name of an earlier cell's that is its own `owned`
 * (prepare.ts); a global of that name a cell made itself is passed over too. Each name is defined once,
 * read-only and non-configurable: calling it only ever resumes the caller's own run (or notes a throw as its, or
 * wraps a `for await` iterable for it, see owner.ts), and no cell can replace it.
 */

/**
 * @param scope the worker's global object
 * @param code the reader's code, which must not contain the name
 * @param owned `owners.owned`
 * @returns the name to pass to `prepareCell` as `owned`
 * @example
 * ```ts
 * ownedName(globalThis, 'await f();', owned);           // '__bpnOwned'
 * ownedName(globalThis, 'const __bpnOwned = 1;', owned); // '__bpnOwned1'
 * ```
 */
export function ownedName(scope: object, code: string, owned: (value: unknown) => unknown): string {
  // `\u005f_bpnOwned` is the identifier `__bpnOwned` too: look for names with their escapes decoded.
  const text = code.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, braced: string | undefined, four: string | undefined) =>
    String.fromCodePoint(Math.min(parseInt(braced ?? four!, 16), 0x10ffff)));
  for (let n = 0; ; n++) {
    const name = n === 0 ? '__bpnOwned' : `__bpnOwned${n}`;
    if (text.includes(name)) continue;
    const existing = Object.getOwnPropertyDescriptor(scope, name);
    if (existing) {
      if (existing.value === owned && !existing.writable && !existing.configurable) return name;
      continue; // a global a cell made
    }
    if (name in scope) continue; // inherited from a prototype a cell may have changed
    Object.defineProperty(scope, name, { value: owned, writable: false, configurable: false, enumerable: false });
    return name;
  }
}
