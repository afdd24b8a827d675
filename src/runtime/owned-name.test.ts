import { describe, expect, test } from 'vitest';
import { ownedName } from './owned-name';
import { prepareCell } from './prepare';
import { exporter, type Scope } from './scope';

const owned = (value: unknown) => Promise.resolve(value);

describe('ownedName', () => {
  test('defines __bpnOwned once, read-only, not enumerable, and gives it again', () => {
    const scope = {} as Record<string, unknown>;
    expect(ownedName(scope, 'await f();', owned)).toBe('__bpnOwned');
    expect(ownedName(scope, 'const a = await g();', owned)).toBe('__bpnOwned');
    expect(Object.getOwnPropertyDescriptor(scope, '__bpnOwned')).toEqual({ value: owned, writable: false, configurable: false, enumerable: false });
    expect(() => { scope.__bpnOwned = () => 'forged'; }).toThrow(TypeError); // a cell is a strict module, as this test is
    expect(Object.keys(scope)).toEqual([]);
  });

  test('a cell whose code has the name, or that made a global of the next one, gets a name of its own', () => {
    const scope = {} as Record<string, unknown>;
    ownedName(scope, '', owned);
    scope.__bpnOwned1 = () => 'a cell\'s own';
    expect(ownedName(scope, 'const __bpnOwned = 1;', owned)).toBe('__bpnOwned2');
    expect(scope.__bpnOwned1).not.toBe(owned);
    expect(ownedName(scope, 'let __bpnOwned2; __bpnOwned;', owned)).toBe('__bpnOwned3');
    // The same identifiers written with escapes.
    expect(ownedName(scope, 'const \\u005f_bpnOwned = 1;', owned)).toBe('__bpnOwned2');
    expect(ownedName(scope, 'const __bpn\\u{4F}wned = 1;', owned)).toBe('__bpnOwned2');
  });

  test('a cell\'s own __bpnOwned stays its own, and its awaits still go through the runtime\'s function', async () => {
    const scope = {} as Record<string, unknown>;
    ownedName(scope, '', owned);
    const code = 'const __bpnOwned = (x) => `mine ${x}`;\nconst result = __bpnOwned(await 2);';
    const name = ownedName(scope, code, owned);
    const cells: Scope = Object.create(null);
    const p = prepareCell(code, [], new Set(), { owned: name });
    expect(p.js).toContain(`await ${name}(2)`);
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    await new AsyncFunction('__bpnScope', '__bpnExport', name, p.js)(cells, exporter(cells, p, new Set()), scope[name]);
    expect(cells.result).toBe('mine 2');
  });
});

describe('a later cell does not inherit a cell\'s own __bpnOwned over the runtime\'s', () => {
  test('the cell after one that declared __bpnOwned awaits through the runtime\'s function', async () => {
    const scope = {} as Record<string, unknown>;
    ownedName(scope, '', owned);
    const cells: Scope = Object.create(null);
    const constants = new Set<string>();
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    const run = async (code: string) => {
      const name = ownedName(scope, code, owned);
      const p = prepareCell(code, Object.keys(cells), constants, { owned: name });
      await new AsyncFunction('__bpnScope', '__bpnExport', name, p.js)(cells, exporter(cells, p, constants), scope[name]);
    };
    await run('const __bpnOwned = (x) => `mine ${x}`;');
    await run('const r = await 2;');
    expect(cells.r).toBe(2);
    await run('const s = __bpnOwned(await 3);'); // a cell that names it gets the earlier cell's
    expect(cells.s).toBe('mine 3');
  });
});
