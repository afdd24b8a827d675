import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { decodeEntities, html } from './built-site';

/**
 * A notebook cell's code reaches the page as the lesson writes it, indentation included (reader QA: MDX takes up to
 * two spaces off every line of a multi-line attribute value, so `<CodeCell code={`…`}>` lost one level of indentation
 * in every cell: function bodies and loops were flat, and Reset brought back the flat code). The code of each cell is
 * read from the MDX source here — the template literal, its blank first and last lines and common indentation
 * removed — and compared with what the built page gives the cell (`data-original`, what the editor shows and Reset
 * restores).
 */
const LESSONS = 'content/lessons';

/** The template literal's text as JavaScript reads it: `\`` and `\\` and `\${` unescaped. */
const unescape = (s: string) => s.replace(/\\([`\\$])/g, '$1');

/** Blank first and last lines and the indentation common to every non-blank line removed. */
function outdent(code: string): string {
  const lines = code.split('\n');
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  const common = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(common)).join('\n');
}

const cells = readdirSync(LESSONS).flatMap((lang) => readdirSync(join(LESSONS, lang)).filter((f) => f.endsWith('.mdx')).flatMap((file) => {
  const source = readFileSync(join(LESSONS, lang, file), 'utf8');
  const page = `${lang === 'en' ? '' : `/${lang}`}/lessons/${file.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/`;
  return [...source.matchAll(/<CodeCell\s+id="([^"]+)"[^>]*?\bcode=\{`((?:[^`\\]|\\.)*)`\}/g)]
    .map((m) => ({ page, id: m[1]!, code: outdent(unescape(m[2]!)) }));
}));

it('the lessons have notebook cells written in MDX, with indented lines', () => {
  expect(cells.length).toBeGreaterThan(20);
  expect(cells.filter((c) => /\n {2,}\S/.test(c.code)).length).toBeGreaterThan(10);
});

it('every notebook cell of a lesson gets its code as the MDX writes it, indentation included', () => {
  const wrong: string[] = [];
  for (const { page, id, code } of cells) {
    const m = new RegExp(`<bpn-cell[^>]*data-id="${id}"[^>]*data-original="([^"]*)"`).exec(html(page));
    if (!m) { wrong.push(`${page} ${id}: no cell in the page`); continue; }
    const built = decodeEntities(m[1]!);
    if (built !== code) {
      const at = code.split('\n').findIndex((line, k) => line !== built.split('\n')[k]);
      wrong.push(`${page} ${id}, line ${at + 1}: ${JSON.stringify(built.split('\n')[at])} instead of ${JSON.stringify(code.split('\n')[at])}`);
    }
  }
  expect(wrong).toEqual([]);
});
