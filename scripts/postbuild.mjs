// Runs after `astro build` (npm's `postbuild`): 1. Pagefind indexes the built pages into <out>/pagefind/
// (only the `data-pagefind-body` part of lesson and reference pages; one index per <html lang>);
// 2. Workbox writes the service worker over everything, the index included (scripts/make-sw.mjs).
// Honours OUT_DIR like the build itself (src/site/out-dir.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import * as pagefind from 'pagefind';
import { visit } from 'unist-util-visit';
import { linearizeMath } from '../src/math/search-text.mjs';
import { resolveOutDir } from '../src/site/out-dir.mjs';
import { makeServiceWorker } from './make-sw.mjs';

const dir = resolveOutDir();

// KaTeX writes each formula twice (visible HTML, and MathML with its TeX source for screen readers), and either one
// read as flat text loses the formula's structure ("∂J∂Θij(1)" in an excerpt). The index gets each formula once, as one
// line of the course's notation (`∂J/∂Θ(1)_ij`, src/math/search-text.mjs); the pages on disk are not changed. Only the
// pages with a `data-pagefind-body` part are indexed (as Pagefind does when any page has one).
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = { page_count: 0 };
const htmlFiles = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
for (const file of htmlFiles) {
  const html = readFileSync(`${dir}/${file}`, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const tree = fromHtml(html);
  linearizeMath(tree);
  spaceTableCells(tree);
  const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const result = await index.addHTMLFile({ url, content: toHtml(tree) });
  if (result.errors.length) throw new Error(`pagefind: ${file}: ${result.errors.join('; ')}`);
  added.page_count++;
}
const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`postbuild: Pagefind indexed ${added.page_count} pages into ${dir}/pagefind`);
// One index per <html lang>: `zh-cn` is segmented into words at indexing time by the extended Pagefind binary
// (the npm package picks `pagefind_extended`), so `梯度检验` matches without settings here.
for (const [lang, size] of Object.entries(indexSizes(`${dir}/pagefind`))) {
  console.log(`postbuild: Pagefind ${lang}: ${size.pages} pages, index ${(size.index / 1024).toFixed(0)} KiB, fragments ${(size.fragments / 1024).toFixed(0)} KiB`);
}

const { count, size } = await makeServiceWorker(dir);
console.log(`postbuild: ${dir}/sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`);

/** Ends every table cell with "; ": Pagefind joins adjacent cells' text ("symbolshapemeaning" in an excerpt), and a
 * row read as one phrase ("lesson 9 δ_kj number") hides where one cell ends. */
function spaceTableCells(tree) {
  visit(tree, 'element', (node) => {
    if (node.tagName === 'td' || node.tagName === 'th') node.children.push({ type: 'text', value: '; ' });
  });
}

/** Bytes of each language's index chunks and page fragments (as written: Pagefind compresses them itself). */
function indexSizes(pf) {
  const { languages } = JSON.parse(readFileSync(`${pf}/pagefind-entry.json`, 'utf8'));
  const bytes = (sub, lang) => readdirSync(`${pf}/${sub}`).filter((f) => f.startsWith(`${lang}_`)).reduce((n, f) => n + statSync(`${pf}/${sub}/${f}`).size, 0);
  return Object.fromEntries(Object.entries(languages).map(([lang, l]) => [lang, { pages: l.page_count, index: bytes('index', lang), fragments: bytes('fragment', lang) }]));
}
