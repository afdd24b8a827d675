/**
 * One structure, two languages (issue 13 §4): every English lesson and reference page has a Chinese
 * counterpart with the same file name, and the two editions agree on everything but the prose — the same
 * display equations (identical up to the words inside `\text{…}`) with the same tags, the same components in
 * the same order with the same non-text props, the same code (up to comments), the same tables and headings.
 * The MDX is read with the remark parser (remark-mdx, remark-math, remark-gfm), as the site's build reads it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';

const ROOT = new URL('../../content/', import.meta.url).pathname;
const COLLECTIONS = ['lessons', 'reference'];
const HAN = /\p{Script=Han}/u;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGfm);

/** A TypeScript source without its comments (strings kept), trailing spaces and blank lines. */
export function withoutComments(code: string): string {
  const stripped = code.replace(
    /('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    (m, str: string | undefined) => str ?? '',
  );
  return stripped.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '').join('\n');
}

/**
 * A display equation with every `\text{…}` group removed and all white space dropped: the words of an equation
 * may be phrased (and split into groups) as each language needs, the mathematics may not change.
 */
export function mathSkeleton(tex: string): string {
  let out = '';
  for (let i = 0; i < tex.length; ) {
    const m = /^\\text\{/.exec(tex.slice(i));
    if (!m) { out += tex[i++]; continue; }
    let depth = 1;
    let j = i + m[0].length;
    while (j < tex.length && depth > 0) {
      if (tex[j] === '\\') j += 1;
      else if (tex[j] === '{') depth += 1;
      else if (tex[j] === '}') depth -= 1;
      j += 1;
    }
    i = j;
  }
  return out.replace(/\s+/g, '');
}

/**
 * Whether two equations say the same mathematics: identical skeletons, or — where a language needs the words and
 * the symbols of a table header in another order (`J \text{ after } 100` → `\text{更新 } 100 \text{ 次后的 } J`) —
 * the same characters outside the words, with the substituted values (`[[name]]`) in the same order.
 */
export function sameMath(a: string, b: string): boolean {
  const ka = mathSkeleton(a), kb = mathSkeleton(b);
  if (ka === kb) return true;
  const sorted = (k: string) => [...k].sort().join('');
  const slots = (k: string) => [...k.matchAll(/\[\[[^\]]+\]\]/g)].map((m) => m[0]).join();
  return sorted(ka) === sorted(kb) && slots(ka) === slots(kb);
}

interface Attr { name: string; value: string | null }
interface Item { kind: string; detail: string }

function attrValue(a: { value?: unknown }): string | null {
  const v = a.value as string | { value: string } | null | undefined;
  if (v == null) return null;
  return typeof v === 'string' ? v : v.value;
}

/** A prop is prose when the Chinese edition writes it in Chinese; prose props may differ, nothing else may. */
function propsOf(node: { attributes: { type: string; name?: string; value?: unknown }[] }): Attr[] {
  return node.attributes
    .filter((a) => a.type === 'mdxJsxAttribute' && a.name !== 'lang')
    .map((a) => ({ name: a.name ?? '', value: attrValue(a) }));
}

/**
 * Whether the code of a code cell is the same in both editions: identical outside comments and string literals, the
 * same string literals in the same places, except that a string of the Chinese edition may be a label written in
 * Chinese in place of the English one (`"相对差 r ="` for `"relative difference r ="`, what the cell prints).
 */
export function sameCode(zh: string, en: string): boolean {
  // split() with a capturing group: the pieces at odd places are the string literals.
  const STRING = /('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")/;
  const a = zh.split(STRING), b = en.split(STRING);
  return a.length === b.length && a.every((piece, i) => piece === b[i] || (i % 2 === 1 && HAN.test(piece)));
}

function codeOfProp(value: string): string {
  const template = /^`([\s\S]*)`$/.exec(value.trim());
  return withoutComments(template ? template[1] : value);
}

interface Edition { items: Item[]; props: Attr[][]; frontmatter: Record<string, unknown>; widgets: { name: string; lang: string | null }[] }

function read(file: string): Edition {
  const source = readFileSync(file, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---/.exec(source);
  const frontmatter = fm ? (parseYaml(fm[1]) as Record<string, unknown>) : {};
  const tree = parser.parse(fm ? source.slice(fm[0].length) : source);
  const items: Item[] = [];
  const props: Attr[][] = [];
  const widgets: { name: string; lang: string | null }[] = [];
  const tsxImports = new Set<string>();
  visit(tree, (node: any) => {
    switch (node.type) {
      case 'mdxjsEsm':
        for (const m of String(node.value).matchAll(/import\s+(\w+)\s+from\s+['"][^'"]+\.tsx['"]/g)) tsxImports.add(m[1]);
        items.push({ kind: 'import', detail: String(node.value).replace(/\s+/g, ' ').trim() });
        break;
      case 'math': {
        const tags = [...String(node.value).matchAll(/\\tag\{([^}]*)\}/g)].map((m) => m[1]).join(',');
        items.push({ kind: 'equation', detail: `${tags} ${mathSkeleton(node.value)}` });
        break;
      }
      case 'code':
        items.push({ kind: 'code', detail: `${node.lang ?? ''}\n${withoutComments(node.value)}` });
        break;
      case 'heading':
        items.push({ kind: 'heading', detail: `h${node.depth}` });
        break;
      case 'table':
        items.push({ kind: 'table', detail: `${node.children.length} rows × ${node.children[0]?.children.length ?? 0} columns` });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (!node.name || !/^[A-Z]/.test(node.name)) break;
        items.push({ kind: 'component', detail: node.name });
        props.push(propsOf(node));
        if (tsxImports.has(node.name)) {
          const lang = node.attributes.find((a: any) => a.name === 'lang');
          widgets.push({ name: node.name, lang: lang ? attrValue(lang) : null });
        }
        break;
      }
    }
  });
  return { items, props, frontmatter, widgets };
}

for (const collection of COLLECTIONS) {
  const en = readdirSync(join(ROOT, collection, 'en')).filter((f) => f.endsWith('.mdx')).sort();
  let zh: string[] = [];
  try { zh = readdirSync(join(ROOT, collection, 'zh')).filter((f) => f.endsWith('.mdx')).sort(); } catch { /* no edition yet */ }

  describe(`${collection}: both editions`, () => {
    it('every page exists in both languages, under the same file name', () => {
      expect(zh).toEqual(en);
    });

    for (const file of en.filter((f) => zh.includes(f))) {
      describe(file, () => {
        const e = read(join(ROOT, collection, 'en', file));
        const z = read(join(ROOT, collection, 'zh', file));

        it('has the same frontmatter shape: order, number of objectives, language', () => {
          expect(z.frontmatter.order).toBe(e.frontmatter.order);
          expect((z.frontmatter.objectives as unknown[] | undefined)?.length).toBe((e.frontmatter.objectives as unknown[] | undefined)?.length);
          expect(z.frontmatter.lang).toBe('zh');
          expect(String(z.frontmatter.title)).toMatch(HAN);
        });

        it('has the same imports, equations (and tags), code, tables, headings and components, in order', () => {
          expect(z.items).toEqual(e.items);
        });

        it('gives each component the same props; only props written in Chinese may differ', () => {
          z.props.forEach((zp, i) => {
            const ep = e.props[i] ?? [];
            expect(zp.map((a) => a.name).sort(), `component ${i + 1}'s props`).toEqual(ep.map((a) => a.name).sort());
            for (const a of zp) {
              const b = ep.find((x) => x.name === a.name);
              // Equations (Eq's tex) compare like display math; code up to comments; other prose props may differ.
              if (a.name === 'tex' && a.value !== null && b?.value) {
                expect(sameMath(a.value, b.value), `component ${i + 1}, tex: ${a.value.slice(0, 80)} vs ${b.value.slice(0, 80)}`).toBe(true);
                continue;
              }
              if (a.value !== null && HAN.test(a.value) && a.name !== 'code') continue;
              const same = a.name === 'code' && a.value && b?.value ? sameCode(codeOfProp(a.value), codeOfProp(b.value)) : a.value === b?.value;
              expect(same, `component ${i + 1}, prop ${a.name}: ${a.value?.slice(0, 80)} vs ${b?.value?.slice(0, 80)}`).toBe(true);
            }
          });
        });

        it('passes lang="zh" to every widget, so their labels are Chinese', () => {
          for (const w of z.widgets) expect(w, `${w.name}`).toEqual({ name: w.name, lang: 'zh' });
        });
      });
    }
  });
}

describe('the comparison itself', () => {
  it('takes a label of a code cell written in Chinese, and no other change of the code or its strings', () => {
    const en = 'console.log("relative difference r =", r, \'ms\'); show.table(t, { cost: "squared-error" });';
    expect(sameCode('console.log("相对差 r =", r, \'毫秒\'); show.table(t, { cost: "squared-error" });', en)).toBe(true);
    expect(sameCode(en, en)).toBe(true);
    // An English string changed, code changed, a string added or taken away: not the same.
    expect(sameCode('console.log("relative difference r =", r, \'ms\'); show.table(t, { cost: "cross-entropy" });', en)).toBe(false);
    expect(sameCode('console.log("相对差 r =", r + 1, \'ms\'); show.table(t, { cost: "squared-error" });', en)).toBe(false);
    expect(sameCode('console.log("相对差 r =", r, \'ms\', "次"); show.table(t, { cost: "squared-error" });', en)).toBe(false);
    expect(sameCode('console.log(r, \'ms\'); show.table(t, { cost: "squared-error" });', en)).toBe(false);
  });

  it('strips comments but keeps strings that look like comments', () => {
    expect(withoutComments("const u = 'http://x'; // 网址\n/* 注释 */ f(u);\n")).toBe("const u = 'http://x';\n f(u);");
  });
  it('ignores the words inside \\text{…} but nothing else', () => {
    expect(mathSkeleton('J = 1 \\quad \\text{(cost, {nested})}')).toBe(mathSkeleton('J=1\\quad\\text{（代价）}'));
    expect(mathSkeleton('\\text{row } 1')).toBe(mathSkeleton('\\text{第 } 1 \\text{ 行}'));
    expect(mathSkeleton('J = 1')).not.toBe(mathSkeleton('J = 2'));
    expect(sameMath('J \\text{ after } 100 & [[a]]', '\\text{更新 } 100 \\text{ 次后的 } J & [[a]]')).toBe(true);
    expect(sameMath('J \\text{ after } 100', '\\text{更新 } 1000 \\text{ 次后的 } J')).toBe(false);
    expect(sameMath('[[a]] - [[b]]', '[[b]] - [[a]]')).toBe(false);
  });
});
