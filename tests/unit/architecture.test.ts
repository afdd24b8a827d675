import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

/**
 * Which folder may import which: ONE table. An import whose target folder is neither the importer's own folder
 * nor listed for it fails the test (an "upward" or sideways import), and so does any cycle between folders.
 *
 * A folder is `src/<name>`, `components/<name>`, or `content`. Imports are read from the source text
 * (`import … from`, `export … from`, `import '…'`, `import('…')`); the aliases `backprop`, `@backprop` and
 * `@components/…` resolve as in tsconfig.json. Packages from npm are not folders and are not checked here
 * (src/backprop's own test keeps it free of them). Code cells' source inside MDX (`code={`…`}`) is the
 * reader's code, not the lesson's, and is left out. Unit tests (`*.test.ts`) and their helpers (`*.test-helper.ts`) may reach further to compare
 * layers with each other and ship nowhere, so they are not scanned.
 */

/** The libraries under src/: what a widget may use. */
const SRC_LIBS = ['src/backprop', 'src/format', 'src/math', 'src/notation', 'src/course', 'src/exercises', 'src/runtime', 'src/site', 'src/i18n'];
/** Folders under components/ that are not widgets but shared building blocks any widget or page may use. */
const SHARED_COMPONENTS = ['components/shared', 'components/math', 'components/site', 'components/reference'];

/** Allowed imports between folders. A key ending in `/*` applies to every folder under it not listed itself. */
export const ALLOWED: Record<string, string[]> = {
  'src/backprop': [],
  'src/format': [],
  // The KaTeX macros and renderers; prose-with-TeX (text.ts) escapes with src/format's escapeHtml.
  'src/math': ['src/format'],
  // The two languages and the typed string tables: used by every layer that shows text, imports nothing.
  'src/i18n': [],
  // The notation: symbols as data with their key, TeX, plain-text and spoken renderers.
  'src/notation': ['src/i18n'],
  'src/course': ['src/backprop', 'src/format', 'src/notation', 'src/i18n'],
  // The checks' messages write symbols (δ(2), Θ(1)) with the notation's renderers, as the widgets do.
  'src/exercises': ['src/backprop', 'src/format', 'src/notation', 'src/i18n'],
  'src/runtime': ['src/backprop', 'src/format', 'src/exercises', 'src/i18n'],
  // The table of contents lists each exercise's heading as <Exercise> writes it (page-headings.ts).
  'src/site': ['src/math', 'src/i18n', 'src/exercises'],
  'src/styles': [],
  'src/content.config.ts': [],
  // A widget: the libraries, the shared component folders, and its own folder; never another widget's folder.
  'components/*': [...SRC_LIBS, ...SHARED_COMPONENTS],
  'components/shared': SRC_LIBS,
  'components/math': SRC_LIBS,
  'components/site': SRC_LIBS,
  'components/reference': SRC_LIBS,
  'content': ['components/*'],
  'src/layouts': ['components/*', 'src/site', 'src/styles', 'src/math', 'src/i18n'],
  'src/pages': ['src/layouts', 'components/*', 'src/styles', ...SRC_LIBS, 'content'],
};

/**
 * Widgets that use another widget's folder today, each with its reason. Each entry must still be in use
 * (the test says when one can go), so the list shrinks as the shares move to `components/shared/` or `src/`.
 */
export const WIDGET_EXCEPTIONS: Record<string, string> = {
  'components/BackpropStepper -> components/NetworkDiagram': 'composition: the stepper draws the network diagram',
  'components/Exercise -> components/CodeCell': 'composition: an exercise is a code cell with checks',
  'components/OwnNetwork -> components/BackpropStepper': 'composition: the reader’s own network shown in the stepper',
  'components/BackpropStepper -> components/LinkedSymbols': 'composition: the stepper links its equations\' symbols to the diagram (link.ts, linked-tex.ts)',
  'components/NetworkDiagram -> components/LinkedSymbols': 'composition: the diagram is the target of linked symbols (link.ts)',
  'components/site -> components/Exercise': 'the course outline marks lessons whose exercises are passed (Exercise/progress.ts)',
};

const ROOTS = ['src', 'components', 'content'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = posix.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|mts|mjs|js|astro|mdx)$/.test(name) && !/\.(d|test|test-helper)\.ts$/.test(name) ? [p] : [];
  });
}

/** The folder a path belongs to: `src/course`, `components/Playground`, `content`, or a file directly in src/. */
export function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'content') return 'content';
  return parts.length <= 2 ? path : `${parts[0]}/${parts[1]}`;
}

/** Import specifiers in a source text. */
export function specifiers(text: string): string[] {
  const re = /(?:import|export)\s[^'"`;]*?from\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  return [...text.matchAll(re)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** The repository path an import points at, or null for a package from npm. */
export function resolveImport(from: string, spec: string): string | null {
  if (spec.startsWith('.')) return posix.normalize(posix.join(dirname(from).split('\\').join('/'), spec));
  if (spec === 'backprop' || spec === '@backprop') return 'src/backprop/index.ts';
  if (spec.startsWith('@components/')) return `components/${spec.slice('@components/'.length)}`;
  return null;
}

/** Is an import from folder `from` into folder `to` allowed by the table (or an exception)? */
export function allowed(from: string, to: string, table = ALLOWED, exceptions = WIDGET_EXCEPTIONS): boolean {
  if (from === to) return true;
  if (`${from} -> ${to}` in exceptions) return true;
  const key = from in table ? from : from.startsWith('components/') ? 'components/*' : undefined;
  if (key === undefined) return false;
  return table[key]!.some((t) => t === to || (t === 'components/*' && to.startsWith('components/')));
}

/** Every cycle's folders in a directed graph (one per strongly connected component of two or more nodes). */
export function cycles(edges: [string, string][]): string[][] {
  const graph = new Map<string, string[]>();
  for (const [a, b] of edges) {
    if (!graph.has(a)) graph.set(a, []);
    if (!graph.has(b)) graph.set(b, []);
    graph.get(a)!.push(b);
  }
  // Tarjan's strongly connected components.
  let index = 0;
  const idx = new Map<string, number>(), low = new Map<string, number>(), onStack = new Set<string>(), stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index); low.set(v, index); index++; stack.push(v); onStack.add(v);
    for (const w of graph.get(v)!) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); scc.push(w); } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  return out;
}

/** Every import between two different folders of the repository: [from folder, to folder, "file imports spec"]. */
function folderImports(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const file of ROOTS.flatMap((r) => sources(r))) {
    let text = readFileSync(join(file), 'utf8');
    if (file.endsWith('.mdx')) text = text.replace(/code=\{`[\s\S]*?`\}/g, '');
    // Exercises carry the reader's starter and solution code in template strings: not imports of the folder.
    text = text.replace(/`(?:\\[\s\S]|\$\{[^}]*\}|[^`\\])*`/g, '``');
    for (const spec of specifiers(text)) {
      const target = resolveImport(file, spec);
      if (target === null) continue;
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from !== to) out.push([from, to, `${file} imports ${spec}`]);
    }
  }
  return out;
}

describe('the table of allowed imports', () => {
  it('reads imports, aliases and folders as the build does', () => {
    expect(specifiers(`import a from './a';\nexport { b } from "../b.ts";\nimport './c.css';\nconst d = import('./d');\nimport type { E } from 'backprop';`))
      .toEqual(['./a', '../b.ts', './c.css', './d', 'backprop']);
    expect(resolveImport('components/X/a.tsx', '../../src/course/format')).toBe('src/course/format');
    expect(resolveImport('content/lessons/en/01.mdx', '@components/math/Eq.astro')).toBe('components/math/Eq.astro');
    expect(resolveImport('src/runtime/a.ts', 'preact')).toBeNull();
    expect(folderOf('components/Playground/model.ts')).toBe('components/Playground');
    expect(folderOf('content/lessons/en/01-notation.mdx')).toBe('content');
    expect(folderOf('src/content.config.ts')).toBe('src/content.config.ts');
  });

  it('rejects an upward import, a widget reaching into another widget, and finds a cycle', () => {
    expect(allowed('src/backprop', 'components/Playground')).toBe(false);
    expect(allowed('src/course', 'src/runtime')).toBe(false);
    expect(allowed('components/Playground', 'components/CostCurve')).toBe(false);
    expect(allowed('components/Playground', 'components/shared')).toBe(true);
    expect(allowed('content', 'components/Playground')).toBe(true);
    expect(allowed('content', 'src/backprop')).toBe(false);
    expect(cycles([['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd']])).toEqual([['a', 'b', 'c']]);
    expect(cycles([['a', 'b'], ['b', 'c']])).toEqual([]);
  });

  it('is itself free of cycles, so imports that follow it can have none', () => {
    const folders = [...Object.keys(ALLOWED).filter((k) => !k.endsWith('/*')), 'components/Widget'];
    const edges: [string, string][] = [];
    for (const from of folders) for (const to of [...folders, ...SRC_LIBS, ...SHARED_COMPONENTS]) {
      if (from !== to && allowed(from, to, ALLOWED, {})) edges.push([from, to]);
    }
    expect(edges.length).toBeGreaterThan(20);
    expect(cycles(edges)).toEqual([]);
  });
});

describe('imports between folders', () => {
  const imports = folderImports();

  it('are found (the scan sees the code)', () => {
    expect(imports.length).toBeGreaterThan(50);
  });

  it('follow the table: no upward import, no widget using another widget\'s folder unless listed', () => {
    const bad = imports.filter(([from, to]) => !allowed(from, to)).map(([from, to, where]) => `${from} -> ${to}: ${where}`);
    expect(bad).toEqual([]);
  });

  it('form no cycle between folders', () => {
    const edges = imports.map(([from, to]) => [from, to] as [string, string]);
    expect(cycles(edges)).toEqual([]);
  });

  it('still need every listed widget exception (remove the ones that are gone)', () => {
    const used = new Set(imports.map(([from, to]) => `${from} -> ${to}`));
    expect(Object.keys(WIDGET_EXCEPTIONS).filter((e) => !used.has(e))).toEqual([]);
  });
});
