import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Network, type Matrix } from 'backprop';
// The build script's encoder, to make a small valid asset independently of the decoder.
import { encodeDigits } from '../../scripts/build-digits.mjs';
import { decodeDigits, type Digits } from './asset.ts';
import Confusion from './Confusion.tsx';
import DigitLab from './DigitLab.tsx';
import DrawPad from './DrawPad.tsx';
import { loadDigits } from './load.ts';
import { parseWeights, weightsJson } from './model.ts';
import { DIGIT_LAB_STRINGS } from './strings.ts';
import { badGradient, DEFAULT_CONFIG, DigitRun, type LabConfig } from './trainer.ts';

const EN = DIGIT_LAB_STRINGS.en, ZH = DIGIT_LAB_STRINGS.zh;

/** What a reader sees or hears: text nodes, and the aria-label / aria-roledescription / title attributes. */
function readerText(html: string): string {
  const attrs = [...html.matchAll(/\s(?:aria-label|aria-roledescription|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  return [html.replace(/<[^>]*>/g, '\n'), ...attrs].join('\n').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * Latin words a Chinese page may show: code names, file formats, proper nouns, and “epoch”, which zh-terms.md keeps
 * beside 轮 (轮（epoch）). The weights file's format name is code too.
 */
const ALLOWED = new Set(['passes', 'Theta', 'JSON', 'JavaScript', 'HTTP', 'gzip', 'DecompressionStream', 'BPND', 'format', 'epoch']);
const latinWords = (s: string) => (s.replace('backprop-notebook/digits-weights', '').match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ALLOWED.has(w));

/** Every English word (three letters or more) of the English table, each function called with sample arguments. */
function englishWords(): Set<string> {
  const out = new Set<string>();
  for (const v of Object.values(EN)) {
    const texts = typeof v === 'string' ? [v] : [[1, 2, 3, 4], ['x', 'y', 'z'], [true, 1, 2]].flatMap((args) => {
      try { return [String((v as (...a: unknown[]) => unknown)(...args))]; } catch { return []; }
    });
    for (const t of texts) for (const w of t.replace('backprop-notebook/digits-weights', '').match(/[A-Za-z]{3,}/g) ?? []) if (!ALLOWED.has(w)) out.add(w);
  }
  return out;
}
const leaks = (text: string) => { const en = englishWords(); return (text.replace('backprop-notebook/digits-weights', '').match(/[A-Za-z]{3,}/g) ?? []).filter((w) => en.has(w)); };

/** 10 classes of 4×4 images: class k lights pixel k. */
function synthetic(): Digits {
  const count = 120, side = 4, labels = new Uint8Array(count), pixels = new Uint8Array(count * 16);
  for (let i = 0; i < count; i++) { labels[i] = i % 10; pixels[i * 16 + (i % 10)] = 255; }
  return { side, count, labels, pixels };
}
const SMALL: LabConfig = { ...DEFAULT_CONFIG, hidden: 6, learningRate: 0.5, batchSize: 10, epochs: 40, train: 100, test: 20 };

afterEach(() => { vi.unstubAllGlobals(); });

describe('DigitLab in Chinese', () => {
  test('the table is complete and every Chinese entry with words differs from the English one', () => {
    for (const [key, en] of Object.entries(EN)) {
      const zh = (ZH as Record<string, unknown>)[key];
      expect(typeof zh, key).toBe(typeof en);
      if (typeof en === 'string' && /[a-z]{3,}/.test(en)) expect(zh, key).not.toBe(en);
      if (typeof zh === 'string') expect(latinWords(zh), key).toEqual([]);
    }
  });

  test('the server render (no JavaScript yet) is Chinese, with no English of the table', () => {
    const text = readerText(renderToString(h(DigitLab, { lang: 'zh', base: '/' })));
    for (const s of [ZH.caption, ZH.noJs, ZH.implLegend, ZH.implModule, ZH.implOwn, ZH.trainingDigits, ZH.epochsLabel, ZH.start,
      ZH.exportWeights, ZH.importWeights]) expect(text).toContain(s);
    expect(leaks(text)).toEqual([]);
    expect(latinWords(text)).toEqual([]);
  });

  test('the confusion matrix and the drawing pad are Chinese', () => {
    const matrix = Array.from({ length: 10 }, (_, t) => Array.from({ length: 10 }, (_, p) => (t === p ? 90 : 1)));
    const text = readerText(renderToString(h(Confusion, { matrix, lang: 'zh' }))) + readerText(renderToString(h(DrawPad, { onChange: () => {}, lang: 'zh' })));
    for (const s of [ZH.confusionCaption, `${ZH.trueDigit} \\ ${ZH.predicted}`, ZH.padLabel, ZH.padRole, ZH.padClear]) expect(text).toContain(s);
    expect(leaks(text)).toEqual([]);
    expect(latinWords(text)).toEqual([]);
  });

  test("the trainer's messages (the reader's passes failing) are Chinese, the same facts as in English", () => {
    const run = (own: (T: Matrix[]) => unknown, lang: 'en' | 'zh') => new DigitRun(synthetic(), SMALL, own as never, lang).advance(5);
    const threw = run(() => { throw new TypeError('oops'); }, 'zh');
    expect(threw.error).toBe(ZH.atStep(1, ZH.threw('TypeError: oops')));
    expect(threw.errorKind).toBe('own');
    expect(run(() => 5, 'zh').error).toBe('第 1 步：D 是 undefined；应为数组，其中 D[1] … D[2] 的形状依次为 6×17, 10×7');
    expect(run((T) => ({ D: [[], T[1], [[1, 2]]] }), 'zh').error).toBe('第 1 步：D(2) 的形状是 1×2；应为 10×7');
    expect(run((T) => ({ D: [[], T[1], T[2].map((r) => r.map(() => NaN))] }), 'zh').error).toBe('第 1 步：D(2) 第 1 行第 0 列是 NaN');
    expect(run(() => 5, 'en').error).toBe('step 1: D is undefined; expected an array with D[1] … D[2] of shapes 6×17, 10×7');
    expect(badGradient([[], [[0, 0, 0, 0], [0, 0, 0, 0]], [[0, 0, 0]]], Network.random([3, 2, 1]), 'zh')).toBeNull();
  });

  test('a diverging run says so in Chinese, without the module’s English reason', () => {
    const en = new DigitRun(synthetic(), { ...SMALL, learningRate: 1e308 }), zh = new DigitRun(synthetic(), { ...SMALL, learningRate: 1e308 }, null, 'zh');
    let a, b;
    do a = en.advance(10); while (!a.done);
    do b = zh.advance(10); while (!b.done);
    expect(a.error).toMatch(/diverged at step \d+ \(epoch \d+\)/);
    expect(b.errorKind).toBe('diverged');
    expect(b.error).toBe(ZH.coreDiverged(b.step, b.epoch, a.error!));
    expect(b.error).toMatch(new RegExp(`^第 ${a.step} 步（第 ${a.epoch} 轮）发散`));
    expect(latinWords(ZH.diverged(b.error!))).toEqual([]);
  });

  test('asset and weights-file errors are Chinese', async () => {
    const good = encodeDigits([{ label: 3, pixels: [0, 0.5, 1, 0.25] }], 2);
    const bad = good.slice(); bad[4] = 2;
    expect(() => decodeDigits(bad, 'zh')).toThrow(ZH.assetVersion(2));
    expect(() => decodeDigits(good.subarray(0, good.length - 1), 'zh')).toThrow(ZH.assetLength(good.length - 1, good.length));
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(loadDigits('/data/d.bin.gz', 'zh')).rejects.toThrow(ZH.assetMissing(ZH.assetHttp(404, '/data/d.bin.gz')));
    vi.stubGlobal('fetch', async () => new Response(bad));
    await expect(loadDigits('/d', 'zh')).rejects.toThrow(ZH.assetMissing(ZH.assetVersion(2)));
    const results = [parseWeights('{', 'zh'), parseWeights('{"format": "x"}', 'zh'),
      parseWeights(weightsJson(Network.random([400, 25, 10])).replace(/"Theta":\s*\[/, '"Theta": [[[1]],'), 'zh')];
    const messages = results.map((r) => ('error' in r ? r.error : ''));
    // No English from the browser's JSON.parse message (QA: "不是 JSON（Unexpected token 'o', …）").
    expect(messages[0]!.startsWith('不是 JSON 文件')).toBe(true);
    expect(latinWords(messages[0]!)).toEqual([]);
    expect(messages[0]).toBe('不是 JSON 文件（第 2 个字符处有误）'); // "{": a property name expected after it
    const token = parseWeights('{"format": oops}', 'zh');
    expect('error' in token && token.error).toBe('不是 JSON 文件（意外的字符“o”）');
    const cut = parseWeights('', 'zh');
    expect('error' in cut && cut.error).toBe('不是 JSON 文件（内容在中途断了）');
    expect(messages[1]).toBe(ZH.notWeights('backprop-notebook/digits-weights'));
    expect(messages[2]).toBe(ZH.twoThetas);
    const small = parseWeights(weightsJson(Network.random([4, 25, 10])), 'zh');
    expect('error' in small && small.error).toBe(ZH.wrongNetwork('4-25-10', 400, 10));
    for (const m of messages.slice(1)) { expect(leaks(m)).toEqual([]); expect(latinWords(m)).toEqual([]); }
    expect(parseWeights('{"format": "x"}')).toEqual({ error: EN.notWeights('backprop-notebook/digits-weights') });
  });

  test('messages the lab shows are Chinese', () => {
    for (const m of [ZH.loaded(8000, 2000), ZH.loading, ZH.progress(2, 8), ZH.epochsRange(30), ZH.done('92.3%', '12.5'), ZH.paused(40),
      ZH.ownMissing, ZH.importOk, ZH.importBad(ZH.twoThetas), ZH.workerFailed(ZH.unknownError), ZH.padCursor(true, 3, 4),
      ZH.reads(7), ZH.chartLabel('2.31'), ZH.misclassifiedAlt(4, 9), ZH.hiddenAlt(3), ZH.seconds('1.5')]) {
      expect(latinWords(m), m).toEqual([]);
      expect(leaks(m), m).toEqual([]);
    }
    // Numbers are written as in English.
    expect(ZH.loaded(8000, 2000)).toContain('8,000');
    expect(EN.loaded(8000, 2000)).toContain('8,000');
  });
});
