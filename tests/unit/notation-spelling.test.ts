import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';

/*
 * One notation model (src/notation): a symbol's letter and layer are written by its renderers only, so `Θ(2)`, `δ(3)_1`
 * and `\Th{2}_{11}` are spelled one way everywhere. This scans the code for symbols put together by hand from a layer
 * number instead.
 */

/** Where a hand-written symbol is allowed, and why. */
const EXEMPT: Record<string, string> = {
  'src/notation': 'the renderers themselves',
  'src/backprop': 'the core imports nothing (tests/unit/architecture.test.ts); its error messages and Value labels stay its own',
};
/** The reader's code in the exercises' cells (starter, solution, demo) runs in the page and cannot import the notation. */
const READER_CODE = /^src\/exercises\/[^/]+\/(starter|solution|demo)\.ts$/;

/** A symbol's letter and layer from a number: `Θ(${l})`, `a(${l + 1})`, `\\al{${l}}`, JSX's `Θ({l + 1})`, `(${l})_${i}`. */
const BY_HAND = [
  /(?:Θ|δ|Δ|(?<![A-Za-z.\\])[azDAEZ])\(\$\{/,
  /\\\\(?:al|zl|dl|Th|Dl|Acc)\{\$\{/,
  /(?:Θ|δ|Δ)\(\{/,
  /\(\$\{[\w.\s+-]*\}\)_\$\{/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = posix.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|astro)$/.test(name) && !/\.(d|test|test-helper)\.ts$/.test(name) ? [p] : [];
  });
}

/** Lines of `text` that write a symbol by hand, as `line: text`. */
export function handWritten(text: string): string[] {
  return text.split('\n').flatMap((line, k) => (BY_HAND.some((re) => re.test(line)) ? [`${k + 1}: ${line.trim()}`] : []));
}

describe('symbols are spelled by the notation module', () => {
  it('recognises a symbol written by hand, and not the renderers\' output', () => {
    expect(handWritten('const s = `Θ(${l})`;\nconst t = `\\\\al{${l}}_{${i}}`;\n<th>Θ({l + 1})</th>')).toHaveLength(3);
    expect(handWritten('`a(${net.L}) = [`\n`δ(${l + 1})`\n`E(${l})`\n{`(${n.l})_${n.i}`}')).toHaveLength(4);
    expect(handWritten('const s = plainLayer(layerSym.Theta(l));\n`${G_TEX.softmax}(${texLayer(z)})`\n`g′(z) = a(1 − a)`\nmatrix(`data(${x})`)')).toEqual([]);
  });

  it('no file outside src/notation puts a symbol together from a layer number', () => {
    const found = ['components', 'src'].flatMap(sources)
      .filter((f) => !Object.keys(EXEMPT).some((d) => f.startsWith(`${d}/`)) && !READER_CODE.test(f))
      .flatMap((f) => handWritten(readFileSync(f, 'utf8')).map((l) => `${f}:${l}`));
    expect(found).toEqual([]);
  });
});
