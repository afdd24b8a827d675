import { describe, expect, test } from 'vitest';
import { prepareCell, CellSyntaxError } from './prepare';
import { exporter, type Scope } from './scope';

const lines = (s: string) => s.split('\n');

describe('prepareCell', () => {
  test('strips types and keeps every line in place', () => {
    const code = 'type P = { a: number };\ninterface Q { b: string }\nconst x: number = 1;\nfunction f(a: P): number {\n  return a.a + x;\n}\nthrow new Error("line 7");';
    const { js } = prepareCell(code, []);
    expect(lines(js)[2]).toContain('const x = 1;');
    expect(lines(js)[6]).toContain('throw new Error("line 7")');
    expect(js).not.toContain(': number');
  });

  test('collects top-level declarations, not inner ones', () => {
    const { declared } = prepareCell('const a = 1, { b, c: [d] } = { b: 2, c: [3] };\nfunction f() { const inner = 1; return inner; }\nclass K {}\nfor (let i = 0; i < 2; i++) {}', []);
    expect(declared.sort()).toEqual(['K', 'a', 'b', 'd', 'f']);
  });

  test('rewrites imports on the same line, including renames, namespaces and type-only names', () => {
    const code = 'import { sigmoid, type Matrix, forward as fw } from "backprop";\nimport * as bp from \'backprop\';\nconst m: Matrix = [[1]];';
    const { js, declared } = prepareCell(code, []);
    expect(lines(js)[0]).toMatch(/^const \{ sigmoid, fw?.*\} = __bpnImport\("backprop", \["sigmoid","forward"\]\);/);
    expect(lines(js)[0]).toContain('forward: fw');
    expect(lines(js)[0]).not.toContain('Matrix');
    expect(lines(js)[1]).toBe("const bp = __bpnImport('backprop');");
    expect(declared).toEqual(['m']);
  });

  test('a multi-line import keeps the following lines in place', () => {
    const { js } = prepareCell('import {\n  sigmoid,\n  tanh,\n} from "backprop";\nconst y = 4;', []);
    expect(lines(js)[4]).toContain('const y = 4;');
  });

  test('drops export keywords but keeps the declarations', () => {
    const { js, declared } = prepareCell('export const a = 1;\nexport function g() {}\nexport { a as b };', []);
    expect(lines(js)[0].trim()).toBe('const a = 1;');
    expect(lines(js)[2].trim()).toBe('');
    expect(declared.sort()).toEqual(['a', 'g']);
  });

  test('inherits earlier names on line 1 (const ones as const), except those the cell redeclares', () => {
    const p = prepareCell('const a = b + 1;', ['a', 'b', 'c'], new Set(['b']));
    expect(lines(p.js)[0]).toBe('const { b } = __bpnScope; let { c } = __bpnScope; const a = b + 1;');
    // The reader's `const` (column 1 of their line 1) stands after the added prefix, and maps back to column 1.
    const added = 'const { b } = __bpnScope; let { c } = __bpnScope; '.length;
    expect(p.original(1, added + 1)).toEqual({ line: 1, column: 1 });
    expect(p.js).toContain('__bpnExport({ get a() { return a; } }, { c })');
  });

  test('knows which top-level names are const', () => {
    const p = prepareCell('const a = 1, { b } = { b: 2 };\nlet c = 3;\nvar d;\nfunction f() { const inner = 1; }\nclass K {}\nfunction* g() {}', []);
    expect(p.constants.sort()).toEqual(['a', 'b']);
    expect(p.declared.sort()).toEqual(['K', 'a', 'b', 'c', 'd', 'f', 'g']);
  });

  test('syntax errors carry the line and column of the reader\'s code', () => {
    try {
      prepareCell('const a = 1;\nconst b = ;\n', []);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CellSyntaxError);
      expect((e as CellSyntaxError).line).toBe(2);
      expect((e as CellSyntaxError).column).toBe(11);
      expect((e as Error).message).not.toMatch(/\(\d+:\d+\)/);
    }
  });

  /** A notebook in miniature: cells run as async function bodies against one scope, as the worker runs them as modules. */
  function notebook() {
    const scope: Scope = Object.create(null);
    const constants = new Set<string>();
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    const run = async (code: string) => {
      const p = prepareCell(code, Object.keys(scope), constants);
      await new AsyncFunction('__bpnScope', '__bpnImport', '__bpnExport', p.js)(scope, () => ({ double: (x: number) => 2 * x }), exporter(scope, p, constants));
      return p;
    };
    return { scope, run };
  }

  test('runs as a function body and shares names through the scope', async () => {
    const { scope, run } = notebook();
    await run('import { double } from "m";\nexport const four: number = double(2);');
    await run('const eight = four * 2;');
    expect(scope.eight).toBe(8);
  });

  test('F16: later cells reassign an earlier let (=, ++, +=, destructuring) and the notebook keeps it', async () => {
    const { scope, run } = notebook();
    await run('let t0 = 1;\nlet count = 0;');
    await run('t0 = 5;');
    await run('count++;');
    await run('const seen = [t0, count];');
    expect(scope.seen).toEqual([5, 1]);
    await run('t0 += 10;\n[count] = [count * 7];');
    await run('var v = 1; function f() { return 1; }');
    await run('v = 2; f = () => 2;');
    await run('const again = [t0, count, v, f()];');
    expect(scope.again).toEqual([15, 7, 2, 2]);
  });

  test('a function changing its own cell\'s let is seen by later cells', async () => {
    const { scope, run } = notebook();
    await run('let n = 0;\nfunction inc() { n += 1; }');
    await run('inc(); inc();');
    await run('const now = n;');
    expect(scope.now).toBe(2);
  });

  test('an earlier const stays const, and the cell knows which name it tried to assign', async () => {
    const { scope, run } = notebook();
    await run('const c = 1;');
    const p = prepareCell('c += 1;', Object.keys(scope), new Set(['c']));
    expect(p.assignedConstants).toEqual(['c']);
    await expect(run('c += 1;')).rejects.toThrow(/constant/);
    expect(scope.c).toBe(1);
    await run('const c = 2;'); // redeclaring in a later cell is allowed, as in a REPL
    expect(scope.c).toBe(2);
  });
});
