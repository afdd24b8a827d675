import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, sameData, type Settings } from './settings.ts';
import LZString from 'lz-string';
import { encodeCsv, LINK_RULES, type LinkRule, MAX_LINK_CHARS, parseQuery, QUERY_KEYS, readCsvParam, toQuery, unreadParams, withCsv } from './url-state.ts';
import { PLAYGROUND_STRINGS } from './strings.ts';

const custom: Settings = {
  dataset: 'blobs', classes: 4, n: 300, noise: 0.1, dataSeed: 7, testFraction: 0.3, hidden: [8, 3, 2],
  activation: ['relu', 'tanh', 'sigmoid'], learningRate: 0.003, lambda: 0.001, momentum: 0.5, batchSize: 25,
  loss: 'squared-error', seed: 42,
};

describe('URL state', () => {
  it('round-trips every setting through the query string', () => {
    expect(parseQuery(toQuery(custom))).toEqual(custom);
    expect(parseQuery('?' + toQuery(DEFAULT_SETTINGS))).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips a network with no hidden layer', () => {
    const s = { ...DEFAULT_SETTINGS, hidden: [], activation: [] };
    expect(parseQuery(toQuery(s))).toEqual(s);
  });

  it('keeps other query parameters of the page', () => {
    const q = new URLSearchParams(toQuery(custom, 'lang=zh&lr=9'));
    expect(q.get('lang')).toBe('zh');
    expect(q.get('lr')).toBe('0.003');
  });

  it('reads a hand-written teacher link', () => {
    const s = parseQuery('?data=spirals&hidden=8,8&act=relu&lr=0.1&loss=squared-error');
    expect(s).toMatchObject({ dataset: 'spirals', hidden: [8, 8], activation: ['relu', 'relu'], learningRate: 0.1, loss: 'squared-error' });
    expect(s.seed).toBe(DEFAULT_SETTINGS.seed);
  });

  it.each([
    ['data=mnist', 'dataset'], ['lr=-1', 'learningRate'], ['lr=0', 'learningRate'], ['lr=abc', 'learningRate'],
    ['lr=Infinity', 'learningRate'], ['lr=NaN', 'learningRate'], ['lambda=-0.5', 'lambda'], ['batch=2.5', 'batchSize'],
    ['batch=0', 'batchSize'], ['n=5', 'n'], ['n=1e9', 'n'], ['classes=9', 'classes'], ['loss=hinge', 'loss'],
    ['seed=-3', 'seed'], ['seed=1.5', 'seed'], ['noise=2', 'noise'], ['test=0.9', 'testFraction'],
    ['hidden=8,99', 'hidden'], ['hidden=a,b', 'hidden'], ['hidden=1,1,1,1,1', 'hidden'], ['hidden=8,,8', 'hidden'],
  ] as const)('a bad value (%s) falls back to the default %s', (query, field) => {
    expect(parseQuery('?' + query)[field]).toEqual(DEFAULT_SETTINGS[field]);
  });

  it('writes the number of classes only for blobs, the data set that has a choice', () => {
    expect(new URLSearchParams(toQuery(DEFAULT_SETTINGS)).has('classes')).toBe(false);
    expect(new URLSearchParams(toQuery({ ...DEFAULT_SETTINGS, dataset: 'circles' }, 'classes=4')).has('classes')).toBe(false);
    expect(new URLSearchParams(toQuery({ ...DEFAULT_SETTINGS, dataset: 'blobs', classes: 4 })).get('classes')).toBe('4');
  });

  it('each rule of LINK_RULES is what parseQuery accepts: its ends are read, just past them is not', () => {
    const rules = Object.entries(LINK_RULES) as [keyof Settings, LinkRule][];
    for (const [field, rule] of rules) {
      const key = QUERY_KEYS[field];
      // Under blobs, so that `classes` counts.
      const at = (v: string) => unreadParams(`?${field === 'dataset' ? '' : 'data=blobs&'}${key}=${encodeURIComponent(v)}`).map((p) => p.key);
      if (rule.kind === 'whole' || rule.kind === 'number') {
        if (rule.kind === 'number' && rule.openLo) expect(at(String(rule.lo)), `${key} at lo`).toEqual([key]);
        else expect(at(String(rule.lo)), `${key} at lo`).toEqual([]);
        expect(at(String(rule.hi)), `${key} at hi`).toEqual([]);
        const step = rule.kind === 'whole' ? 1 : 1e-9 * Math.max(1, rule.hi);
        expect(at(String(rule.lo - step)), `${key} below`).toEqual([key]);
        expect(at(String(rule.hi + step)), `${key} above`).toEqual([key]);
        if (rule.kind === 'whole') expect(at(String(rule.lo + 0.5)), `${key} not whole`).toEqual([key]);
      } else if (rule.kind === 'oneOf') {
        for (const o of rule.options) expect(at(o), `${key}=${o}`).toEqual([]);
        expect(at('nonsense'), key).toEqual([key]);
      } else if (rule.kind === 'hidden') {
        expect(at(Array.from({ length: rule.layers }, () => rule.units).join(','))).toEqual([]);
        expect(at(Array.from({ length: rule.layers + 1 }, () => 1).join(','))).toEqual([key]);
        expect(at(String(rule.units + 1))).toEqual([key]);
        expect(at('')).toEqual([]);
      } else {
        for (const o of rule.options) expect(at(o), `${key}=${o}`).toEqual([]);
        expect(at('softmax')).toEqual([key]);
      }
    }
    expect(rules.map(([f]) => f).sort()).toEqual(Object.keys(QUERY_KEYS).sort());
  });

  it('the message names each setting not understood with what it must be', () => {
    const message = PLAYGROUND_STRINGS.en.linkUnread(unreadParams('?lr=oops&data=mnist&classes=7&hidden=99'));
    expect(message).toBe('Not understood in the page address, so left at their defaults: data=mnist (xor, circles, spirals or blobs); '
      + 'classes=7 (a whole number from 2 to 4); hidden=99 (up to 4 layer sizes of 1 to 8 such as 8,8, or empty for none); '
      + 'lr=oops (a number greater than 0 and at most 1e6).');
    expect(PLAYGROUND_STRINGS.zh.linkUnread(unreadParams('?n=5'))).toBe('页面地址中的以下设置无法识别，已保留默认值：n=5（10 到 1000 之间的整数）。');
  });

  it.each([
    'data=mnist', 'lr=-1', 'lr=0', 'lr=abc', 'lr=Infinity', 'lambda=-0.5', 'batch=2.5', 'batch=0', 'n=5', 'classes=9',
    'loss=hinge', 'seed=-3', 'noise=2', 'test=0.9', 'hidden=8,99', 'hidden=a,b', 'hidden=1,1,1,1,1', 'act=softmax', 'act=,,',
  ])('a bad value (%s) is named as not understood', (query) => {
    expect(unreadParams('?' + query).map((p) => `${p.key}=${p.value}`)).toEqual([query]);
  });

  it('names only the settings not understood, whatever the defaults; a good link names none', () => {
    const names = (q: string) => unreadParams(q).map((p) => `${p.key}=${p.value}`);
    expect(names('?data=circles&lr=oops&hidden=8&act=relu,banana&dseed=7&zoom=3')).toEqual(['act=relu,banana', 'lr=oops']);
    // Good values, also those equal to the defaults, and every value a link written by the page holds.
    expect(unreadParams(`?${toQuery(custom)}`)).toEqual([]);
    expect(unreadParams(`?${toQuery(DEFAULT_SETTINGS)}`)).toEqual([]);
    expect(unreadParams(`?${toQuery({ ...DEFAULT_SETTINGS, hidden: [], activation: [] })}`)).toEqual([]);
    expect(unreadParams('?lr=0.03&hidden=')).toEqual([]);
    // A long value is cut.
    expect(names(`?data=${'x'.repeat(100)}`)).toEqual([`data=${'x'.repeat(24)}…`]);
    for (const q of ['?%%%', '?&&&=', '', '?' + 'x'.repeat(5000)]) expect(unreadParams(q)).toEqual([]);
  });

  it('never throws on garbage', () => {
    for (const q of ['?%%%', '?&&&=', '?hidden=%E0%A4%A', '?act=softmax', '?act=,,', 'lr=1&lr=2', '?' + 'x'.repeat(5000)]) {
      const s = parseQuery(q);
      expect(s.activation).toHaveLength(s.hidden.length);
      expect((s.activation as string[]).includes('softmax')).toBe(false);
    }
  });

  it('uses a different base (the lesson props) for missing keys', () => {
    const base = normalizeSettings({ dataset: 'circles', hidden: [3] });
    expect(parseQuery('?lr=1', base)).toMatchObject({ dataset: 'circles', hidden: [3], learningRate: 1 });
  });
});

describe('normalizeSettings', () => {
  it('accepts the contract props', () => {
    const s = normalizeSettings({ dataset: 'xor', hidden: [8, 8], activation: 'tanh', learningRate: 0.03 });
    expect(s).toMatchObject({ hidden: [8, 8], activation: ['tanh', 'tanh'], learningRate: 0.03 });
  });

  it('pads or trims per-layer activations to the number of layers', () => {
    expect(normalizeSettings({ hidden: [2, 2, 2], activation: ['relu', 'sigmoid'] }).activation).toEqual(['relu', 'sigmoid', 'sigmoid']);
    expect(normalizeSettings({ hidden: [2], activation: ['relu', 'sigmoid'] }).activation).toEqual(['relu']);
  });

  it('survives null, wrong types and unknown keys', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ hidden: 'x', n: {}, loss: 3, foo: 1 } as Record<string, unknown>)).toEqual(DEFAULT_SETTINGS);
  });

  it('tells when two settings share the same points', () => {
    expect(sameData(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, learningRate: 1 })).toBe(true);
    expect(sameData(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, n: 100 })).toBe(false);
  });
});

describe('the reader\'s data in the link', () => {
  const csv = 'x1,x2,colour\r\n10,2,blue\r\n50,8,green\r\n90,2,red';

  it('round-trips a small CSV through ?csv= with its kind, other settings kept', () => {
    const e = encodeCsv(csv);
    expect(e.fits).toBe(true);
    // The length in the address: URLSearchParams writes + and $ as three characters (%2B, %24).
    expect(e.chars).toBe(e.value.length + 2 * (e.value.match(/[+$]/g) ?? []).length);
    const query = withCsv(toQuery(custom), { value: e.value, kind: 'classes' });
    expect(parseQuery(query)).toEqual(custom);
    expect(readCsvParam('?' + query)).toEqual({ ok: true, text: csv, kind: 'classes' });
    // A `+` that became a space (pasted into mail, typed by hand) is put back.
    const plus = LZString.compressToEncodedURIComponent('a,b,c\r\n'.repeat(40) + '1,2,3');
    const raw = `csv=${plus.replace(/\+/g, ' ')}&csvkind=regression`;
    expect(readCsvParam(new URLSearchParams(raw))).toMatchObject({ ok: true, kind: 'regression' });
  });

  it('says when the data are too large for a link', () => {
    // 3,000 rows of pseudo-random numbers (a linear congruential generator) compress to far more than 8,000 characters.
    let a = 12345;
    const rnd = () => { a = (a * 1103515245 + 12345) % 2147483648; return (a / 2147483648).toFixed(6); };
    const big = Array.from({ length: 3000 }, () => `${rnd()},${rnd()},${a % 2}`).join('\n');
    const e = encodeCsv(big);
    expect(e.chars).toBeGreaterThan(MAX_LINK_CHARS);
    expect(e.fits).toBe(false);
    // Past 100,000 characters the text is not even compressed (it would hold up the page).
    const huge = 'x1,x2,label\r\n' + '0,0,a\r\n'.repeat(20_000);
    expect(huge.length).toBeGreaterThan(100_000);
    expect(encodeCsv(huge)).toEqual({ value: '', chars: null, fits: false });
  });

  it('refuses a damaged or too long csv parameter, and has nothing to say without one', () => {
    expect(readCsvParam('?lr=0.1')).toBeNull();
    expect(readCsvParam('?csv=')).toEqual({ ok: false, why: 'damaged' });
    expect(readCsvParam('?csv=not%20lz!')).toEqual({ ok: false, why: 'damaged' });
    expect(readCsvParam('?csv=zzzz')).toEqual({ ok: false, why: 'damaged' }); // lz-string throws on this one
    expect(readCsvParam('?csv=hello')).toEqual({ ok: false, why: 'damaged' }); // and decodes this to ''
    expect(readCsvParam('?csv=' + 'A'.repeat(8001))).toEqual({ ok: false, why: 'tooLong', chars: 8001 });
  });

  it('takes the data out of the link, keeping the rest', () => {
    const q = new URLSearchParams(withCsv('lr=0.1&csv=abc&csvkind=classes&lang=zh', null));
    expect([...q.keys()]).toEqual(['lr', 'lang']);
  });
});
