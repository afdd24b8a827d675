import { describe, expect, test } from 'vitest';
import { Script } from 'node:vm';
import { CellSyntaxError, prepareCell } from './prepare';
import { exporter, type Scope } from './scope';

const OWNED = '__bpnOwned';
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;

/**
 * V8's early error for `code` read as strict code (cells are modules, always strict), with the 1-based line
 * and column its caret points at; null when `code` compiles.
 */
function v8Error(code: string): { name: string; message: string; line: number; column: number } | null {
  try {
    new Script(`'use strict';\n${code}`, { filename: 'cell.js' });
    return null;
  } catch (e) {
    const err = e as Error;
    // V8's stack of a compile error: `cell.js:LINE`, the line's text, a caret line under the culprit, …
    const [where, , caret] = String(err.stack).split('\n');
    return { name: err.name, message: err.message, line: Number(/:(\d+)$/.exec(where)?.[1]) - 1, column: caret.indexOf('^') + 1 };
  }
}

/** What prepareCell (with awaits and async bodies rewritten) throws for `code`, as v8Error gives it; null when it prepares. */
function prepareError(code: string) {
  try {
    prepareCell(code, [], new Set(), { owned: OWNED });
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(CellSyntaxError);
    const err = e as CellSyntaxError;
    return { name: err.name, message: err.message, line: err.line, column: err.column };
  }
}

describe('early errors of an async body that its try would hide are reported where V8 reports them', () => {
  const cases: { name: string; code: string; js?: string }[] = [
    { name: 'let redeclaring a parameter', code: 'async function f(x) { let x = 1; }' },
    { name: 'const redeclaring a destructured parameter of an arrow, line 2', code: 'const g = async (a, { b }) => {\n  const b = 2;\n};' },
    { name: 'a class redeclaring a method\'s array-pattern parameter', code: 'class K { async m([k]) { class k {} } }' },
    { name: 'a destructured let redeclaring a rest parameter', code: 'const o = { async *gen(...rest) { let { rest } = {}; } };' },
    { name: '"use strict" with a default parameter', code: 'async function h(a = 1) { "use strict"; return a; }' },
    { name: '\'use strict\' ended by a line break, after another directive, with a rest parameter', code: 'const s = async (...r) => {\n  "x";\n  \'use strict\'\n  return r;\n};' },
    { name: 'after an await and types on line 1 (the reader\'s TypeScript; V8 reads the same line 2 without types)',
      code: 'const p: number = 1; async function t(n: number, m: string = "") { await n;\n  let m = "x"; }',
      js: 'const p = 1; async function t(n, m = "") { await n;\n  let m = "x"; }' },
  ];
  test.each(cases)('$name', ({ code, js }) => {
    const expected = v8Error(js ?? code);
    expect(expected?.name).toBe('SyntaxError');
    expect(prepareError(code)).toEqual(expected);
  });
});

describe('code like those errors, but legal, still prepares and runs as written', () => {
  const cases: { name: string; code: string }[] = [
    { name: 'a let in a nested block and a var redeclaring a parameter', code: 'async function f(x) { { let x = 1; } var x = 2; return x; }\nresult = f(3);' },
    { name: 'a class expression, a catch parameter and an arrow parameter named as a parameter', code: 'async function f(x) { const c = class x {}; try { throw 1; } catch (x) {} const a = (x) => x; return [c.name, a(x)]; }\nresult = f(3);' },
    { name: '"use strict" in a function with simple parameters', code: 'async function f(a, b) { "use strict"; return a + b; }\nresult = f(1, 2);' },
    { name: 'a string expression that is no directive, with a default parameter', code: 'const f = async (a = 1) => { "use strict"\n + a; "use strict".length; return a; };\nresult = f();' },
    // As written these are var-like; in a block (the try) they would be lexical: a SyntaxError in strict code.
    { name: 'a function declared twice, and a function and a var of one name, at the top level', code: 'async function f() { function d() { return 1; } function d() { return 2; } var e = 1; function e() {} return [d(), e]; }\nresult = f();' },
  ];
  test.each(cases)('$name', async ({ code }) => {
    expect(v8Error(code)).toBeNull();
    const resultOf = async (owned?: string) => {
      const scope: Scope = Object.create(null);
      const p = prepareCell(`let result;\n${code}`, [], new Set(), owned ? { owned } : {});
      expect(v8Error(p.js)).toBeNull();
      await new AsyncFunction('__bpnScope', '__bpnExport', OWNED, `'use strict';\n${p.js}`)(scope, exporter(scope, p, new Set()), (x: unknown) => x);
      return await scope.result; // the async function's promise
    };
    expect(await resultOf(OWNED)).toEqual(await resultOf());
  });
});
