import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The runtime ↔ exercises cycle stays broken: exercises and the value formatter never import the runtime
 * (the worker is the composition root: worker → runtime + exercises → format, backprop).
 */
const importsOf = (dir: string, tests = false) => readdirSync(dir)
  .filter((f) => /\.ts$/.test(f) && (tests || !/\.test(-helper)?\.ts$/.test(f)))
  .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => `${f}: ${m[1] ?? m[2]}`));

describe('folder layers around the runtime', () => {
  test('src/exercises (its modules) imports nothing from src/runtime', () => {
    const all = importsOf('src/exercises');
    expect(all.length).toBeGreaterThan(0); // the scan sees imports at all
    expect(all.filter((i) => /runtime\//.test(i))).toEqual([]);
  });
  test('src/format imports nothing but itself', () => {
    expect(importsOf('src/format', true).filter((i) => !/: (\.\/|vitest$)/.test(i))).toEqual([]);
  });
});
