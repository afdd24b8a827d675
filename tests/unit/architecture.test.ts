import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Layers import downwards only: src/backprop ← src/runtime ← components ← content. A widget may use the
 * module; the module never knows about widgets, pages or the browser.
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|mjs|astro)$/.test(name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

function violations(dir: string, forbidden: RegExp): string[] {
  return sources(dir).flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f} imports ${i}`));
}

describe('import direction', () => {
  it('src/backprop imports nothing from the site, the runtime, components or content', () => {
    expect(violations('src/backprop', /components|runtime|site|pages|layouts|content|course|preact|astro|katex/)).toEqual([]);
  });
  it('src/runtime does not import components, pages or content', () => {
    expect(violations('src/runtime', /components\/|pages\/|layouts\/|content\//)).toEqual([]);
  });
  it('src/course and src/math do not import components', () => {
    expect(violations('src/course', /components\//)).toEqual([]);
    expect(violations('src/math', /components\//)).toEqual([]);
  });
});
