import { describe, expect, test } from 'vitest';
import { transform } from 'sucrase';
import { stripTypes } from './strip-types';

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
});
