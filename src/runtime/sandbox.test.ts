import { describe, expect, test } from 'vitest';
import { lockDown, unavailableIn, BLOCKED } from './sandbox';

describe('sandbox', () => {
  test('names the blocked or missing API a failing line uses', () => {
    expect(unavailableIn('localStorage.setItem("k", "v");')).toBe('localStorage');
    expect(unavailableIn('const r = await fetch("/");')).toBe('fetch');
    expect(unavailableIn('document.title = "x";')).toBe('document');
    expect(unavailableIn('const m = await import("http://127.0.0.1:9/mod.js");')).toBe('import()');
    expect(unavailableIn('import { sigmoid } from "backprop";')).toBeNull();
    expect(unavailableIn('const documentation = 1; // fetch later')).toBeNull();
  });

  test('lockDown removes the APIs, close() and navigator.storage from a global scope', () => {
    const proto = { close() { return 'closed'; } };
    const nav = { storage: { estimate() {} } };
    const scope = Object.assign(Object.create(proto), { fetch: () => 'net', localStorage: {}, MessageChannel: class {}, navigator: nav });
    lockDown(scope);
    expect([scope.fetch, scope.localStorage, scope.MessageChannel, scope.navigator.storage]).toEqual([undefined, undefined, undefined, undefined]);
    expect(() => scope.close()).toThrow(/cannot close the code runner/);
    expect(() => proto.close()).toThrow(/cannot close/);
    expect(BLOCKED).toContain('fetch');
    expect(() => { scope.fetch = () => 'again'; }).toThrow(TypeError); // cells are modules: strict mode
    expect(scope.fetch).toBeUndefined();
  });
});
