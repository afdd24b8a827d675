import { afterAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CellSyntaxError, prepareCell } from './prepare';
import { errorPosition } from './positions';
import { createOwners, type OwnerTarget } from './owner';
import { exporter, type Scope } from './scope';

const OWNED = '__bpnOwned';
/** The cell's JavaScript without the export line, with `await x` made `await __bpnOwned(x)`. */
const rewritten = (code: string, scope: string[] = []) =>
  prepareCell(code, scope, new Set(), { owned: OWNED }).js.replace(/\n;__bpnExport[^\n]*\n$/, '');
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

/** The catch prepareCell closes an async body's `try` with (see prepare.ts), written out here. */
const CATCH = 'catch (__bpnOwned$) { throw __bpnOwned(__bpnOwned$, "thrown"); }';
/** A block body `{inner}` as rewritten (`inner` as written between the braces), and an arrow's expression body `=> e`. */
const block = (inner: string) => `{ try {${inner} } ${CATCH} }`;
const expression = (e: string) => `{ try { return (${e}); } ${CATCH} }`;

describe('prepareCell passes every await operand through the owned function', () => {
  test('in nested async functions and arrows, templates, and at the top level', () => {
    expect(rewritten('const a = await f();')).toBe('const a = await __bpnOwned(f());');
    expect(rewritten('async function g() { return await h(1).x * 2; }')).toBe(`async function g() ${block(' return await __bpnOwned(h(1).x) * 2; ')}`);
    expect(rewritten('const k = async () => { const inner = async (v) => await v; return await inner(await 1); };'))
      .toBe(`const k = async () => ${block(` const inner = async (v) => ${expression('await __bpnOwned(v)')}; return await __bpnOwned(inner(await __bpnOwned(1))); `)};`);
    expect(rewritten('const s = `${await x}!`;')).toBe('const s = `${await __bpnOwned(x)}!`;');
    expect(rewritten('await await p;')).toBe('await __bpnOwned(await __bpnOwned(p));');
    expect(rewritten('export default await x;')).toBe('const $default = await __bpnOwned(x);');
    expect(rewritten('const n: number = await (g as any)();')).toBe('const n = await __bpnOwned((g )());');
  });

  test('leaves the word await in strings, comments and property names as written', () => {
    const asWritten = ['obj.await; o?.await;', '({ await: 1, await() {} });',
      'const t = "await x"; // await y', 'class K { await() {} #await = 1; }'];
    for (const code of asWritten) expect(rewritten(code)).toBe(code);
  });

  test('passes the iterable of each for await loop through owned(…, "each"), and no other of', () => {
    expect(rewritten('for await (const v of it) {}')).toBe('for await (const v of __bpnOwned(it, "each")) {}');
    expect(rewritten('for await (const v of await it) {}')).toBe('for await (const v of __bpnOwned(await __bpnOwned(it), "each")) {}');
    expect(rewritten('for await (const of of of.x) {}')).toBe('for await (const of of __bpnOwned(of.x, "each")) {}');
    expect(rewritten('for await (const { of = 1 } of [a, b]) {}')).toBe('for await (const { of = 1 } of __bpnOwned([a, b], "each")) {}');
    expect(rewritten('for await (x.of of g()) for (const y of h) {}')).toBe('for await (x.of of __bpnOwned(g(), "each")) for (const y of h) {}');
  });

  test('declares a resource of owned(null, "using") first in each await using declaration, except in a for head', () => {
    expect(rewritten('{ await using r = open(), s = open(); }\n{ await using t = null; }'))
      .toBe('{ await using __bpnOwned$u0 = __bpnOwned(null, "using"), r = open(), s = open(); }\n{ await using __bpnOwned$u1 = __bpnOwned(null, "using"), t = null; }');
    expect(rewritten('for (await using r of rs) {}')).toBe('for (await using r of rs) {}');
  });

  test('wraps the body of every async function, arrow and method in a try whose catch notes the throw', () => {
    const cases: [string, string][] = [
      ['async function f(a = 1) { return a; }', `async function f(a = 1) ${block(' return a; ')}`],
      ['const g = async function* named() { yield 1; };', `const g = async function* named() ${block(' yield 1; ')};`],
      ['const h = async x => x.y, i = async (x) => ({ x });', `const h = async x => ${expression('x.y')}, i = async (x) => ${expression('({ x })')};`],
      ['const o = { async m() {}, async *[k]() {}, async() {}, get async() { return 1; } };',
        `const o = { async m() ${block('')}, async *[k]() ${block('')}, async() {}, get async() { return 1; } };`],
      ['class K { static async #p() {} async "s"() {} async\nm() {} }', `class K { static async #p() ${block('')} async "s"() ${block('')} async\nm() {} }`],
      ['const plain = [function () {}, () => 1, (async) => async, async => 2, function* () {}];', 'const plain = [function () {}, () => 1, (async) => async, async => 2, function* () {}];'],
    ];
    for (const [code, out] of cases) expect(rewritten(code)).toBe(out);
  });

  test('without the option awaits stay as written (tests and the exercise helpers run cells so)', () => {
    expect(prepareCell('const a = await f();', []).js).toContain('const a = await f();');
  });

  test('a rewritten cell computes and interleaves exactly as the code as written', async () => {
    const code = [
      'const log = [];',
      'async function a() { log.push("a0"); const v = await 1; log.push(`a1 ${v}`); const w = await Promise.resolve(2); log.push(`a2 ${w}`);',
      '  try { await Promise.reject(new Error("r")); } catch (e) { log.push(`a3 ${e.message}`); }',
      '  return `${await { then(ok) { ok(4); } }}`; }',
      'async function b() { log.push("b0"); await null; log.push("b1"); await null; log.push("b2"); }',
      'const loop = (async () => { for await (const x of [5, Promise.resolve(6)]) log.push(`f${x}`); })();',
      'const [ra] = await Promise.all([a(), b(), loop]);',
      'log.push(`ra ${ra}`);',
    ].join('\n');
    const logOf = async (owned?: string) => {
      const scope: Scope = Object.create(null);
      const p = prepareCell(code, [], new Set(), owned ? { owned } : {});
      const { owners } = ownersOf();
      await new AsyncFunction('__bpnScope', '__bpnExport', OWNED, p.js)(scope, exporter(scope, p, new Set()), owners.owned);
      return scope.log;
    };
    expect(await logOf(OWNED)).toEqual(await logOf());
  });
});

/** Runs as the worker has them (owner.ts), on a promise class of their own so the global `then` stays unpatched. */
function ownersOf() {
  const runs = { one: { id: 1 }, two: { id: 2 } };
  let running: { id: number } | null = runs.one;
  let last = runs.one;
  const owners = createOwners({ active: () => running, idle: () => running ?? last, switched: () => {}, onError: () => {} });
  owners.install({ Promise: class extends Promise<unknown> {} as unknown as PromiseConstructor, queueMicrotask: (cb) => queueMicrotask(cb) } satisfies OwnerTarget);
  return { owners, end: () => { running = null; }, begin2: () => { running = runs.two; last = runs.two; } };
}

describe('a cell\'s code after an await runs as that cell\'s, once it has ended', () => {
  test('cell 1\'s async function, resumed by cell 2, sees cell 1 current after each await, fulfilled or rejected', async () => {
    const { owners, end, begin2 } = ownersOf();
    const scope: Scope = Object.create(null);
    const constants = new Set<string>();
    const run = async (code: string) => {
      const p = prepareCell(code, Object.keys(scope), constants, { owned: OWNED });
      const current = () => owners.current() as { id: number } | null;
      await new AsyncFunction('__bpnScope', '__bpnExport', OWNED, 'current', p.js)(scope, exporter(scope, p, constants), owners.owned, current);
    };
    await run([
      'let release = () => {};',
      'const seen = [];',
      '(async () => {',
      '  await new Promise((r) => { release = r; }); seen.push(current()?.id);',
      '  try { await Promise.reject(new Error("x")); } catch { seen.push(current()?.id); }',
      '})();',
    ].join('\n'));
    end();
    begin2();
    await run('release();');
    await settle();
    expect(scope.seen).toEqual([1, 1]);
  });
});

describe('the code after an await using block of a finished cell runs as that cell\'s', () => {
  test('and so does the disposal of the resources declared before the last one', async () => {
    const { owners, end, begin2 } = ownersOf();
    const scope: Scope = Object.create(null);
    const p = prepareCell([
      'const gates = [];',
      'const release = () => gates.shift()();',
      'const seen = [];',
      'const resource = (name) => ({ [Symbol.asyncDispose]: () => { seen.push([name, current()]); return new Promise((r) => { gates.push(r); }); } });',
      '(async () => { { await using a = resource("a"); await using b = resource("b"); seen.push(["body", current()]); } seen.push(["after", current()]); })();',
    ].join('\n'), [], new Set(), { owned: OWNED });
    const current = () => (owners.current() as { id: number } | null)?.id;
    await new AsyncFunction('__bpnScope', '__bpnExport', OWNED, 'current', p.js)(scope, exporter(scope, p, new Set()), owners.owned, current);
    end();
    begin2();
    const seen = scope.seen as unknown[];
    while (seen.length < 4) { (scope.release as () => void)(); await settle(); } // run 2 ends each disposal's wait
    expect(seen).toEqual([['body', 1], ['b', 1], ['a', 1], ['after', 1]]);
  });

  test('the resources are disposed of in the same order, with the same errors, as the code as written', async () => {
    const code = [
      'const log = [];',
      'const r = (n, fail) => ({ async [Symbol.asyncDispose]() { log.push(n); if (fail) throw new Error(n); } });',
      'async function f() { await using a = r("a", true), b = r("b"); { await using c = null, d = r("d"); } await using e = r("e", true); throw new Error("body"); }',
      'try { await f(); } catch (e) { log.push(e.constructor.name, e.error?.message, e.suppressed?.error?.message, e.suppressed?.suppressed?.message); }',
    ].join('\n');
    const logOf = async (owned?: string) => {
      const scope: Scope = Object.create(null);
      const p = prepareCell(code, [], new Set(), owned ? { owned } : {});
      await new AsyncFunction('__bpnScope', '__bpnExport', OWNED, p.js)(scope, exporter(scope, p, new Set()), ownersOf().owners.owned);
      return scope.log;
    };
    const written = await logOf();
    // Disposed of in reverse order when each block ends; each failure wraps the error before it.
    expect(written).toEqual(['d', 'e', 'b', 'a', 'SuppressedError', 'a', 'e', 'body']);
    expect(await logOf(OWNED)).toEqual(written);
  });
});

describe('a rejection of a finished cell\'s async function is put on that cell (the catch of its wrapped body)', () => {
  /**
   * Runs `code` as cell 1, ends it and begins run 2, whose code calls `release()`; returns the run each of
   * cell 1's promises in `failing` would be blamed on by the worker's `unhandledrejection` (owners.blame), and
   * the reasons. A handler added here only reads the reason: the blame does not depend on it.
   */
  async function blamed(code: string) {
    const { owners, end, begin2 } = ownersOf();
    const scope: Scope = Object.create(null);
    const p = prepareCell(code, [], new Set(), { owned: OWNED });
    await new AsyncFunction('__bpnScope', '__bpnExport', OWNED, p.js)(scope, exporter(scope, p, new Set()), owners.owned);
    const failing = scope.failing as Promise<unknown>[];
    const reasons = failing.map((f) => f.then(() => 'fulfilled', (e: unknown) => e));
    end();
    begin2();
    (scope.release as () => void)(); // run 2's code
    const got = await Promise.all(reasons);
    return failing.map((f, i) => [got[i] instanceof Error ? got[i].message : got[i], (owners.blame(f, got[i]) as { id: number } | null)?.id]);
  }

  test('an Error or a primitive thrown after an await, by an async arrow, function, method or generator', async () => {
    expect(await blamed([
      'let release;',
      'const gate = new Promise((r) => { release = r; });',
      'async function f() { await gate; throw new Error("from A"); }',
      'const o = { async m() { await gate; throw 1; } };',
      'async function* g() { await gate; yield 1; missing(); }',
      'const it = g();',
      'const failing = [(async () => { await gate; throw new Error("arrow"); })(), f(), o.m(), (async () => { await it.next(); return it.next(); })(), (async () => (await gate, null).x)()];',
    ].join('\n'))).toEqual([['arrow', 1], ['from A', 1], [1, 1], ['missing is not defined', 1], ['Cannot read properties of null (reading \'x\')', 1]]);
  });

  test('an error thrown before any await, by an async function cell 1\'s resumed code calls, and one passed up a chain of them', async () => {
    expect(await blamed([
      'let release;',
      'const gate = new Promise((r) => { release = r; });',
      'async function now() { throw new Error("at once"); }',
      'async function inner() { await null; throw new TypeError("inner"); }',
      'async function outer() { await inner(); }',
      'const failing = [(async () => { await gate; await now(); })(), (async () => { await gate; return outer(); })()];',
    ].join('\n'))).toEqual([['at once', 1], ['inner', 1]]);
  });
});

describe('error positions after a rewritten await or a stripped type on the same line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bpn-await-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the prepared cell as a real ES module in a fresh Node (V8, as in Chromium) and returns the error's stack. */
  function stackOf(js: string): { stack: string; url: string } {
    const cell = join(dir, `cell-${Math.abs(hash(js))}.mjs`);
    writeFileSync(cell, js);
    const runner = join(dir, 'run.mjs');
    writeFileSync(runner, [
      'globalThis.__bpnScope = { b: { c: 1 } }; globalThis.__bpnExport = () => {}; globalThis.__bpnOwned = (x) => x;',
      'globalThis.f = async () => 1;',
      `try { await import(${JSON.stringify(pathToFileURL(cell).href)}); } catch (e) { process.stdout.write(String(e.stack)); }`,
    ].join('\n'));
    return { stack: execFileSync(process.execPath, [runner], { encoding: 'utf8' }), url: pathToFileURL(cell).href };
  }

  /**
   * `at`: the failing expression, where V8 reports it (for an error the engine throws in a module's top level
   * after an await, V8 reports the position of that await instead: there `at` is absent).
   */
  const cases: { name: string; code: string; scope: string[]; line: number; at?: string }[] = [
    { name: 'a throw after two awaits on line 1, with the scope prefix', code: 'const v = await f(), w = await f(); throw new Error(`after ${v + w}`);', scope: ['b'], line: 1, at: 'new Error' },
    { name: 'a throw inside an async arrow after its own await', code: 'const g = async () => { await f(); throw new Error("in g"); };\nawait g();', scope: [], line: 1, at: 'new Error' },
    { name: 'an undefined name after nested awaits on line 2', code: 'const x = 1;\nconst y = await f(await f()), z = (await f()) + missing(x);', scope: [], line: 2 },
    { name: 'types stripped before the error on its line (no await)', code: 'const n: number = 1, m: Array<number> = [n]; throw new Error(`${m as unknown}`);', scope: [], line: 1, at: 'new Error' },
    { name: 'types and awaits before the error on line 2', code: 'type P = { a: number };\nconst p: P = await f<P>(), q = <number>(await f()); throw new Error(`${p as P}`);', scope: ['b'], line: 2, at: 'new Error' },
    { name: 'a call of undefined in an async function after awaits', code: 'async function h() { const o = { m: await f() }; return o.m + (await f()) + o.n(); }\nawait h();', scope: ['b'], line: 1, at: 'n(); }' },
  ];
  test.each(cases)('$name: the position the reader got before the rewrite', ({ code, scope, line, at }) => {
    const position = (p: ReturnType<typeof prepareCell>) => {
      const { stack, url } = stackOf(p.js);
      return errorPosition(stack, url, p.original, code.split('\n').length);
    };
    const before = position(prepareCell(code, scope));
    expect(before?.line).toBe(line);
    // Where the reader wrote the failing expression, found in the reader's own text.
    if (at) expect(before).toEqual({ line, column: code.split('\n')[line - 1].indexOf(at) + 1 });
    expect(position(prepareCell(code, scope, new Set(), { owned: OWNED }))).toEqual(before);
  });

  test('a syntax error after an await keeps the reader\'s column', () => {
    const code = 'const a = await f(); const b = ;';
    expect(() => prepareCell(code, [], new Set(), { owned: OWNED })).toThrow(CellSyntaxError);
    try { prepareCell(code, [], new Set(), { owned: OWNED }); } catch (e) {
      expect([(e as CellSyntaxError).line, (e as CellSyntaxError).column]).toEqual([1, code.indexOf('= ;') + 3]);
    }
  });
});

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
