import { describe, expect, it } from 'vitest';
import { Network, predict } from 'backprop';
import { parseCsv } from './own-csv.ts';
import { dataCsv, weightsFile } from './own-export.ts';
import { ownSpec, toSession } from './own-session.ts';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings.ts';

/** Settings with these hidden layers (tanh), validated as the widget validates them. */
const withHidden = (hidden: number[]) => normalizeSettings({ hidden });

describe('export: data and weights', () => {
  const text = 'u,v,cls\n10,100,a\n20,300,b\n15,200,a\n12,250,b\n18,150,a\n';
  const d = parseCsv(text);
  const s = toSession(d, DEFAULT_SETTINGS);

  it('exports the data as CSV that reads back to the same rows', () => {
    const csv = dataCsv(s, s.points);
    expect(csv.split('\r\n')[0]).toBe('u,v,cls');
    const back = parseCsv(csv);
    expect(back.good.map((r) => [r.x1, r.x2, r.label])).toEqual(d.good.map((r) => [r.x1, r.x2, r.label]));
    // Built-in data: the points as they are.
    expect(dataCsv(null, [{ x1: 0.5, x2: -1, label: 1, test: true }])).toBe('x1,x2,label\r\n0.5,-1,1');
  });

  it('quotes labels with commas and quotes, and reads them back', () => {
    const t = 'x1,x2,label\n0,0,"a, b"\n1,1,"say ""hi"""\n';
    const dd = parseCsv(t);
    expect(dd.classes).toEqual(['a, b', 'say "hi"']);
    const ss = toSession(dd, DEFAULT_SETTINGS);
    expect(parseCsv(dataCsv(ss, ss.points)).classes).toEqual(['a, b', 'say "hi"']);
  });

  it('folds the scaling into the weights: the file on raw inputs predicts what the net predicts on scaled ones', () => {
    const spec = ownSpec(withHidden([3]), s);
    const net = Network.random(spec.sizes, { hidden: spec.hidden, output: spec.output, seed: 7 });
    const file = weightsFile(s, spec, net.weights());
    expect(file.sizes).toEqual([2, 3, 1]);
    expect(file.inputs).toEqual(['u', 'v']);
    expect(file.classes).toEqual(['a', 'b']);
    const copy = Network.fromWeights(file.weights, file);
    const raw = [[10, 100], [17.5, 222], [30, -5]];
    const scaled = raw.map(([a, b]) => [(a - 15) * (1.5 / 5.5), (b - 200) * (1.5 / 110)]);
    const want = predict(net, scaled), got = predict(copy, raw);
    got.forEach((row, i) => expect(row[0]).toBeCloseTo(want[i][0], 10));
  });

  it('for a target, the weights file gives the target in its own units', () => {
    const r = parseCsv('x1,x2,price\n0,0,100\n1,0,300\n0,1,200\n1,1,250\n');
    expect(r.kind).toBe('regression');
    const rs = toSession(r, DEFAULT_SETTINGS);
    for (const hidden of [[], [4]]) {
      const spec = ownSpec(withHidden(hidden), rs);
      const net = Network.random(spec.sizes, { hidden: spec.hidden, output: spec.output, seed: 3 });
      const file = weightsFile(rs, spec, net.weights());
      expect(file.target).toBe('price');
      const scaledOut = predict(net, [[(0.3 - 0.5) * (1.5 / 0.55), (0.9 - 0.5) * (1.5 / 0.55)]])[0][0];
      expect(predict(Network.fromWeights(file.weights, file), [[0.3, 0.9]])[0][0]).toBeCloseTo(200 + 100 * scaledOut, 9);
    }
  });

  it('reads a target with decimal commas, and the exported CSV reads back to the same numbers', () => {
    const targets = ['0,5', '1,25', '-2,75', '3,5', '7,125'];
    const text = ['a;b;y', ...targets.map((t, i) => `${i};${i % 2};${t}`)].join('\n');
    const d = parseCsv(text);
    expect(d.kind).toBe('regression');
    expect(d.decimalComma).toBe(true);
    expect(d.y).toEqual([0.5, 1.25, -2.75, 3.5, 7.125]);
    const s = toSession(d, DEFAULT_SETTINGS);
    const back = parseCsv(dataCsv(s, s.points));
    expect(back.delimiter).toBe(',');
    expect(back.y).toEqual(d.y);
  });
});
