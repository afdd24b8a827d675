import { describe, expect, it } from 'vitest';
import { DATA_STRINGS } from './data-strings.ts';
import { PLAYGROUND_STRINGS } from './strings.ts';

const ZH = DATA_STRINGS.zh, EN = DATA_STRINGS.en;

describe('Chinese typography of the data panel (reader QA)', () => {
  it('joins the legend with a full-width semicolon and sentences with no space after 。', () => {
    expect(ZH.legendSep).toBe('；');
    expect(EN.legendSep).toBe('; ');
    const report = [ZH.readCounts(3, 2, 1), ZH.header(['长', '宽', '品种']), ZH.delimiter(',')].join(ZH.sentenceSep);
    expect(report).toBe('共读取 3 行数据：2 行可用，1 行有问题。表头行：长、宽、品种。列之间用逗号分隔。');
    expect(report).not.toMatch(/。 /);
    expect([EN.readCounts(3, 2, 1), EN.noHeader].join(EN.sentenceSep)).toBe('Read 3 data rows: 2 usable, 1 with problems. No header row: the columns are x1, x2, label.');
  });
  it('puts no Latin space beside a Chinese column name, and quotes it', () => {
    expect(ZH.nan(8, '长', 'abc')).toBe('第 8 行“长”列：“abc”不是数字。');
    expect(ZH.empty(8, '长')).toBe('第 8 行“长”列：为空。');
    expect(ZH.missing(4, '品种')).toBe('第 4 行：缺少“品种”列。');
    expect(ZH.ranges('长', 1, 2, '宽', 3, 4)).toBe('“长”的范围是 1 到 2，“宽”的范围是 3 到 4。');
    expect(ZH.regression('价格', 0, 15)).toMatch(/^回归问题：目标值“价格”的范围是 0 到 15。/);
    expect(ZH.farPoint('长', 0, 1, '宽', 2, 3)).toBe('这个点在绘图范围之外（“长”从 0 到 1，“宽”从 2 到 3），没有添加。');
    // No space next to a CJK character that touches a column name, in any of them.
    for (const s of [ZH.nan(8, '长', 'x'), ZH.missing(1, '长'), ZH.ranges('长', 0, 1, '宽', 0, 1), ZH.legendRegression('价格', 0, 1, 2), ZH.regression('价格', 0, 1)]) {
      expect(s).not.toMatch(/[\u4e00-\u9fff] “|” [\u4e00-\u9fff]/);
      expect(s).not.toMatch(/(长|宽|价格) |[^\d] (长|宽|价格)/);
    }
  });
  it('says what replaces the reader\'s data, and why Points and Noise are fixed, in both languages', () => {
    expect(EN.replaced('Spirals')).toContain('replaced by the built-in Spirals data set');
    expect(ZH.replaced('双螺旋')).toContain('已被内置的“双螺旋”数据集替换');
    expect(EN.hintRegression).not.toMatch(/class chosen below/);
    expect(ZH.hintRegression).toContain('CSV');
    expect(PLAYGROUND_STRINGS.zh.ownDataFixed).toContain('“点数”和“噪声”');
  });
});

describe('the point form reads a decimal comma as the CSV does', () => {
  it('2,5 is 2.5, never 25; garbage is refused', async () => {
    const { parseNumber } = await import('./number-field.tsx');
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' -0,25 ')).toBe(-0.25);
    expect(parseNumber('−1.5')).toBe(-1.5);
    expect(parseNumber('3')).toBe(3);
    expect(parseNumber('1e2')).toBe(100);
    for (const bad of ['', '1,2,3', '1.234,5', 'abc', '2,5x']) expect(parseNumber(bad)).toBeNull();
  });
});

describe('the point form starts at the data\'s centre', () => {
  it('four significant digits, an ASCII minus, and text the form reads back', async () => {
    const { startText } = await import('./EditPanel.tsx');
    const { parseNumber } = await import('./number-field.tsx');
    expect(startText(-2.34567)).toBe('-2.346');
    expect(startText(50)).toBe('50');
    expect(startText(0.1 + 0.2)).toBe('0.3');
    expect(startText(123456)).toBe('123456');
    expect(startText(-1234567)).toBe('-1.235e6');
    for (const x of [-2.34567, 0.1 + 0.2, 123456, -1234567, 4.2e-7]) expect(parseNumber(startText(x))).toBeCloseTo(x, -Math.floor(Math.log10(Math.abs(x))) + 2);
  });
});
