// Serves the built site for the browser tests the way a static host serves a project site under a sub-path.
//
//   npm run serve:dist -- --port 4391        (BASE_PATH and OUT_DIR as for the build)
//
// - Files live under BASE_PATH (default "/"), read from the build's output folder (sirv: MIME types, index.html
//   for folders, no caching surprises).
// - A page opened outside the base (a test's `page.goto('/demo/cells/')`) is redirected into it, so tests keep
//   writing root paths whatever base the site was built with, and the page really runs under the base.
// - Any other request outside the base (a script, style, font, worker or fetch that forgot the base) gets a
//   404, which the page-load tests report as a failed request.
// - An unknown address gets the site's 404.html with status 404, as GitHub Pages does.
// - One address outside the base is the tests' own: /__e2e__/axe.min.js, axe-core's script, which e2e/axe.ts loads
//   into a page as a same-origin script (cached by the browser like the site's hashed assets; e2e/axe.ts says why).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sirv from 'sirv';
import { resolveOutDir } from '../src/site/out-dir.mjs';

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] || process.env.E2E_PORT || 4391);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
const dir = resolveOutDir();
const notFound = (() => { try { return readFileSync(join(dir, '404.html')); } catch { return Buffer.from('Not found'); } })();
// Files named by their content's hash (Astro's `_astro/` folder) never change under the same name: a browser may keep
// them, as hosts serve such assets; everything else is revalidated on each use (ETag), so a new deployment is seen.
const files = sirv(dir, {
  dev: true, etag: true, extensions: ['html'],
  setHeaders: (res, pathname) => { if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable'); },
});

/** axe-core's browser script, from the same package the tests import. */
const AXE = { path: '/__e2e__/axe.min.js', file: createRequire(import.meta.url).resolve('axe-core/axe.min.js') };

function send404(res) {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(notFound);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === AXE.path) {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' });
    res.end(readFileSync(AXE.file));
    return;
  }
  if (!url.pathname.startsWith(base) && url.pathname !== base.slice(0, -1)) {
    // Browsers mark page loads with Sec-Fetch-Mode: navigate; Playwright's request API sends no such header.
    const mode = req.headers['sec-fetch-mode'];
    if (mode === undefined || mode === 'navigate') {
      res.writeHead(302, { location: base + url.pathname.slice(1) + url.search });
      res.end();
    } else send404(res);
    return;
  }
  req.url = '/' + (url.pathname.slice(base.length) + url.search).replace(/^\//, '');
  files(req, res, () => send404(res));
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${dir} under ${base} at http://127.0.0.1:${port}${base}`);
});
