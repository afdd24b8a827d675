import { describe, expect, it } from 'vitest';
import { Network, predict } from 'backprop';
import {
  byteLength, cellNumber, parseCsvAsync, dataCsv, drawnPoints, layoutFor, MAX_BYTES, MAX_ROWS, OWN_R, ownSpec, paintValues, parseCsv,
  plotPoint, rawPoint, toInternal, toRaw, toSession, weightsFile,
} from './own-data.ts';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings.ts';

/** Settings with these hidden layers (tanh), validated as the widget validates them. */
const withHidden = (hidden: number[]) => normalizeSettings({ hidden });
import { DATA_STRINGS } from './data-strings.ts';

describe('cellNumber', () => {
  it('reads decimals, exponents and a true minus; refuses the rest', () => {
    expect(cellNumber(' 2.5 ')).toBe(2.5);
    expect(cellNumber('−3')).toBe(-3);
    expect(cellNumber('1e-3')).toBe(0.001);
    expect(cellNumber('.5')).toBe(0.5);
    for (const bad of ['', 'abc', '0x10', 'Infinity', '1,5', '1e999', 'NaN', '1.2.3']) expect(cellNumber(bad)).toBeNaN();
  });
});

describe('parseCsv: header, delimiter, classes', () => {
  it('detects a header and two classes with their counts', () => {
    const d = parseCsv('a,b,kind\n0,0,cat\n1,0,dog\n0,1,dog\n');
    expect(d.hasHeader).toBe(true);
    expect(d.columns).toEqual(['a', 'b', 'kind']);
    expect(d.read).toBe(3);
    expect(d.kind).toBe('classes');
    expect(d.classes).toEqual(['cat', 'dog']);
    expect(d.counts).toEqual([1, 2]);
    expect(d.y).toEqual([0, 1, 1]);
    expect(d.range.x1).toEqual([0, 1]);
    expect(d.fatal).toBeNull();
  });

  it('reads a file without a header, separated by semicolons or tabs', () => {
    for (const sep of [';', '\t', '|']) {
      const d = parseCsv(['0.5', '-1', '1'].join(sep) + '\n' + ['2', '3', '0'].join(sep) + '\n');
      expect(d.hasHeader).toBe(false);
      expect(d.delimiter).toBe(sep);
      expect(d.columns).toEqual(['x1', 'x2', 'label']);
      expect(d.good.map((r) => [r.x1, r.x2])).toEqual([[0.5, -1], [2, 3]]);
      // Numeric labels in numeric order: label "0" is class 0 although it comes second.
      expect(d.classes).toEqual(['0', '1']);
      expect(d.y).toEqual([1, 0]);
    }
  });

  it('finds three or four classes (softmax) and orders numeric labels numerically', () => {
    const d = parseCsv('0,0,10\n1,1,2\n2,2,3\n3,3,2\n', 'classes');
    expect(d.kind).toBe('classes');
    expect(d.classes).toEqual(['2', '3', '10']);
    expect(d.counts).toEqual([2, 1, 1]);
    const s = toSession(d, DEFAULT_SETTINGS);
    const spec = ownSpec(withHidden([3]), s);
    expect(spec).toEqual({ sizes: [2, 3, 3], hidden: ['tanh'], output: 'softmax', cost: 'softmax-cross-entropy' });
    const two = ownSpec(DEFAULT_SETTINGS, toSession(parseCsv('0,0,a\n1,1,b\n'), DEFAULT_SETTINGS));
    expect(two).toEqual({ sizes: [2, 4, 4, 1], hidden: ['tanh', 'tanh'], output: 'sigmoid', cost: 'cross-entropy' });
  });

  it('takes many distinct or fractional numbers as a regression target', () => {
    const d = parseCsv('x,y,t\n0,0,0.5\n1,0,1.5\n0,1,-2\n');
    expect(d.kind).toBe('regression');
    expect(d.y).toEqual([0.5, 1.5, -2]);
    expect(d.range.y).toEqual([-2, 1.5]);
    const s = toSession(d, DEFAULT_SETTINGS);
    expect(ownSpec(withHidden([5]), s)).toEqual({ sizes: [2, 5, 1], hidden: ['tanh'], output: 'linear', cost: 'squared-error' });
    // Six whole numbers are more than four classes: a target, unless the reader says classes.
    const six = '0,0,1\n0,1,2\n1,0,3\n1,1,4\n2,2,5\n3,3,6\n';
    expect(parseCsv(six).kind).toBe('regression');
    expect(parseCsv(six, 'classes').fatal).toEqual({ why: 'tooManyClasses', count: 6, numeric: true });
    // Whole numbers beyond one digit (prices, years) are a target too, even when few.
    expect(parseCsv('0,0,100\n1,1,300\n2,2,100\n').kind).toBe('regression');
    expect(parseCsv('0,0,100\n1,1,300\n2,2,100\n', 'classes').classes).toEqual(['100', '300']);
    expect(parseCsv('0,0,-1\n1,1,1\n').kind).toBe('classes');
  });

  it('names labels that are not numbers when a numeric target is asked for', () => {
    const d = parseCsv('0,0,1.5\n1,1,oops\n2,2,3\n', 'regression');
    expect(d.kind).toBe('regression');
    expect(d.bad).toEqual([{ row: 2, issues: [{ column: 2, why: 'nan', text: 'oops' }] }]);
    expect(d.good.map((r) => r.row)).toEqual([1, 3]);
  });

  it('refuses one class, too many classes and too few rows', () => {
    expect(parseCsv('0,0,a\n1,1,a\n').fatal).toEqual({ why: 'oneClass', label: 'a' });
    expect(parseCsv('0,0,a\n1,1,b\n2,2,c\n3,3,d\n4,4,e\n').fatal).toEqual({ why: 'tooManyClasses', count: 5, numeric: false });
    expect(parseCsv('x1,x2,label\n0,0,a\n').fatal).toEqual({ why: 'tooFewRows', rows: 1 });
    expect(parseCsv('').fatal).toEqual({ why: 'noRows' });
    expect(parseCsv('\n\n').fatal).toEqual({ why: 'noRows' });
  });
});

describe('parseCsv: bad rows are named, never dropped silently', () => {
  const text = [
    'x1,x2,label', // line 1
    '0.1,0.2,a', // 2 good
    'abc,0.2,b', // 3: x1 not a number
    '0.3,,a', // 4: x2 empty
    '', // 5: empty line, skipped
    '0.4,0.5', // 6: label missing
    '0.6,0.7,', // 7: label empty
    '0.8,0.9,b,extra', // 8: too many columns
    '1,1,b', // 9 good
  ].join('\n');
  const d = parseCsv(text);

  it('lists each bad row with its line, column and reason', () => {
    expect(d.read).toBe(7);
    expect(d.good.map((r) => r.row)).toEqual([2, 9]);
    expect(d.bad).toEqual([
      { row: 3, issues: [{ column: 0, why: 'nan', text: 'abc' }] },
      { row: 4, issues: [{ column: 1, why: 'empty' }] },
      { row: 6, issues: [{ column: 2, why: 'missing' }] },
      { row: 7, issues: [{ column: 2, why: 'empty' }] },
      { row: 8, issues: [{ why: 'extra', found: 4 }] },
    ]);
    expect(d.good.length + d.bad.length).toBe(d.read);
  });

  it('says so in words, in both languages', () => {
    expect(DATA_STRINGS.en.nan(3, d.columns[0], 'abc')).toBe('Row 3, column x1: “abc” is not a number.');
    expect(DATA_STRINGS.zh.nan(3, d.columns[0], 'abc')).toBe('第 3 行“x1”列：“abc”不是数字。');
    expect(DATA_STRINGS.en.missing(6, 'label')).toBe('Row 6: column label is missing.');
  });

  it('a missing x2 column is named as missing', () => {
    expect(parseCsv('1\n0,0,a\n1,1,b\n').bad).toEqual([{ row: 1, issues: [{ column: 1, why: 'missing' }, { column: 2, why: 'missing' }] }]);
  });
});

describe('parseCsvAsync: the same result in chunks', () => {
  it('reads rows split across small chunks, bad rows and quotes included', async () => {
    const text = 'x1,x2,label\n0,0,"a, b"\n1,oops,c\n\n2,2,c\n3,3\n4,4,"a, b"\n5,5,c\n';
    for (const size of [7, 16, 1000]) {
      const d = await parseCsvAsync(text, 'auto', size);
      const { ms: _a, ...want } = parseCsv(text);
      const { ms: _b, ...got } = d;
      expect(got).toEqual(want);
    }
    expect(parseCsv(text).bad.map((b) => b.row)).toEqual([3, 6]);
    expect(parseCsv(text).classes).toEqual(['a, b', 'c']);
  });

  it('stops at the row limit and refuses too many bytes', async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `${i % 7},${i % 5},${i % 2}`).join('\n');
    expect((await parseCsvAsync(rows(MAX_ROWS + 3), 'auto', 4096)).fatal).toEqual({ why: 'tooManyRows' });
    expect((await parseCsvAsync(rows(MAX_ROWS), 'auto', 4096)).read).toBe(MAX_ROWS);
    expect((await parseCsvAsync('1,1,1\n'.repeat(MAX_BYTES / 6 + 1))).fatal?.why).toBe('tooBig');
  });
});

describe('limits', () => {
  it(`refuses more than ${MAX_BYTES} bytes without parsing`, () => {
    const big = '0.123456789,0.123456789,1\n'.repeat(Math.ceil(MAX_BYTES / 26) + 10);
    const d = parseCsv(big);
    expect(d.fatal?.why).toBe('tooBig');
    expect(d.read).toBe(0);
    // Bytes, not characters: 400,000 three-byte characters are 1.2 MB.
    expect(byteLength('中'.repeat(400_000))).toBe(1_200_000);
    expect(parseCsv('中'.repeat(400_000)).fatal?.why).toBe('tooBig');
  });

  it(`stops at row ${MAX_ROWS + 1}`, () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `${i % 7},${i % 5},${i % 2}`).join('\n');
    expect(parseCsv(rows(MAX_ROWS)).fatal).toBeNull();
    expect(parseCsv(rows(MAX_ROWS)).read).toBe(MAX_ROWS);
    const over = parseCsv(rows(MAX_ROWS + 500));
    expect(over.fatal).toEqual({ why: 'tooManyRows' });
    expect(over.read).toBe(MAX_ROWS);
  });
});

describe('session, export and weights', () => {
  const text = 'u,v,cls\n10,100,a\n20,300,b\n15,200,a\n12,250,b\n18,150,a\n';
  const d = parseCsv(text);
  const s = toSession(d, DEFAULT_SETTINGS);

  it('maps each axis onto the plot with 10% room each side', () => {
    // x1 from 10 to 20: centre 15, half-range 5 × 1.1 = 5.5 onto 1.5.
    expect(layoutFor(d.range, 'classes').x1).toEqual({ centre: 15, scale: OWN_R / 5.5 });
    expect(s.view.x1[0]).toBeCloseTo(15 - 5.5, 12);
    expect(s.view.x2[1]).toBeCloseTo(200 + 110, 12);
    for (const p of s.points) expect(Math.max(Math.abs(p.x1), Math.abs(p.x2))).toBeLessThanOrEqual(OWN_R / 1.1 + 1e-12);
    // Five rows: one test row (20%), seeded.
    expect(s.points.filter((p) => p.test).length).toBe(1);
    expect(toSession(d, DEFAULT_SETTINGS).points.map((p) => p.test)).toEqual(s.points.map((p) => p.test));
  });

  it('exports the data as CSV that reads back to the same rows', () => {
    const csv = dataCsv(s, s.points);
    expect(csv.split('\r\n')[0]).toBe('u,v,cls');
    const back = parseCsv(csv);
    expect(back.good.map((r) => [r.x1, r.x2, r.label])).toEqual(d.good.map((r) => [r.x1, r.x2, r.label]));
    // A point added on the plot comes back in the reader's units.
    const added = { x1: 0, x2: OWN_R, label: 1, test: false };
    expect(rawPoint(s, added)).toEqual({ x1: 15, x2: 310, label: 'b' });
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
    // Target 100…300 onto −1…1: 300 is +1, 100 is −1.
    expect(rs.points.map((p) => p.label)).toEqual([-1, 1, 0, 0.5]);
    for (const hidden of [[], [4]]) {
      const spec = ownSpec(withHidden(hidden), rs);
      const net = Network.random(spec.sizes, { hidden: spec.hidden, output: spec.output, seed: 3 });
      const file = weightsFile(rs, spec, net.weights());
      expect(file.target).toBe('price');
      const scaledOut = predict(net, [[(0.3 - 0.5) * (1.5 / 0.55), (0.9 - 0.5) * (1.5 / 0.55)]])[0][0];
      expect(predict(Network.fromWeights(file.weights, file), [[0.3, 0.9]])[0][0]).toBeCloseTo(200 + 100 * scaledOut, 9);
    }
    // Drawn: circles below the middle (200), squares at or above it.
    expect(drawnPoints(rs, rs.points).map((p) => p.label)).toEqual([0, 1, 1, 1]);
  });

  it('paints a fitted value towards the low or high colour by its size', () => {
    const out = new Uint8ClampedArray(12);
    paintValues([[-1], [0.5], [NaN]], [0, 0, 200], [200, 0, 0], [100, 100, 100], out, 1);
    expect([...out]).toEqual([0, 0, 200, 255, 150, 50, 50, 255, 100, 100, 100, 255]);
  });
});

describe('decimal commas (semicolon- or tab-separated files)', () => {
  it('reads one comma between digits as the decimal point only when asked', () => {
    expect(cellNumber('1,5', true)).toBe(3 / 2);
    expect(cellNumber('-0,25', true)).toBe(-1 / 4);
    expect(cellNumber('−2,5e1', true)).toBe(-25);
    expect(cellNumber(',5', true)).toBe(1 / 2);
    for (const bad of ['1.234,5', '1,234,5', '1,', 'a,5', '1,5,']) expect(cellNumber(bad, true)).toBeNaN();
    expect(cellNumber('1,5')).toBeNaN();
  });

  it('reads a European spreadsheet export (semicolons, decimal commas) and says so', () => {
    const d = parseCsv('x1;x2;label\n1,5;2,25;a\n-0,25;3;b\n4;-1,75;a\n');
    expect(d.delimiter).toBe(';');
    expect(d.hasHeader).toBe(true);
    expect(d.bad).toEqual([]);
    expect(d.good.map((r) => [r.x1, r.x2])).toEqual([[1.5, 2.25], [-0.25, 3], [4, -1.75]]);
    expect(d.decimalComma).toBe(true);
    expect(d.range.x1).toEqual([-0.25, 4]);
    // Without a header row the first row is data, not a header, too.
    const noHeader = parseCsv('1,5\t2\ta\n3\t4,5\tb\n');
    expect([noHeader.delimiter, noHeader.hasHeader, noHeader.good[0].x1, noHeader.good[1].x2]).toEqual(['\t', false, 1.5, 4.5]);
    expect(DATA_STRINGS.en.delimiter(d.delimiter, d.decimalComma)).toBe('Columns separated by semicolons. Decimal commas read as decimal points.');
    expect(DATA_STRINGS.zh.delimiter(d.delimiter, d.decimalComma)).toBe('列之间用分号分隔。小数逗号已按小数点读取。');
    expect(DATA_STRINGS.en.delimiter(',', false)).toBe('Columns separated by commas.');
  });

  it('still refuses 1.234,5 with the per-cell message, and never reads commas in a comma-separated file', () => {
    const d = parseCsv('x1;x2;label\n1.234,5;1;a\n0;0;b\n1;1;a\n');
    expect(d.bad).toEqual([{ row: 2, issues: [{ column: 0, why: 'nan', text: '1.234,5' }] }]);
    expect(d.decimalComma).toBe(false);
    const c = parseCsv('x1,x2,label\n"1,5",2,a\n0,0,b\n1,1,a\n');
    expect(c.delimiter).toBe(',');
    expect(c.bad).toEqual([{ row: 2, issues: [{ column: 0, why: 'nan', text: '1,5' }] }]);
    expect(c.decimalComma).toBe(false);
    expect(parseCsv('x1;x2;label\n1.5;2;a\n0;0;b\n').decimalComma).toBe(false);
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

describe('the point form in the reader\'s units', () => {
  // x1 runs 0…100 and x2 1…9: padded by 10%, the plot shows x1 −5…105 and x2 0.6…9.4.
  const s = toSession(parseCsv('x1,x2,label\n0,1,a\n100,9,b\n50,5,a\n'), DEFAULT_SETTINGS);

  it('maps typed coordinates onto the plot and back (toInternal is toRaw\'s inverse)', () => {
    // By hand: x1's centre 50, half-width 55 → scale 1.5/55; x2's centre 5, half-width 4.4 → scale 1.5/4.4.
    expect(toInternal(s.layout.x1, 105)).toBeCloseTo(1.5, 12);
    expect(toInternal(s.layout.x1, 72)).toBeCloseTo((22 * 1.5) / 55, 12);
    expect(toInternal(s.layout.x2, 0.6)).toBeCloseTo(-1.5, 12);
    for (const v of [-5, 0, 33.3, 105]) expect(toRaw(s.layout.x1, toInternal(s.layout.x1, v))).toBeCloseTo(v, 10);
    const p = plotPoint(s, 72, 3);
    expect(p.x1).toBeCloseTo(0.6, 12);
    expect(p.x2).toBeCloseTo((-2 * 1.5) / 4.4, 12);
    expect(p.inside).toBe(true);
  });

  it('takes the plotted edges, refuses anything beyond, and names the range in the reader\'s units', () => {
    expect(plotPoint(s, 105, 9.4).inside).toBe(true);
    expect(plotPoint(s, -5, 0.6).inside).toBe(true);
    expect(plotPoint(s, 106, 5).inside).toBe(false);
    expect(plotPoint(s, 50, 0.5).inside).toBe(false);
    expect(s.view.x1[0]).toBeCloseTo(-5, 10);
    expect(s.view.x2[1]).toBeCloseTo(9.4, 10);
    expect(DATA_STRINGS.en.farPoint('x1', ...s.view.x1, 'x2', ...s.view.x2))
      .toBe('That point lies outside the plotted range (x1 from −5 to 105, x2 from 0.6 to 9.4); it was not added.');
    expect(DATA_STRINGS.zh.farPoint('x1', ...s.view.x1, 'x2', ...s.view.x2))
      .toBe('这个点在绘图范围之外（“x1”从 −5 到 105，“x2”从 0.6 到 9.4），没有添加。');
    expect(DATA_STRINGS.en.added('blue', 'x1', 72, 'x2', 3)).toBe('Added a training point of class “blue” at x1 = 72, x2 = 3.');
    expect(DATA_STRINGS.en.classOption('blue', 'circle')).toBe('“blue” (circle)');
  });
});
