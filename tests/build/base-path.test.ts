import { beforeAll, describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The site must work under a sub-path (GitHub Pages project sites): built with BASE_PATH, every internal
 * link and asset must point inside that sub-path.
 */
const BASE = '/backprop-notebook/';
const OUT = '.out/base-path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });
}

describe('a build under a sub-path', () => {
  beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    // Vitest's own variables (NODE_ENV=test, BASE_URL=/, VITEST…) must not leak into the build.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$)/.test(k)),
    );
    execSync('npx astro build', {
      env: { ...env, BASE_PATH: BASE, OUT_DIR: OUT, CACHE_DIR: '.out/base-path-cache' },
      stdio: 'pipe',
    });
  }, 240_000);

  it('points every root-relative link, script, stylesheet and image inside the base path', () => {
    const outside: string[] = [];
    const files = htmlFiles(OUT);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
        if (!m[1]!.startsWith(BASE)) outside.push(`${file}: ${m[1]}`);
      }
      for (const m of html.matchAll(/url\((\/[^)]*)\)/g)) {
        if (!m[1]!.startsWith(BASE)) outside.push(`${file}: url(${m[1]})`);
      }
    }
    expect(outside.slice(0, 20)).toEqual([]);
  });
});
