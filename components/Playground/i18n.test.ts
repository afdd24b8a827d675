import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { describeNumber } from '../../src/format/number.ts';
import { ExportPanel, PointForm, WeightEditor } from './EditPanel.tsx';
import { LossChart } from './LossChart.tsx';
import Playground from './Playground.tsx';
import { FIELD_RANGES } from './settings.ts';
import { SettingsPanel } from './SettingsPanel.tsx';
import { DEFAULT_SETTINGS } from './settings.ts';
import { DATA_STRINGS } from './data-strings.ts';
import { PLAYGROUND_STRINGS } from './strings.ts';
import { WeightDiagram } from './WeightDiagram.tsx';

const EN = PLAYGROUND_STRINGS.en, ZH = PLAYGROUND_STRINGS.zh;

/** What a reader sees or hears: text nodes, and the aria-label / title / alt attributes, tags removed. */
function readerText(html: string): string {
  const attrs = [...html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  return [html.replace(/<code>[^<]*<\/code>/g, '').replace(/<[^>]*>/g, '\n'), ...attrs].join('\n')
    .replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Latin words a Chinese page may show: names kept in Latin letters (zh-terms.md), and proper nouns. */
const ALLOWED = new Set(['CSV', 'tanh', 'sigmoid', 'ReLU', 'XOR', 'JSON', 'JavaScript']);
const latinWords = (s: string) => (s.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ALLOWED.has(w));

/** Every English word (three letters or more) of the English table, calling each function with sample arguments. */
function englishWords(): Set<string> {
  const out = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') for (const w of v.match(/[A-Za-z]{3,}/g) ?? []) out.add(w);
    else if (typeof v === 'function') {
      for (const args of [[1, 1, 1, 1, 1], ['test', 0.5, 1, '2', 1], [true]]) {
        try { visit((v as (...a: unknown[]) => unknown)(...args)); } catch { /* needs other arguments */ }
      }
      if (v === EN.badField) visit(EN.badField('x', FIELD_RANGES.learningRate, 1) + EN.badField('x', FIELD_RANGES.n, 1));
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(EN);
  for (const w of ALLOWED) out.delete(w);
  return out;
}

const leaks = (text: string) => {
  const english = englishWords();
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => english.has(w));
};

describe('Playground in Chinese', () => {
  it('renders the whole widget (server render) with the Chinese labels and no English of the table', () => {
    const html = renderToString(h(Playground, { lang: 'zh', syncUrl: false, dataset: 'blobs', classes: 3, lambda: 0.01 }));
    const text = readerText(html);
    // Server render, so as without JavaScript: no click hint, and the panels that need it say so (static-render.test.ts).
    for (const label of [ZH.label, ZH.play, ZH.step, ZH.rewind, ZH.reset, ZH.newClass, ZH.addPoint, ZH.removeNearest,
      ZH.exportNoJs, DATA_STRINGS.zh.summaryNoJs, ZH.data, ZH.dataSet, ZH.classes, ZH.points, ZH.noise, ZH.network(2), ZH.layerUnits(2), ZH.layerActivation(3),
      ZH.addLayer, ZH.removeLayer, ZH.trainingLegend, ZH.learningRate, ZH.lambda, ZH.batchSize, ZH.loss, ZH.crossEntropy,
      ZH.squaredError, ZH.seed, ZH.datasets.spirals, ZH.controls, ZH.layer, ZH.row, ZH.column, ZH.value, ZH.setWeight,
      ZH.editLegend(false), ZH.lossName('training', 0.01), ZH.lossName('test', 0.01), ZH.className(2, ZH.shapes[2]!),
      ZH.diagramCaption('2-4-4-3', false), ZH.diagramLabel('2-4-4-3'), ZH.ticks(3.5, 'x₁', 'x₂')]) expect(text).toContain(label);
    // Server render: the static fallback note and the points' text alternative.
    // (the note's shape is a nowrap span inside it: read as one line of text)
    const note = (/<p class="pg-nojs">(.*?)<\/p>/.exec(html)?.[1] ?? '').replace(/<[^>]*>/g, '');
    expect(note.replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(ZH.noJs('blobs', 400, 100, '2-4-4-3', 0.03));
    expect(text).toMatch(/2-4-4-3 网络训练 0 步后的决策边界：背景按预测的类别着色，类别 0（圆形）、类别 1（方形）、类别 2（三角形）；/);
    expect(text).toContain(ZH.counts(400, 100));
    expect(leaks(text)).toEqual([]);
    expect(latinWords(text)).toEqual([]);
  });

  it('the parts render in Chinese on their own: chart, diagram, settings, edit panel', () => {
    const parts = [
      h(LossChart, { points: [{ step: 0, train: 0.7, test: 0.8 }, { step: 5, train: 0.5, test: 0.6 }], train: 0.5, test: 0.6, lang: 'zh' }),
      h(WeightDiagram, { sizes: [2, 1], weights: [[[0.5, -1, 2]]], selected: null, onSelect: () => {}, lang: 'zh' }),
      h('p', null, ZH.hint),
      h(SettingsPanel, { settings: { ...DEFAULT_SETTINGS, hidden: [3] }, disabled: false, onChange: () => {}, lang: 'zh' }),
      h(PointForm, { classes: 4, label: 0, onLabel: () => {}, onAdd: () => {}, onRemoveNear: () => {}, disabled: false, lang: 'zh' }),
      h(WeightEditor, { sizes: [2, 2, 1], selected: { l: 1, i: 1, j: 0 }, current: 0.5, onSelect: () => {}, onSet: () => {}, disabled: false, lang: 'zh' }),
      h(ExportPanel, { json: () => '{}', lang: 'zh' }),
    ];
    const text = parts.map((p) => readerText(renderToString(p as never))).join('\n');
    for (const s of [ZH.chartLabel(5, ZH.lossName('training', 0), '0.5', ZH.lossName('test', 0), '0.6'), ZH.chartStep(5),
      ZH.diagramLabel('2-1'), ZH.diagramCaption('2-1', true), ZH.edgeTitle('Θ(1)_10', describeNumber(0.5)), ZH.network(1), ZH.className(3, '菱形'), ZH.biasColumn,
      ZH.exportSummary, ZH.activations.linear]) expect(text).toContain(s);
    expect(leaks(text)).toEqual([]);
    expect(latinWords(text)).toEqual([]);
  });

  it('every message is Chinese, with the same numbers as in English', () => {
    const messages = [
      ZH.settingsChanged('2-8-1'), ZH.fromUrl, ZH.pausedNoPoints(12), ZH.paused(12), ZH.divergedFirst, ZH.addPointsFirst, ZH.training,
      ZH.stepped(3), ZH.rewound, ZH.wasReset(2), ZH.added(1, '1.3', '−1.3'), ZH.removed(0, 'test', '0.50', '−0.25'),
      ZH.weightSet('Θ(1)_20', '−0.5'), ZH.diverged(40), ZH.copied, ZH.copyBlocked, ZH.farPoint(-1.5, 1.5),
      ZH.badField(ZH.learningRate, FIELD_RANGES.learningRate, 0.03), ZH.badField(ZH.seed, FIELD_RANGES.seed, 1),
      ZH.badField(ZH.points, FIELD_RANGES.n, 500), ZH.badWeight(ZH.value, 'Θ(1)_10', '−0.5'), ZH.exportNoJs,
      DATA_STRINGS.zh.summaryNoJs,
    ];
    for (const m of messages) {
      expect(latinWords(m), m).toEqual([]);
      expect(leaks(m), m).toEqual([]);
    }
    expect(ZH.added(1, '1.3', '−1.3')).toBe('已在 (1.3, −1.3) 添加一个类别 1 的训练点。');
    expect(ZH.removed(0, 'test', '0.50', '−0.25')).toContain('测试点');
    // The ranges read as in English: the same shared number formatting (1e6, 4294967295).
    expect(ZH.badField(ZH.learningRate, FIELD_RANGES.learningRate, 0.03)).toBe('学习率 α 必须是大于 0 且不超过 1e6 的数；现仍使用 0.03，训练从原处继续。');
    expect(EN.badField('Learning rate α', FIELD_RANGES.learningRate, 0.03)).toContain('greater than 0 and at most 1e6; still using 0.03');
    expect(ZH.badField(ZH.seed, FIELD_RANGES.seed, 1)).toContain('必须是 0 到 4294967295 之间的整数');
    expect(ZH.lossName('training', 0)).toBe('训练集代价');
    expect(ZH.lossName('test', 0.1)).toBe('测试集 J（含正则化项）');
  });

  it('English stays English (the default language)', () => {
    const text = readerText(renderToString(h(Playground, { syncUrl: false })));
    expect(text).toContain('Neural network playground');
    expect(text).toContain(EN.counts(400, 100));
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the note shown without JavaScript', () => {
  it('names the data set as the menu does, in both languages (reader QA: "the initial xor data set")', () => {
    const en = PLAYGROUND_STRINGS.en, zh = PLAYGROUND_STRINGS.zh;
    for (const d of ['xor', 'circles', 'spirals', 'blobs'] as const) {
      expect(en.noJs(d, 400, 100, '2-8-1', 0.03)).toContain(`the initial ${en.datasets[d]} data set`);
      expect(zh.noJs(d, 400, 100, '2-8-1', 0.03)).toContain(`“${zh.datasets[d]}”数据集`);
    }
    expect(en.noJs('xor', 400, 100, '2-8-1', 0.03)).not.toMatch(/\bxor\b/);
  });
});
