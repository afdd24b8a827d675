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

describe('prepareCell passes every await operand through the owned function', () => {
  test('in nested async functions and arrows, templates, and at the top level', () => {
    expect(rewritten('const a = await f();')).toBe('const a = await __bpnOwned(f());');
    expect(rewritten('async function g() { return await h(1).x * 2; }')).toBe('async function g() { return await __bpnOwned(h(1).x) * 2; }');
    expect(rewritten('const k = async () => { const inner = async (v) => await v; return await inner(await 1); };'))
      .toBe('const k = async () => { const inner = async (v) => await __bpnOwned(v); return await __bpnOwned(inner(await __bpnOwned(1))); };');
    expect(rewritten('const s = `${await x}!`;')).toBe('const s = `${await __bpnOwned(x)}!`;');
    expect(rewritten('await await p;')).toBe('await __bpnOwned(await __bpnOwned(p));');
    expect(rewritten('export default await x;')).toBe('const $default = await __bpnOwned(x);');
    expect(rewritten('const n: number = await (g as any)();')).toBe('const n = await __bpnOwned((g )());');
  });

  test('leaves for await, await using, and the word await in strings, comments and property names as written', () => {
    const asWritten = ['for await (const v of it) {}', '{ await using r = open(); }', 'obj.await; o?.await;', '({ await: 1, await() {} });',
      'const t = "await x"; // await y', 'class K { await() {} #await = 1; }'];
    for (const code of asWritten) expect(rewritten(code)).toBe(code);
    expect(rewritten('for await (const v of await it) {}')).toBe('for await (const v of await __bpnOwned(it)) {}');
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
