import { describe, expect, test } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { allExercises } from './registry';
import { allPassed } from './runner';
import { checkCell } from './run-cell.test-helper';
import { findComments, translateComments, withoutComments } from './comments';
import { chineseText, exerciseIn } from './translations';
import { EXERCISE_STRINGS, inLanguage, S } from './strings';

const CJK = /[\u4e00-\u9fff]/;

describe('comment scanner', () => {
  test('finds line and block comments, not comment-like text in strings', () => {
    const code = 'const s = "// no", t = \'/* no */\', u = `// no`;\n/** doc\n * two */\nf(); // yes';
    expect(findComments(code).map((c) => c.text)).toEqual(['doc\ntwo', 'yes']);
  });
  test('translates comments in place and keeps a multi-line doc comment multi-line', () => {
    const code = '/**\n * a\n * b\n */\nx(); // c';
    expect(translateComments(code, { 'a\nb': '甲\n乙', c: '丙' })).toBe('/**\n * 甲\n * 乙\n */\nx(); // 丙');
    expect(() => translateComments(code, { c: '丙' })).toThrow('no translation of the comment "a\nb"');
  });
});

describe('Chinese exercises', () => {
  const folders = readdirSync('src/exercises', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  test('every exercise folder has a zh.ts with as many hints as the English', () => {
    for (const id of folders) expect(existsSync(`src/exercises/${id}/zh.ts`), id).toBe(true);
    for (const e of allExercises()) expect(chineseText(e.id)?.hints.length, e.id).toBe(e.hints.length);
  });

  for (const e of allExercises()) {
    test(`${e.id}: the Chinese text is Chinese, and the zh code differs from the English only in its comments`, () => {
      const zh = exerciseIn(e, 'zh');
      for (const text of [zh.title, zh.task, ...zh.hints]) expect(text, e.id).toMatch(CJK);
      for (const [en, cn] of [[e.starter, zh.starter], [e.solution, zh.solution]] as const) {
        expect(withoutComments(cn)).toBe(withoutComments(en));
        expect(findComments(cn).length).toBe(findComments(en).length);
        // A comment may stay as it is only when it is pure notation: each English word in it is a name from the code.
        const code = withoutComments(en);
        findComments(cn).forEach((c, i) => {
          if (CJK.test(c.text)) return;
          const english = findComments(en)[i]!.text;
          for (const word of english.match(/\b[a-z]{3,}\b/gi) ?? []) expect(code, `untranslated "${english}" in ${e.id}`).toContain(word);
        });
      }
      // No stale entries: every translated comment is one of the cells' comments.
      const used = new Set([...findComments(e.starter), ...findComments(e.solution)].map((c) => c.text));
      expect(Object.keys(chineseText(e.id)!.comments).filter((k) => !used.has(k))).toEqual([]);
    });

    test(`${e.id}: the zh starter fails and the zh solution passes exactly like the English, with Chinese messages`, async () => {
      const zh = exerciseIn(e, 'zh');
      for (const [en, cn] of [[e.starter, zh.starter], [e.solution, zh.solution]] as const) {
        const english = await checkCell(e.id, en, 'en');
        const chinese = await checkCell(e.id, cn, 'zh');
        expect(chinese.map((r) => r.pass)).toEqual(english.map((r) => r.pass));
        for (const r of chinese) expect(`${r.name} ${r.message}`, e.id).toMatch(CJK);
      }
      expect(allPassed(await checkCell(e.id, zh.starter, 'zh'))).toBe(false);
      expect(allPassed(await checkCell(e.id, zh.solution, 'zh'))).toBe(true);
    }, 60_000);
  }

  test('a wrong answer is diagnosed in Chinese, naming the expected and the actual value (the name says the input)', async () => {
    const results = await checkCell('sigmoid-gradient', 'function gPrime(z: number) { return 0.25; }', 'zh');
    expect(results.find((r) => !r.pass)).toEqual({ name: "g'(1)", pass: false, message: '应为 0.196612，实际为 0.25' });
    const missing = await checkCell('sigmoid-gradient', 'const x = 1;', 'zh');
    expect(missing).toEqual([{ name: '定义了 gPrime', pass: false, message: '应定义名为 gPrime 的函数，实际为 undefined' }]);
  });

  test('a forbidden call is refused in Chinese with the Chinese reason', async () => {
    const code = 'import { backprop, Network } from "backprop";\nfunction deltaOutput(aL: number[], y: number[]) { backprop(Network.random([2, 2]), [0, 0], y); return aL; }';
    const results = await checkCell('delta-output', code, 'zh');
    expect(results[0]!.name).toBe('只调用允许的函数');
    expect(results[0]!.message).toContain(EXERCISE_STRINGS.zh.reasons.backprop);
  });

  test('the language of a run is restored after it, also when it throws', async () => {
    await expect(inLanguage('zh', () => { throw new Error('x'); })).rejects.toThrow('x');
    expect(S.ok).toBe('ok');
    expect(await inLanguage('zh', async () => S.ok)).toBe('正确');
    expect(S.ok).toBe('ok');
  });
});

describe('the list of functions an exercise may not call', () => {
  test('is joined as each language lists things (QA: the Chinese list used ASCII commas)', () => {
    const names = ['`forward`', '`predict`'];
    expect(EXERCISE_STRINGS.zh.notAvailable(names)).toContain('`forward`、`predict`。');
    expect(EXERCISE_STRINGS.en.notAvailable(names)).toContain('`forward`, `predict`.');
  });
});
