/**
 * Settings ⇄ URL query, so a teacher can link to a configuration:
 * `?data=spirals&hidden=8,8&act=tanh,relu&lr=0.03&lambda=0.001&batch=10&loss=cross-entropy&seed=3`.
 * Parsing is defensive: unknown keys are ignored and bad values keep the base (default) value.
 */
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings.ts';

/** Query key for each setting (short, readable names a teacher can edit by hand). */
export const QUERY_KEYS: Readonly<Record<keyof Settings, string>> = Object.freeze({
  dataset: 'data', classes: 'classes', n: 'n', noise: 'noise', dataSeed: 'dseed', testFraction: 'test',
  hidden: 'hidden', activation: 'act', learningRate: 'lr', lambda: 'lambda', batchSize: 'batch',
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
 * Write settings as query parameters, merged into `existing` (other parameters of the page survive).
 * Every setting is written, so the link means the same thing even if the lesson's props change later.
 * @example
 * ```ts
 * toQuery({ ...DEFAULT_SETTINGS, hidden: [8, 8] }); // "data=xor&classes=3&…&hidden=8%2C8&…"
 * ```
 */
export function toQuery(s: Settings, existing: string = ''): string {
  const params = new URLSearchParams(existing);
  const values: Record<keyof Settings, string> = {
    dataset: s.dataset, classes: String(s.classes), n: String(s.n), noise: String(s.noise),
    dataSeed: String(s.dataSeed), testFraction: String(s.testFraction), hidden: s.hidden.join(','),
    activation: s.activation.join(','), learningRate: String(s.learningRate), lambda: String(s.lambda),
    batchSize: String(s.batchSize), loss: s.loss, seed: String(s.seed),
  };
  for (const field of Object.keys(QUERY_KEYS) as (keyof Settings)[]) params.set(QUERY_KEYS[field], values[field]);
  return params.toString();
}
