// `npm run lighthouse`: Lighthouse (mobile preset, the default) over every lesson of the built site, served
// gzipped the way a static host serves it. Not part of `npm test`: scores depend on the machine's load.
// Needs a build first. Chromium from CHROME_PATH (default /usr/bin/chromium) with the flags of
// playwright.config.ts. Writes reports/lighthouse.json and prints one line per page.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { resolveOutDir } from '../src/site/out-dir.mjs';

const PORT = Number(process.env.LH_PORT ?? 4499);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest', '.pagefind', '.pf_meta', '.pf_index', '.pf_fragment']);

const dist = resolveOutDir();
const lessons = readdirSync(join(dist, 'lessons')).filter((d) => statSync(join(dist, 'lessons', d)).isDirectory());
if (lessons.length === 0) throw new Error(`No lessons in ${dist}/lessons: run \`npm run build\` first.`);

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

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
const rows = [];
try {
  for (const slug of lessons) {
    const url = `http://127.0.0.1:${PORT}${base}lessons/${slug}/`;
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    rows.push({ url: `/lessons/${slug}/`, ...scores, lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0), tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0), cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0, failing });
    const r = rows.at(-1);
    console.log(`${r.url.padEnd(34)} perf ${r.performance} a11y ${r.accessibility} bp ${r['best-practices']} seo ${r.seo}  LCP ${r.lcpMs} ms TBT ${r.tbtMs} ms CLS ${r.cls.toFixed(3)}${failing.length ? `  failing: ${failing.join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  server.close();
  rmSync(root, { recursive: true, force: true });
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', JSON.stringify({ when: new Date().toISOString(), preset: 'mobile', rows }, null, 2));
