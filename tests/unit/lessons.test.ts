import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The course's promise per lesson (issue 6): objectives, display equations, at least one live widget, one
 * runnable code cell and one auto-checked exercise, a summary, and links back to the lessons it builds on.
 * Counted on the MDX sources; the browser tests check that the pages render.
 */
const dir = 'content/lessons/en';
const COURSE = ['notation', 'cost', 'chain-rule', 'deriving-backprop', 'algorithm', 'gradient-checking', 'computational-graphs', 'training',
  'softmax', 'matrix-form'];
const WIDGETS = ['NetworkDiagram', 'BackpropStepper', 'CostCurve', 'GradientCheck', 'ComputationGraph', 'Playground'];

const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
const slug = (f: string) => f.replace(/^\d+-/, '').replace(/\.mdx$/, '');

/** Counts of the things each lesson must have. */
export function inventory(source: string) {
  const displayMath = (source.match(/^\$\$/gm) ?? []).length / 2 + (source.match(/<Eq\b(?![^>]*\binline\b)/g) ?? []).length;
  return {
    widgets: WIDGETS.filter((w) => new RegExp(`<${w}\\b[^>]*client:`).test(source)),
    cells: (source.match(/<CodeCell\b/g) ?? []).length,
    exercises: (source.match(/<Exercise\b/g) ?? []).length,
    displayMath,
    hasSummary: /^## Summary\s*$/m.test(source),
    objectives: (source.match(/^objectives:\n((?: {2}- .+\n)+)/m)?.[1] ?? '').split('\n').filter(Boolean).length,
    links: [...source.matchAll(/\]\(\/lessons\/([\w-]+)\//g)].map((m) => m[1]),
  };
}

describe('the course', () => {
  it('has the lessons in order', () => {
    expect(files.map(slug)).toEqual(COURSE);
  });

  for (const file of files) {
    describe(file, () => {
      const source = readFileSync(join(dir, file), 'utf8');
      const inv = inventory(source);
      const index = COURSE.indexOf(slug(file));
      it('is published with learning objectives and a summary', () => {
        expect(source).not.toMatch(/^draft: true/m);
        expect(inv.objectives).toBeGreaterThanOrEqual(2);
        expect(inv.hasSummary).toBe(true);
      });
      it('has at least one live widget, code cell and exercise, and shows its math', () => {
        expect(inv.widgets.length, 'live widgets').toBeGreaterThanOrEqual(1);
        expect(inv.cells, 'code cells').toBeGreaterThanOrEqual(1);
        expect(inv.exercises, 'exercises').toBeGreaterThanOrEqual(1);
        expect(inv.displayMath, 'display equations').toBeGreaterThanOrEqual(5);
      });
      if (index > 0) {
        it('links back to a lesson it builds on', () => {
          const earlier = inv.links.filter((l) => COURSE.indexOf(l) >= 0 && COURSE.indexOf(l) < index);
          expect(earlier.length).toBeGreaterThanOrEqual(1);
        });
      }
      it('keeps logic out of the lesson (components only)', () => {
        // Code cells' own source (code={`…`}) is the reader's code, not the lesson's.
        const mdx = source.replace(/code=\{`[\s\S]*?`\}/g, '');
        expect(mdx).not.toMatch(/^export\s+(const|function|let)/m);
        const imports = [...mdx.matchAll(/^import .* from ['"](.+)['"];?$/gm)].map((m) => m[1]);
        expect(imports.filter((p) => !p.startsWith('@components/'))).toEqual([]);
      });
    });
  }
});
