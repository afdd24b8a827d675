import { basename, isAbsolute, relative } from 'node:path';

/**
 * The build's output folder: `dist/` unless `OUT_DIR` names another, so several builds can run side by side.
 * Astro puts its prerender chunks in `./.astro/` whenever the output folder lies outside the project, where
 * parallel builds would overwrite each other's; an outside `OUT_DIR` is therefore mapped to `.out/<name>/`.
 * The Playwright tests resolve the same folder through this function.
 */
export function resolveOutDir(outDir = process.env.OUT_DIR, cwd = process.cwd()) {
  if (!outDir) return './dist';
  if (isAbsolute(outDir) && relative(cwd, outDir).startsWith('..')) return `./.out/${basename(outDir)}`;
  return outDir;
}
