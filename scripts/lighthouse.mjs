// `npm run lighthouse`: Lighthouse (mobile preset, the default; simulated throttling) over every lesson of the
// built site in both editions (/lessons/<slug>/ and /zh/lessons/<slug>/), served gzipped the way a static host
// serves it. Not part of `npm test`: scores depend on the machine's load, so each page can be run several times
// and the median reported.
// Needs a build first (same OUT_DIR and BASE_PATH as the build). Chromium from CHROME_PATH (default
// /usr/bin/chromium). Writes reports/lighthouse.json and prints one line per page.
//
//   npm run lighthouse                              every lesson, both editions, one run each
//   npm run lighthouse -- --lang zh                 the Chinese edition only (en, zh, or all)
//   npm run lighthouse -- --only gradient-checking  lessons whose slug contains this text
//   npm run lighthouse -- --runs 3                  three runs per page; the median (by performance) is reported
//   npm run lighthouse -- --save-reports            also keep each page's full report in reports/lighthouse/
//   npm run lighthouse -- --perf-only               the performance category only (quicker, for comparisons)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { resolveOutDir } from '../src/site/out-dir.mjs';

const { values: opts } = parseArgs({
  options: {
    lang: { type: 'string', default: 'all' },
    only: { type: 'string' },
    runs: { type: 'string', default: '1' },
    'save-reports': { type: 'boolean', default: false },
    'perf-only': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(opts.runs) || 1);
const PORT = Number(process.env.LH_PORT ?? 4499);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = opts['perf-only'] ? ['performance'] : ['performance', 'accessibility', 'best-practices', 'seo'];
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest', '.pagefind', '.pf_meta', '.pf_index', '.pf_fragment']);
/** Where each edition's lessons live below the site root. */
const EDITIONS = { en: 'lessons', zh: 'zh/lessons' };

const dist = resolveOutDir();
const langs = opts.lang === 'all' ? Object.keys(EDITIONS) : [opts.lang];
for (const l of langs) if (!(l in EDITIONS)) throw new Error(`--lang ${l}: expected en, zh or all`);
const pages = langs.flatMap((l) => {
  const dir = join(dist, EDITIONS[l]);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory() && (!opts.only || d.includes(opts.only)))
    .map((slug) => `/${EDITIONS[l]}/${slug}/`);
});
if (pages.length === 0) throw new Error(`No lessons in ${dist} for --lang ${opts.lang}${opts.only ? ` --only ${opts.only}` : ''}: run \`npm run build\` first.`);

// A gzipped copy of the site (sirv serves `x.gz` for `x` when the browser accepts gzip).
const root = mkdtempSync(join(tmpdir(), 'bpn-lh-'));
cpSync(dist, root, { recursive: true });
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (COMPRESSIBLE.has(extname(name))) writeFileSync(`${p}.gz`, gzipSync(readFileSync(p), { level: 9 }));
  }
};
walk(root);
// Under BASE_PATH (e.g. /backprop-notebook/) the site is served below that prefix, as a host would.
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const serve = sirv(root, { gzip: true, etag: true, maxAge: 31536000, immutable: true });
const server = createServer((req, res) => {
  if (!req.url?.startsWith(base)) { res.statusCode = 404; res.end(); return; }
  req.url = `/${req.url.slice(base.length)}`;
  serve(req, res);
});
await new Promise((ok) => server.listen(PORT, '127.0.0.1', ok));

/** The numbers kept from one report. */
function summarize(path, lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? 0;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary').map((a) => a.id);
  const work = Object.fromEntries((lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [i.group, Math.round(i.duration)]));
  return {
    url: path, ...scores,
    fcpMs: Math.round(audit('first-contentful-paint')), lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')), cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    siMs: Math.round(audit('speed-index')), mainThreadMs: Math.round(audit('mainthread-work-breakdown')), work,
    domSize: lhr.audits['dom-size-insight']?.details?.items?.[0]?.value?.value ?? 0, failing,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
const rows = [];
try {
  for (const path of pages) {
    const url = `http://127.0.0.1:${PORT}${base.slice(0, -1)}${path}`;
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      runs.push(summarize(path, lhr));
      if (opts['save-reports']) {
        mkdirSync('reports/lighthouse', { recursive: true });
        writeFileSync(`reports/lighthouse/${path.replace(/^\/|\/$/g, '').replaceAll('/', '_')}-${i + 1}.json`, JSON.stringify(lhr));
      }
    }
    // The run with the median performance score stands for the page; every run's score is kept.
    const perfs = runs.map((r) => r.performance);
    const r = { ...runs.find((x) => x.performance === median(perfs)), runs: perfs };
    rows.push(r);
    const top = Object.entries(r.work).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([g, ms]) => `${g} ${ms}`).join(', ');
    console.log(`${r.url.padEnd(38)} perf ${r.performance}${RUNS > 1 ? ` (${perfs.join('/')})` : ''}${CATEGORIES.length > 1 ? ` a11y ${r.accessibility} bp ${r['best-practices']} seo ${r.seo}` : ''}  FCP ${r.fcpMs} LCP ${r.lcpMs} TBT ${r.tbtMs} ms CLS ${r.cls}  DOM ${r.domSize}  main ${r.mainThreadMs} ms (${top})${r.failing.length ? `  failing: ${r.failing.join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  server.close();
  rmSync(root, { recursive: true, force: true });
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', JSON.stringify({ when: new Date().toISOString(), preset: 'mobile', runsPerPage: RUNS, rows }, null, 2));
