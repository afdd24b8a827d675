import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cellText } from './source';
import { allExercises } from './registry';

const DIR = 'src/exercises';

describe('cell text from the exercise files', () => {
  test('hidden lines and `export` go, backprop imports merge into one line at the top', () => {
    const starter = 'import { Network, forward } from "backprop";\n\nexport function f(x: number): number {\n  return x;\n}\n';
    const demo = 'import { f } from \'./solution\'; // @hide\nimport { Network, cost } from "backprop";\n\nconsole.log(f(1));\n';
    expect(cellText(starter, demo)).toBe(
      'import { Network, forward, cost } from "backprop";\n\nfunction f(x: number): number {\n  return x;\n}\n\nconsole.log(f(1));');
  });

  test('an `export` inside a line or a string is kept', () => {
    expect(cellText('const s = "export function";\n  export const nested = 1;')).toBe('const s = "export function";\n  export const nested = 1;');
  });

  test('every exercise is a folder with index, starter and solution, and no exercise file sits beside the folders', () => {
    const folders = readdirSync(DIR).filter((n) => statSync(join(DIR, n)).isDirectory());
    expect(folders.sort()).toEqual(allExercises().map((e) => e.id).sort());
    for (const f of folders) for (const file of ['index.ts', 'starter.ts', 'solution.ts']) expect(readdirSync(join(DIR, f)), f).toContain(file);
    const loose = readdirSync(DIR).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && /export const exercise\b/.test(readFileSync(join(DIR, n), 'utf8')));
    expect(loose, 'exercise definitions must live in <id>/index.ts').toEqual([]);
  });

  test('what readers see: no `export`, no hidden marker, one backprop import at most, the entry defined', () => {
    for (const e of allExercises()) {
      for (const [which, text] of [['starter', e.starter], ['solution', e.solution]] as const) {
        expect(text, `${e.id} ${which}`).not.toMatch(/^export |@hide|from ['"]\.\//m);
        expect((text.match(/from "backprop"/g) ?? []).length, `${e.id} ${which}`).toBeLessThanOrEqual(1);
        expect(text, `${e.id} ${which}`).toMatch(new RegExp(`function ${e.entry}\\(`));
      }
    }
  });

  test('find-the-bug: starter and solution differ in exactly the planted line', () => {
    const e = allExercises().find((x) => x.id === 'find-the-bug')!;
    const a = e.starter.split('\n'), b = e.solution.split('\n');
    expect(a.length).toBe(b.length);
    const diff = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
    expect(diff).toHaveLength(1);
    expect(diff[0]![0]).toContain('T[i][j] * d');
    expect(diff[0]![1]).toContain('T[i][j + 1] * d');
  });
});
