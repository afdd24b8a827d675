import { describe, expect, test } from 'vitest';
import ts from 'typescript';
import { parse } from 'sucrase/dist/esm/parser/index.js';
import { awaitOperands } from './await-operands';

const found = (js: string) => awaitOperands(js, parse(js, false, false, false).tokens).map((o) => js.slice(o.start, o.end));

/** The operands TypeScript's own parser sees: an independent parser, walked for `AwaitExpression` nodes. */
function typescriptOperands(js: string): string[] {
  // `export {}` makes it a module (top-level await), as a cell is; it comes after every offset compared.
  const file = ts.createSourceFile('cell.mjs', `${js}\nexport {};`, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const diagnostics = (file as unknown as { parseDiagnostics: { messageText: string }[] }).parseDiagnostics;
  expect(diagnostics.map((d) => d.messageText)).toEqual([]); // the sample is valid JavaScript
  const out: { start: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isAwaitExpression(node)) out.push({ start: node.expression.getStart(file), text: js.slice(node.expression.getStart(file), node.expression.end) });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out.sort((a, b) => a.start - b.start).map((o) => o.text);
}

/** Valid module code, each with `await`s of a different shape (and words `await` that are not expressions). */
const samples = [
  'const v = await f(1).x + 2;',
  'async function g() { return await a?.b?.[c]?.(d) * 3; }',
  'const s = `t ${await x} u ${await y.z`tag ${1}`} ${`in ${await deep}`}`;',
  'await await p;\nawait (await q);',
  'await new Foo(1).bar;\nawait new Foo;\nawait new new X()();\nasync function nt() { await new.target; }',
  'await -x;\nawait !x;\nawait typeof x;\nawait void 0;\nawait delete o.p;\nawait ++i;\nawait i++;\nawait ~i--\n;',
  'await x\n(y);\nawait x\n++y;\nawait o[k]\n[0];\nawait f\n`tpl ${1}`;',
  'await function () { return 1; }();\nawait async function named() {}();\nawait class extends Base.Mixin(1) { m() {} };\nawait function* gen() {};',
  'await /re\\/[a-z]/g.test(s);\nconst q = a / await b / c;',
  'await import.meta.url;\nawait import("m").then;',
  'obj.await; o?.await; ({ await: 1, await() {}, get await() { return 1; } });\nclass K { await() {} static await = 1; #await = 2; m() { return this.#await; } }\nconst { await: aw } = o;',
  'for await (const v of await gen()) { await v; }\nfor (await x;;) break;',
  '"await x"; // await y\n/* await z */ \'await\';\nconst t = `await ${1}`;',
  'a ? await b : await c;\nconst f = async () => await g();\nconst h = async x => { await x; };\nawait a, await b;',
  'await (x, y);\nawait [a, await b];\nawait { then(r) { r(1); } };\nawait x instanceof Y;\nawait k in o;\n(await x) ** 2;',
  'class Q { #p = 1; async m() { await this.#p; return await super.m?.(); } }',
  'export default await x;\nexport const e = await y, e2 = [await z];',
  'await 1n; await 1.5; await "s"; await null; await true; await this; await x.default.class;',
  '{ await using res = open(); await using; }\nawait using[0];',
  'const r = await\n  fetchLike()\n  .then(f)\n  .catch(g);',
  'await /* c */ x /* d */ .y;\nawait x // c\n.y;\nawait new (foo())();\nawait x?.y\n.z;\nawait a?.[b]\n(c);\nawait o.new.class.function;',
  'if (await x) {} while (await y) break;\nasync function* ag() { yield await x; return await (async () => 1)(); }\n({ async m() { throw await x; } });',
  'f(...await x, [...await y]);\nawait f(async () => { await g(); });\nawait tag`${await x}`;\nawait x.y.z()()()[0];\ntypeof await x;\nawait (class {});',
];

/** A seeded generator of `await` operands: prefixes, primaries and subscripts put together at random. */
function* randomOperands(seed: number, count: number): Generator<string> {
  let state = seed;
  const pick = <T>(xs: readonly T[]): T => { state = (state * 1103515245 + 12345) % 2147483648; return xs[state % xs.length]; };
  const prefixes = ['', '', '', '-', '!', 'typeof ', 'void ', '~', 'await ', '+'];
  const primaries = ['x', 'this', '1.5e3', '"s"', '`t${a}`', '(a, b)', '[a, b]', '{ a: 1 }', 'new X', 'new X(1)', 'function () {}', 'class {}', '/r/g', 'null', 'import.meta', 'async function () {}'];
  const subs = ['', '.y', '?.y', '[0]', '(1)', '?.(2)', '?.[k]', '`q`', '\n.z', '\n(w)', '.new', ' /* c */ .c'];
  const tails = [';', ' + 1;', ' * 2;', ' ? 1 : 2;', ', 3;', '\n++i;', ' instanceof K;', ' && z;', '.then(f);'];
  for (let n = 0; n < count; n++) {
    const prefix = pick(prefixes);
    const primary = pick(primaries);
    let chain = '';
    for (let k = pick([0, 1, 2, 3]); k > 0; k--) chain += pick(subs);
    // A postfix ++ needs a plain reference and no line break before it.
    const postfix = prefix === '' && /^(x|\(a, b\))$/.test(primary) && !chain.includes('?') && !chain.endsWith(')') && pick([0, 1]) ? '++' : '';
    yield `r = await ${prefix}${primary}${chain}${postfix}${postfix ? ';' : pick(tails)}`;
  }
}

describe('await operands from Sucrase tokens', () => {
  test.each(samples)('match TypeScript\'s parser: %s', (js) => {
    expect(found(js)).toEqual(typescriptOperands(js));
  });

  test('600 random operands match TypeScript\'s parser too', () => {
    const cells = [...randomOperands(7, 600)];
    const js = cells.join('\n');
    expect(found(js)).toEqual(typescriptOperands(js));
  });

  test('the words await that are no await expression are left alone (hand-checked)', () => {
    expect(found(samples[10])).toEqual([]);
    expect(found(samples[12])).toEqual([]);
    expect(found('for await (const v of it) {}\n{ await using r = open(); }')).toEqual([]);
  });

  test('hand-checked extents of a few shapes', () => {
    expect(found('const v = await f(1).x + 2;')).toEqual(['f(1).x']);
    expect(found('await x\n++y;')).toEqual(['x']);
    expect(found('await x\n(y);')).toEqual(['x\n(y)']);
    expect(found('await await p;')).toEqual(['await p', 'p']);
    expect(found('await i++ + 1;')).toEqual(['i++']);
    expect(found('await i++.x;')).toEqual([]); // a syntax error stays one
  });
});
