/**
 * Settings ⇄ URL query, so a teacher can link to a configuration:
 * `?data=spirals&hidden=8,8&act=tanh,relu&lr=0.03&lambda=0.001&batch=10&loss=cross-entropy&seed=3`.
 * Parsing is defensive: unknown keys are ignored and bad values keep the base (default) value.
 */
import LZString from 'lz-string';
import { clip } from '../../src/format/text';
import { DATASETS, DEFAULT_SETTINGS, FIELD_RANGES, HIDDEN_ACTIVATIONS, LOSSES, MAX_LAYERS, MAX_UNITS, normalizeSettings, type Settings } from './settings.ts';

/** Query key for each setting (short, readable names a teacher can edit by hand). */
export const QUERY_KEYS: Readonly<Record<keyof Settings, string>> = Object.freeze({
  dataset: 'data', classes: 'classes', n: 'n', noise: 'noise', dataSeed: 'dseed', testFraction: 'test',
  hidden: 'hidden', activation: 'act', learningRate: 'lr', lambda: 'lambda', momentum: 'mom', batchSize: 'batch',
  loss: 'loss', seed: 'seed',
});

/**
 * Read settings from a query string (`"?lr=0.1&hidden=8,8"` or a URLSearchParams), over `base`.
 * Never throws; a bad value keeps `base`'s value.
 * @example
 * ```ts
 * parseQuery('?data=circles&lr=oops').dataset;     // 'circles'
 * parseQuery('?data=circles&lr=oops').learningRate; // 0.03
 * ```
 */
export function parseQuery(query: string | URLSearchParams, base: Readonly<Settings> = DEFAULT_SETTINGS): Settings {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return normalizeSettings({}, base);
  }
  const loose: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(QUERY_KEYS)) {
    const v = params.get(key);
    if (v !== null) loose[field] = v;
  }
  return normalizeSettings(loose, base);
}

/**
 * What a link's value of each setting must be, as `normalizeSettings` (settings.ts) reads it: a whole number or a
 * number in a range, one of a list, or layer sizes and activations. The message for a link's value that was not
 * understood is written from it; url-state.test.ts checks each range's ends against what `parseQuery` accepts.
 */
export type LinkRule =
  | { kind: 'whole'; lo: number; hi: number }
  | { kind: 'number'; lo: number; hi: number; openLo?: boolean }
  | { kind: 'oneOf'; options: readonly string[] }
  | { kind: 'hidden'; layers: number; units: number }
  | { kind: 'activation'; options: readonly string[] };

export const LINK_RULES: Readonly<Record<keyof Settings, LinkRule>> = Object.freeze({
  dataset: { kind: 'oneOf', options: DATASETS },
  classes: { kind: 'whole', lo: 2, hi: 4 },
  n: { kind: 'whole', lo: FIELD_RANGES.n.lo, hi: FIELD_RANGES.n.hi },
  noise: { kind: 'number', lo: FIELD_RANGES.noise.lo, hi: FIELD_RANGES.noise.hi },
  dataSeed: { kind: 'whole', lo: FIELD_RANGES.seed.lo, hi: FIELD_RANGES.seed.hi },
  testFraction: { kind: 'number', lo: 0.05, hi: 0.5 },
  hidden: { kind: 'hidden', layers: MAX_LAYERS, units: MAX_UNITS },
  activation: { kind: 'activation', options: HIDDEN_ACTIVATIONS },
  learningRate: { kind: 'number', lo: FIELD_RANGES.learningRate.lo, hi: FIELD_RANGES.learningRate.hi, openLo: true },
  lambda: { kind: 'number', lo: FIELD_RANGES.lambda.lo, hi: FIELD_RANGES.lambda.hi },
  momentum: { kind: 'number', lo: FIELD_RANGES.momentum.lo, hi: FIELD_RANGES.momentum.hi },
  batchSize: { kind: 'whole', lo: FIELD_RANGES.batchSize.lo, hi: FIELD_RANGES.batchSize.hi },
  loss: { kind: 'oneOf', options: LOSSES },
  seed: { kind: 'whole', lo: FIELD_RANGES.seed.lo, hi: FIELD_RANGES.seed.hi },
});

/** A setting of a link that was not understood: its query key, its value as written (cut to 24 characters), and its rule. */
export interface UnreadParam { key: string; value: string; rule: LinkRule }

/**
 * The settings in a query that were not understood and so kept the base value (`lr=oops`, `data=moons`, `hidden=99`),
 * in the order of {@link QUERY_KEYS}. Found by reading the query over a base whose every value is impossible (NaN,
 * ""): a setting that comes out with that value fell back. The activations cannot be checked without a hidden layer.
 * Never throws.
 * @example
 * ```ts
 * unreadParams('?data=circles&lr=oops&hidden=99').map((p) => `${p.key}=${p.value}`); // ['hidden=99', 'lr=oops']
 * ```
 */
export function unreadParams(query: string | URLSearchParams): UnreadParam[] {
  let params: URLSearchParams;
  try {
    params = typeof query === 'string' ? new URLSearchParams(query) : query;
  } catch {
    return [];
  }
  const impossible = {
    dataset: '', classes: NaN, n: NaN, noise: NaN, dataSeed: NaN, testFraction: NaN, hidden: [NaN], activation: [''],
    learningRate: NaN, lambda: NaN, momentum: NaN, batchSize: NaN, loss: '', seed: NaN,
  } as unknown as Settings;
  const read = parseQuery(params, impossible);
  const fellBack = (v: unknown): boolean => (Array.isArray(v) ? v.some(fellBack) : v === '' || Number.isNaN(v));
  return (Object.keys(QUERY_KEYS) as (keyof Settings)[]).flatMap((field) => {
    const raw = params.get(QUERY_KEYS[field]);
    return raw !== null && fellBack(read[field]) ? [{ key: QUERY_KEYS[field], value: clip(raw, 24), rule: LINK_RULES[field] }] : [];
  });
}

/**
 * Write settings as query parameters, merged into `existing` (other parameters of the page survive).
 * Every setting is written, so the link means the same thing even if the lesson's props change later, except the
 * number of classes when the data set is not `blobs`, the only one that has a choice (reader QA: `classes=3` in every
 * link of two-class data misled a teacher reading it).
 * @example
 * ```ts
 * toQuery({ ...DEFAULT_SETTINGS, hidden: [8, 8] }); // "data=xor&n=…&hidden=8%2C8&…"
 * ```
 */
export function toQuery(s: Settings, existing: string = ''): string {
  const params = new URLSearchParams(existing);
  const values: Record<keyof Settings, string> = {
    dataset: s.dataset, classes: String(s.classes), n: String(s.n), noise: String(s.noise),
    dataSeed: String(s.dataSeed), testFraction: String(s.testFraction), hidden: s.hidden.join(','),
    activation: s.activation.join(','), learningRate: String(s.learningRate), lambda: String(s.lambda), momentum: String(s.momentum),
    batchSize: String(s.batchSize), loss: s.loss, seed: String(s.seed),
  };
  for (const field of Object.keys(QUERY_KEYS) as (keyof Settings)[]) params.set(QUERY_KEYS[field], values[field]);
  if (s.dataset !== 'blobs') params.delete(QUERY_KEYS.classes);
  return params.toString();
}

/**
 * The reader's own data in the link (`?csv=…&csvkind=…`): the session's rows as CSV, compressed with lz-string
 * (`compressToEncodedURIComponent`), when the parameter fits in {@link MAX_LINK_CHARS} characters; read back through
 * the same parse and checks as pasted text (`own-csv.ts`).
 */
export const CSV_KEY = 'csv';
/** What the third column was read as (classes or regression), so the link reads back the same way. */
export const CSV_KIND_KEY = 'csvkind';
/** The longest `csv` parameter written or read, in characters as it stands in the address (about 8 KB). */
export const MAX_LINK_CHARS = 8000;

/**
 * The longest CSV text compressed for a link. Longer text is not tried: it would need a compression ratio beyond what
 * numeric CSV reaches, and compressing it would hold up the page (about 0.2 s per 100,000 characters).
 */
export const MAX_LINK_TEXT = 100_000;

/**
 * The compressed form of a CSV text for the link, and its length in the address (with the percent-encoding
 * URLSearchParams gives `+` and `$`); `fits` is false past {@link MAX_LINK_CHARS}. Text over {@link MAX_LINK_TEXT}
 * characters is not compressed (`chars` null).
 * @example encodeCsv('x1,x2,label\r\n0,0,a\r\n1,1,b').fits // true
 */
export function encodeCsv(text: string): { value: string; chars: number | null; fits: boolean } {
  if (text.length > MAX_LINK_TEXT) return { value: '', chars: null, fits: false };
  const value = LZString.compressToEncodedURIComponent(text);
  const chars = new URLSearchParams({ [CSV_KEY]: value }).toString().length - CSV_KEY.length - 1;
  return { value, chars, fits: chars <= MAX_LINK_CHARS };
}

/** What a link's `csv` parameter holds: nothing, the CSV text (and the kind it was read as), or why it cannot be read. */
export type LinkedCsv =
  | { ok: true; text: string; kind: 'classes' | 'regression' | 'auto' }
  | { ok: false; why: 'tooLong'; chars: number }
  | { ok: false; why: 'damaged' };

/**
 * Read the `csv` parameter of a query: null when there is none. Never throws. A `+` turned into a space by a mail
 * program or by hand is put back (lz-string's alphabet has `+`, not spaces).
 * @example readCsvParam('?lr=0.1') // null
 */
export function readCsvParam(query: string | URLSearchParams): LinkedCsv | null {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const value = params.get(CSV_KEY);
  if (value === null) return null;
  const chars = new URLSearchParams({ [CSV_KEY]: value }).toString().length - CSV_KEY.length - 1;
  if (chars > MAX_LINK_CHARS) return { ok: false, why: 'tooLong', chars };
  const packed = value.replace(/ /g, '+');
  // lz-string's URI alphabet: anything else was not written by encodeCsv.
  if (!/^[A-Za-z0-9+\-$]+$/.test(packed)) return { ok: false, why: 'damaged' };
  let text: string | null = null;
  try {
    text = LZString.decompressFromEncodedURIComponent(packed);
  } catch {
    text = null;
  }
  // lz-string gives null or '' for most damage; a text with control characters other than line breaks and tabs is damage too.
  if (!text || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(text)) return { ok: false, why: 'damaged' };
  const k = params.get(CSV_KIND_KEY);
  return { ok: true, text, kind: k === 'classes' || k === 'regression' ? k : 'auto' };
}

/**
 * A query with the data set in it (or taken out with `null`), other parameters kept.
 * @example withCsv('lr=0.1&csv=abc&csvkind=classes', null) // "lr=0.1"
 */
export function withCsv(existing: string, csv: { value: string; kind: 'classes' | 'regression' } | null): string {
  const params = new URLSearchParams(existing);
  if (csv) {
    params.set(CSV_KEY, csv.value);
    params.set(CSV_KIND_KEY, csv.kind);
  } else {
    params.delete(CSV_KEY);
    params.delete(CSV_KIND_KEY);
  }
  return params.toString();
}
