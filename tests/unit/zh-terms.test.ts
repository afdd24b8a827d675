/**
 * The Chinese edition says each term one way (docs/zh-terms.md). This test reads every piece of Chinese a reader
 * meets — the zh lessons and reference pages, the Chinese strings of the widgets' string tables, the exercises'
 * zh.ts — and fails on a variant the edition decided against, so a later edit cannot bring it back. The glossary
 * and the further-reading page name the variants on purpose (other textbooks' terms, other authors' titles), so
 * they are exempt from the term list; the seed's readers' comments are quoted in their own words and are exempt too.
 * It also checks the prose of the zh pages for ASCII punctuation next to Chinese text (Chinese punctuation in prose,
 * ASCII inside math and code).
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

const ROOT = new URL('../../', import.meta.url).pathname;
const HAN = /\p{Script=Han}/u;

/** Variant → the edition's term. Each entry is a form found (and unified) in the edition, or one zh-terms.md forbids. */
export const FORBIDDEN: ReadonlyArray<readonly [RegExp, string]> = [
  [/残差/, '误差项（δ）; 残差 now means residual'],
  [/逻辑函数/, 'sigmoid 函数'],
  [/种子文章/, '原文'],
  [/前向传递|正向传播|正向传递/, '前向传播 (forward pass)'],
  [/后向传递|反向传导|反向遍历|反向过程/, '反向传递 (backward pass)'],
  [/前向过程|前向计算中/, '前向传播 (forward pass)'],
  [/前向与反向传播|前向和反向传播|前向传播[和与]反向传播/, '前向传播与反向传递 (forward and backward passes)'],
  [/典则连接|典范连接/, '规范连接函数'],
  [/梯度检查|梯度校验/, '梯度检验'],
  [/双侧差分|两侧差分/, '中心差分'],
  [/子节点/, '后继节点'],
  [/隐层|隐含层/, '隐藏层'],
  [/结点/, '节点'],
  [/带权输入|净输入/, '加权输入'],
  [/神经元/, '单元 (unit)'],
  [/正确率|识别率/, '准确率 (accuracy)'],
  [/正则项/, '正则化项 (regularisation term) / 惩罚项 (penalty)'],
  [/活性值/, '激活值'],
  [/损失函数|损失曲线/, '代价函数 / 代价曲线 (损失 only for the reported loss)'],
  [/迭代周期|回合/, '轮（epoch）'],
  [/(?<!又称)哈达玛积|按元素乘法/, '逐元素乘积 (the notation page may add “又称哈达玛积”)'],
  [/学习速率/, '学习率'],
  [/权值/, '权重'],
  [/小批次|批次/, '小批量 / 批量'],
  [/付出的代价|代价高昂|没有任何代价|的代价是存储/, '计算量 / 开销 (代价 is J)'],
  [/代码单元格|代码格/, '代码单元'],
  [/在示例上|(?<!演算)示例中的|经典示例/, '例子 (the running example; 示例 is a worked or code example)'],
  [/[\u4e00-\u9fff] ?bug|bug ?[\u4e00-\u9fff]/, '错误 (a bug in prose)'],
];

/** Files whose purpose is to name other books' terms and other authors' titles. */
const NAMES_VARIANTS = new Set(['content/reference/zh/glossary.mdx', 'content/reference/zh/further-reading.mdx']);

const mdxFiles = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.mdx')).sort().map((f) => `${dir}/${f}`);
const ZH_PAGES = [...mdxFiles('content/lessons/zh'), ...mdxFiles('content/reference/zh')];

/** Every .ts file under `dir` (tests excluded). */
function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (/\.tsx?$/.test(e.name) && !/\.test(-helper)?\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** The string literals of a TypeScript source that contain Chinese: the zh halves of the tables, the zh.ts texts. */
export function chineseLiterals(source: string): string[] {
  const out: string[] = [];
  source.replace(/('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str: string | undefined) => {
    if (str && HAN.test(str)) out.push(str);
    return m;
  });
  return out;
}

const SOURCES = [...tsFiles('components'), ...tsFiles('src')]
  .map((p) => ({ path: p, strings: chineseLiterals(readFileSync(join(ROOT, p), 'utf8')) }))
  .filter((s) => s.strings.length > 0);

/** A zh page without the seed's readers' comments (blockquotes quoted verbatim from the seed's comment section). */
function withoutQuotes(mdx: string): string {
  return mdx.split('\n').filter((l) => !l.startsWith('>')).join('\n');
}

function violations(text: string): string[] {
  const out: string[] = [];
  for (const [re, use] of FORBIDDEN) {
    const m = text.match(new RegExp(`.{0,12}(?:${re.source}).{0,12}`));
    if (m) out.push(`“${m[0]}” → ${use}`);
  }
  return out;
}

describe('Chinese terms are used one way (docs/zh-terms.md)', () => {
  it('finds the Chinese of the string tables and exercises (the scan is not empty)', () => {
    const paths = SOURCES.map((s) => s.path);
    expect(paths).toContain('components/GradientCheck/strings.ts');
    expect(paths).toContain('src/exercises/strings.ts');
    expect(paths).toContain('components/reference/api-zh.ts'); // the API reference's Chinese
    expect(paths).toContain('components/CodeCell/js-messages.ts');
    expect(paths.filter((p) => p.endsWith('/zh.ts')).length).toBeGreaterThan(5);
    expect(ZH_PAGES.length).toBeGreaterThan(10);
  });

  for (const page of ZH_PAGES.filter((p) => !NAMES_VARIANTS.has(p))) {
    it(`${page} uses the edition's terms`, () => {
      expect(violations(withoutQuotes(readFileSync(join(ROOT, page), 'utf8')))).toEqual([]);
    });
  }

  for (const { path, strings } of SOURCES) {
    it(`${path} uses the edition's terms`, () => {
      expect(strings.flatMap(violations)).toEqual([]);
    });
  }

  it('the glossary uses variants only in its variants column: its own-term and explanation columns use the edition’s terms', () => {
    const glossary = readFileSync(join(ROOT, 'content/reference/zh/glossary.mdx'), 'utf8');
    // The course's own column (the second) and the explanations (the fourth) never carry a variant.
    const rows = glossary.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---')).map((l) => l.split(' | '));
    expect(rows.length).toBeGreaterThan(60);
    expect(rows.map((r) => r[1] ?? '').flatMap(violations)).toEqual([]);
    expect(rows.map((r) => r[3] ?? '').flatMap(violations)).toEqual([]);
  });

  it('the check itself catches a variant and passes the decided term', () => {
    expect(violations('先做一遍前向传递')).toHaveLength(1);
    expect(violations('先做一遍前向传播')).toEqual([]);
    expect(violations('反向模式付出的代价是内存')).toHaveLength(1);
    expect(violations('代价是交叉熵')).toEqual([]);
    expect(chineseLiterals("const a = 'English'; // 残差\nconst b = `中文 ${x}`;")).toEqual(['`中文 ${x}`']);
  });
});

/** The prose text of an MDX page: text nodes only — no math, code, JSX props or blockquotes. */
function proseLines(mdx: string): string[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGfm).parse(mdx);
  const out: string[] = [];
  visit(tree, (node: any) => {
    if (node.type === 'blockquote' || node.type === 'code' || node.type === 'math') return 'skip';
    if (node.type === 'text') out.push(node.value as string);
    return undefined;
  });
  return out;
}

/** ASCII , ; : ? ! ( ) written against a Chinese character. Equation numbers like “(4.17)” are written in ASCII on purpose. */
const ASCII_NEXT_TO_HAN = /[\p{Script=Han}，。：；、“”][,;:?!]|[,;:?!][\p{Script=Han}]|\p{Script=Han}\((?!\d+\.\d+\))|\((?!\d+\.\d+\))[^()]*\p{Script=Han}[^()]*\)/u;

describe('zh pages: Chinese punctuation in prose', () => {
  for (const page of ZH_PAGES.filter((p) => p !== 'content/reference/zh/further-reading.mdx')) {
    it(`${page}`, () => {
      const bad = proseLines(readFileSync(join(ROOT, page), 'utf8')).filter((t) => ASCII_NEXT_TO_HAN.test(t));
      expect(bad.map((t) => t.slice(0, 80))).toEqual([]);
    });
  }

  /** Strings whose ASCII punctuation is the subject (a quoted character) or a formula. */
  const LITERAL_EXCEPTIONS = new Set(["'∂节点/∂(本遍选定的输入)'", "'这里之前缺少运算符（或者多了一个“,”或“;”）'"]);
  for (const { path, strings } of SOURCES) {
    it(`${path}: Chinese strings use Chinese punctuation`, () => {
      expect(strings.filter((s) => ASCII_NEXT_TO_HAN.test(s) && !LITERAL_EXCEPTIONS.has(s))).toEqual([]);
    });
  }

  it('the pattern catches ASCII punctuation against Chinese and spares equation numbers', () => {
    expect(ASCII_NEXT_TO_HAN.test('代价,梯度')).toBe(true);
    expect(ASCII_NEXT_TO_HAN.test('如下:')).toBe(true);
    expect(ASCII_NEXT_TO_HAN.test('权重(偏置除外)')).toBe(true);
    expect(ASCII_NEXT_TO_HAN.test('由 (4.17) 得')).toBe(false);
    expect(ASCII_NEXT_TO_HAN.test('代价，梯度：权重（偏置除外）')).toBe(false);
  });
});
