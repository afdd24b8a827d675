/**
 * The text of an exercise's cell, assembled from real TypeScript files of its folder (imported with
 * Vite's `?raw`): `starter.ts` or `solution.ts`, then the shared `demo.ts`. The files are type-checked with
 * the project; the reader sees them without what only the type checker needs:
 *
 * - a line ending in `// @hide` is dropped (e.g. `import { deltaOutput } from './solution'; // @hide` in a demo);
 * - `export ` in front of a top-level declaration is dropped (the files export their function so that each
 *   is a module and the demo can import it);
 * - the parts' `import { … } from "backprop";` lines become one import at the top (a name imported twice
 *   would be declared twice in one cell).
 */

const HIDE = /\/\/\s*@hide\s*$/;
const BACKPROP_IMPORT = /^import\s*\{([^}]*)\}\s*from\s*["']backprop["'];?\s*$/;

/**
 * @param parts file texts in cell order, e.g. `cellText(starterRaw, demoRaw)`
 * @example
 * ```ts
 * cellText('import { sigmoid } from "backprop";\nexport function f(z: number) { return sigmoid(z); }',
 *   'import { f } from "./solution"; // @hide\nimport { sigmoid } from "backprop";\nconsole.log(f(0), sigmoid(0));');
 * // 'import { sigmoid } from "backprop";\n\nfunction f(z: number) { return sigmoid(z); }\n\nconsole.log(f(0), sigmoid(0));'
 * ```
 */
export function cellText(...parts: string[]): string {
  const names: string[] = [];
  const bodies = parts.map((part) => part.split('\n').flatMap((line) => {
    if (HIDE.test(line)) return [];
    const imp = BACKPROP_IMPORT.exec(line);
    if (imp) {
      for (const n of imp[1]!.split(',').map((s) => s.trim()).filter(Boolean)) if (!names.includes(n)) names.push(n);
      return [];
    }
    return [line.replace(/^export (?=(async )?(function|const|let|class|type|interface) )/, '')];
  }).join('\n').trim()).filter(Boolean);
  const head = names.length ? [`import { ${names.join(', ')} } from "backprop";`] : [];
  return [...head, ...bodies].join('\n\n');
}
