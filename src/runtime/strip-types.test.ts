import { describe, expect, test } from 'vitest';
import { transform } from 'sucrase';
import { parse } from 'sucrase/dist/esm/parser/index.js';
import { stripTypes, stripTypesMapped } from './strip-types';

const samples = [
  'const a: number = 1;',
  'import { type Matrix, forward } from "backprop";\nconst m: Matrix = [[1]];\nforward;',
  'interface P { x: number }\ntype Q = P & { y?: string };\nfunction f<T extends P>(p: T, ...r: number[]): T { return p as T; }',
  'class K { private x = 1; constructor(public y: number) {} get v(): number { return this.x!; } }',
  'enum E { A, B }\nconst e = E.B;\nlet u = <number>(e as unknown);\nconst s = `t ${u satisfies number}`;',
  'for await (const v of [] as number[]) {}\nconst n = a?.b ?? 1;',
];

describe('stripTypes', () => {
  test.each(samples)('matches sucrase transform() for %#', (code) => {
    expect(stripTypes(code)).toBe(transform(code, { transforms: ['typescript'], disableESTransforms: true, keepUnusedImports: true }).code);
  });
  test('keeps the line count', () => {
    for (const code of samples) expect(stripTypes(code).split('\n').length).toBe(code.split('\n').length);
  });
  // Not enums and parameter properties: Sucrase writes code for them that the reader did not.
  const copied = [...samples.filter((code) => !/enum |constructor\(public/.test(code)), 'class K2 { private x: number = 1; get v(): number { return this.x!; } }'];
  test.each(copied)('every token of the JavaScript maps back to the same text in the TypeScript: %#', (code) => {
    const { js, source } = stripTypesMapped(code);
    for (const t of parse(js, false, false, false).tokens) {
      const text = js.slice(t.start, t.end);
      const at = source(t.start);
      expect(code.slice(at, at + text.length)).toBe(text);
    }
  });
  test('a column after a stripped annotation is the TypeScript\'s', () => {
    const code = 'const a: Array<number> = f();';
    const { js, source } = stripTypesMapped(code);
    expect(source(js.indexOf('f()'))).toBe(code.indexOf('f()'));
  });
});
