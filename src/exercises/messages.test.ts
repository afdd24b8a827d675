/**
 * One rule for the check messages of every exercise (kit.ts): a check's name says which input it ran on, and its
 * message does not say it again (reader QA: "h for the 2-2-2 network, x = [0.05, 0.1]: correct for input the 2-2-2
 * network, x = [0.05, 0.1]"); a Chinese name or message has no full-width brackets inside full-width brackets
 * ("正确（输入：随机的 2-3-3-1 网络（种子 5））"); a failure still says what was expected and what was got.
 */
import { describe, expect, test } from 'vitest';
import { allExercises } from './registry';
import { checkCell } from './run-cell.test-helper';
import type { Lang } from '../i18n/lang';
import type { CheckResult } from './types';

/** The parts of a check's name: split at its list commas (", " and "，") outside brackets. */
function nameParts(name: string): string[] {
  const parts: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if ('([（'.includes(c)) depth++;
    else if (')]）'.includes(c)) depth--;
    else if (depth === 0 && (c === '，' || (c === ',' && name[i + 1] === ' '))) {
      parts.push(name.slice(start, i));
      start = i + (c === ',' ? 2 : 1);
    }
  }
  parts.push(name.slice(start));
  return parts.map((p) => p.trim());
}

/** The deepest nesting of full-width brackets in `text` (1 for "（输入：z = 0）", 2 for "（…（种子 5））"). */
function fullWidthDepth(text: string): number {
  let depth = 0, max = 0;
  for (const c of text) {
    if (c === '（') max = Math.max(max, ++depth);
    else if (c === '）') depth--;
  }
  return max;
}

/** Results of the starter, the solution and a function that throws, for one exercise in one language. */
async function resultsOf(id: string, entry: string, starter: string, solution: string, lang: Lang): Promise<CheckResult[]> {
  const thrower = `function ${entry}(..._: unknown[]): never { throw new Error("boom"); }`;
  return [
    ...await checkCell(id, starter, lang),
    ...await checkCell(id, solution, lang),
    ...await checkCell(id, thrower, lang),
  ];
}

describe('check messages', () => {
  test('the helper functions of this test split names and count brackets as intended', () => {
    expect(nameParts('h for the 2-2-2 network, x = [0.05, 0.1]')).toEqual(['h for the 2-2-2 network', 'x = [0.05, 0.1]']);
    expect(nameParts('δ(3)，随机的 2-3-3-1 网络（种子 5）')).toEqual(['δ(3)', '随机的 2-3-3-1 网络（种子 5）']);
    expect(fullWidthDepth('正确（输入：随机的 2-3-3-1 网络（种子 5））')).toBe(2);
    expect(fullWidthDepth('应为 0.25，实际为 0（输入：a(3) = [1, 2]）（按你的 α = 1 计算）')).toBe(1);
  });

  for (const e of allExercises()) {
    for (const lang of ['en', 'zh'] as const) {
      test(`${e.id} (${lang}): no message repeats its check's name or a part of it`, async () => {
        const results = await resultsOf(e.id, e.entry, e.starter, e.solution, lang);
        expect(results.some((r) => r.pass) && results.some((r) => !r.pass)).toBe(true);
        for (const r of results) {
          // A part with a space describes the input ("the 2-2-2 network", "m = 3"); a lone symbol ("δ(2)", "D(1)") is the
          // quantity checked, which the message may name ("δ(2) row 1 differs").
          for (const part of nameParts(r.name).filter((p) => /\s/.test(p))) {
            expect(r.message, `${e.id}: "${r.name}" → "${r.message}"`).not.toContain(part);
          }
          if (lang === 'zh') {
            expect(fullWidthDepth(r.name), r.name).toBeLessThanOrEqual(1);
            expect(fullWidthDepth(r.message), r.message).toBeLessThanOrEqual(1);
          }
        }
      }, 60_000);
    }
  }

  test('a passed check says "correct"; a failed one says what was expected and what was got, without its input', async () => {
    const results = await checkCell('forward-pass', allExercises().find((e) => e.id === 'forward-pass')!.starter);
    const classic = results.find((r) => r.name === 'h for the 2-2-2 network, x = [0.05, 0.1]')!;
    expect(classic.pass).toBe(false);
    expect(classic.message).toMatch(/^a\(3\) row 1 differs: expected 0\.75136\d*, got [-0-9.e]+$/);
    const zh = await checkCell('forward-pass', allExercises().find((e) => e.id === 'forward-pass')!.solution, 'zh');
    expect(zh.map((r) => r.message)).toEqual(zh.map(() => '正确'));
  });

  test('values the name does not state still end the message: delta-output\'s a(L) and y', async () => {
    const e = allExercises().find((x) => x.id === 'delta-output')!;
    const [classic] = await checkCell(e.id, e.starter);
    // Lesson 1's worked example, by hand: a(3) of the 2-2-2 network at x = [0.05, 0.1].
    const g = (z: number) => 1 / (1 + Math.exp(-z));
    const a2 = [g(0.35 + 0.15 * 0.05 + 0.2 * 0.1), g(0.35 + 0.25 * 0.05 + 0.3 * 0.1)];
    const a3 = [g(0.6 + 0.4 * a2[0]! + 0.45 * a2[1]!), g(0.6 + 0.5 * a2[0]! + 0.55 * a2[1]!)];
    expect(classic!.name).toBe('δ(3) for the 2-2-2 network, x = [0.05, 0.1]');
    expect(classic!.message).toMatch(/^δ\(3\) row 1 differs: expected .+, got .+ \(input: a\(3\) = \[[0-9.]+, [0-9.]+\], y = \[0\.01, 0\.99\]\)$/);
    expect(classic!.message).toContain(`a(3) = [${a3.map((v) => v.toFixed(4)).join(', ')}]`);
  });

  test('delta-output (en): the input is set apart from the likely cause, not read as qualifying its formula', async () => {
    const e = allExercises().find((x) => x.id === 'delta-output')!;
    // The starter returns a − y: the message names the missing factor g′(z(L)) = a(1 − a), then the input.
    const [classic] = await checkCell(e.id, e.starter);
    expect(classic!.message).toContain('g′(z(L)) = a(1 − a) (input: a(3) = [');
    expect(classic!.message).not.toMatch(/ for input /);
  });
});
