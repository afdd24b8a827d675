import { resolveOutDir } from '../src/site/out-dir.mjs';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of the built site as a URL path (`/lessons/notation/`), read from `dist/`. */
export function builtPages(dir = resolveOutDir()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(toPath(relative(dir, p)));
    }
  };
  walk(dir);
  if (out.length === 0) throw new Error('No pages in dist/: run `npm run build` first.');
  return out.sort();
}

function toPath(file: string): string {
  const unix = file.split('\\').join('/');
  if (unix === '404.html') return '/404.html';
  return '/' + unix.replace(/index\.html$/, '');
}
