import { describe, expect, it } from 'vitest';
import { byteLength, cellNumber, MAX_BYTES, MAX_ROWS, parseCsv, parseCsvAsync } from './own-csv.ts';
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

  it('takes a first row with one number and one mistyped cell as faulty data, named by its line, not as a header', () => {
    for (const [first, column, text] of [['0.5,1.2x,a', 1, '1.2x'], ['O.5,1.2,a', 0, 'O.5']] as const) {
      const d = parseCsv(`${first}\n1,0,b\n0,1,a\n`);
      expect(d.hasHeader).toBe(false);
      expect(d.columns).toEqual(['x1', 'x2', 'label']);
      expect(d.bad).toEqual([{ row: 1, issues: [{ column, why: 'nan', text }] }]);
      expect(d.good.map((r) => r.row)).toEqual([2, 3]);
    }
    // A header with an empty name beside a named column is still a header; a number beside an empty cell is data.
    expect(parseCsv('height,,kind\n1,2,a\n3,4,b\n').columns).toEqual(['height', 'x2', 'kind']);
    expect(parseCsv('0.5,,a\n1,2,a\n3,4,b\n').bad).toEqual([{ row: 1, issues: [{ column: 1, why: 'empty' }] }]);
    expect(parseCsv('height,weight,kind\n1,2,a\n3,4,b\n').hasHeader).toBe(true);
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

  it('finds three or four classes and orders numeric labels numerically', () => {
    const d = parseCsv('0,0,10\n1,1,2\n2,2,3\n3,3,2\n', 'classes');
    expect(d.kind).toBe('classes');
    expect(d.classes).toEqual(['2', '3', '10']);
    expect(d.counts).toEqual([2, 1, 1]);
  });

  it('takes many distinct or fractional numbers as a regression target', () => {
    const d = parseCsv('x,y,t\n0,0,0.5\n1,0,1.5\n0,1,-2\n');
    expect(d.kind).toBe('regression');
    expect(d.y).toEqual([0.5, 1.5, -2]);
    expect(d.range.y).toEqual([-2, 1.5]);
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

  it('an unclosed quotation mark is named once, not with the problems it causes in its row', () => {
    // Papa Parse reads from the unclosed quote to the end of the text as one cell: line 3 has x1 = "0.5,0.6,b\n0.7…".
    const d = parseCsv('x1,x2,label\n0.1,0.2,a\n"0.5,0.6,b\n0.7,0.8,a\n');
    expect(d.good.map((r) => r.row)).toEqual([2]);
    expect(d.bad).toEqual([{ row: 3, issues: [{ why: 'quotes' }] }]);
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
});
