import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { diagramModel, initialState, type DiagramModel } from './model';

/**
 * The weight labels of every diagram a lesson draws, boxed from the model's positions with the drawing's own
 * metrics (DiagramSvg: 11 px monospace text, baseline at ly + 4, a 4 px halo), must not overlap each other or a
 * unit. The SVG scales as a whole (viewBox), so the layout is the same at 360 px as at 1280 px.
 */
const LESSONS = new URL('../../content/lessons/en/', import.meta.url);

/** Every `<NetworkDiagram …/>` and `<BackpropStepper …/>` of the English lessons, with its props evaluated. */
function lessonDiagrams(): { where: string; tag: string; props: Record<string, unknown> }[] {
  const found: { where: string; tag: string; props: Record<string, unknown> }[] = [];
  for (const file of readdirSync(LESSONS).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(new URL(file, LESSONS), 'utf8');
    for (const m of text.matchAll(/<(NetworkDiagram|BackpropStepper)\b([^\n]*?)\/>/g)) {
      const props: Record<string, unknown> = {};
      for (const p of m[2]!.matchAll(/(\w+)=(?:"([^"]*)"|\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\})/g)) {
        props[p[1]!] = p[2] !== undefined ? p[2] : new Function(`return (${p[3]});`)();
      }
      found.push({ where: `${file} ${m[1]}`, tag: m[1]!, props });
    }
  }
  return found;
}

type Rect = { x0: number; y0: number; x1: number; y1: number };
const intersect = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** A label as drawn: 0.6 em per monospace character, digits from 8 units above the baseline to 2.5 below, 2 units of halo. */
const drawn = (lx: number, ly: number, text: string): Rect => {
  const w = text.length * 0.6 * 11, base = ly + 4;
  return { x0: lx - w / 2 - 2, x1: lx + w / 2 + 2, y0: base - 8 - 2, y1: base + 2.5 + 2 };
};

function collisions(m: DiagramModel): string[] {
  const boxes = m.edges.map((e) => ({ key: e.key, r: drawn(e.lx, e.ly, e.text) }));
  const out: string[] = [];
  boxes.forEach((a, k) => boxes.slice(k + 1).forEach((b) => { if (intersect(a.r, b.r)) out.push(`${a.key} × ${b.key}`); }));
  for (const a of boxes) for (const n of m.nodes) {
    if (intersect(a.r, { x0: n.cx - n.r, x1: n.cx + n.r, y0: n.cy - n.r, y1: n.cy + n.r })) out.push(`${a.key} × ${n.key}`);
  }
  return out;
}

describe('weight labels do not overlap', () => {
  const diagrams = lessonDiagrams();

  test('the lessons draw the diagrams this test knows how to read', () => {
    expect(diagrams.map((d) => d.tag).sort()).toEqual(['BackpropStepper', 'BackpropStepper', 'NetworkDiagram', 'NetworkDiagram', 'NetworkDiagram']);
    expect(diagrams.find((d) => d.props.options)?.props).toMatchObject({ options: { output: 'softmax' }, cost: 'softmax-cross-entropy' });
  });

  test.each(lessonDiagrams().map((d) => [d.where, d] as const))('%s', (_, d) => {
    const state = initialState(d.props as Parameters<typeof initialState>[0]);
    // The stepper shows δ in its backward phases and reveals values one by one; the diagram as its props say.
    const views = d.tag === 'BackpropStepper' ? [{ reveal: [] }, { showDelta: true }] : [{ showDelta: Boolean(d.props.showDelta) }];
    for (const view of views) expect(collisions(diagramModel(state, view))).toEqual([]);
  });

  test('crossing edges of a 2-2-3 net would collide at the default 30 % (the case the placement solves)', () => {
    const d = lessonDiagrams().find((x) => x.props.options)!;
    const m = diagramModel(initialState(d.props as Parameters<typeof initialState>[0]));
    const at30 = { ...m, edges: m.edges.map((e) => ({ ...e, lx: e.x1 + 0.3 * (e.x2 - e.x1), ly: e.y1 + 0.3 * (e.y2 - e.y1) })) };
    expect(collisions(at30)).not.toEqual([]);
    expect(collisions(m)).toEqual([]);
  });
});
