// Post-build step 2 of 2 (see scripts/postbuild.mjs). Writes dist/sw.js (and its Workbox runtime file) from the files the build produced, so nothing is listed by
// hand: every page, stylesheet, script chunk (widgets, the code-cell editor and worker runtime), the KaTeX
// fonts in woff2 (the only format current browsers fetch; woff/ttf would triple the download), images,
// the manifest and the Pagefind index (search works offline too). Run after `astro build` and `pagefind`.
import { generateSW } from 'workbox-build';

/** Generates `<dir>/sw.js`; returns how many files it precaches and their total size in bytes. */
export async function makeServiceWorker(dir) {
const { count, size, warnings } = await generateSW({
  globDirectory: dir,
  globPatterns: ['**/*.{html,css,js,mjs,json,svg,png,webp,woff2,webmanifest,bin,pagefind,pf_meta,pf_index,pf_fragment}'],
  // Crawler files and Pagefind's UI bundles we do not use stay out of the cache.
  globIgnores: ['sw.js', 'workbox-*.js', 'robots.txt', 'sitemap*.xml', 'pagefind/pagefind-*ui.{js,css}', 'og-card.png'],
  swDest: `${dir}/sw.js`,
  // Lesson URLs end in a slash: `/lessons/x/` is served from the precached `/lessons/x/index.html`.
  directoryIndex: 'index.html',
  // Pagefind asks for `pagefind-entry.json?ts=<now>` to dodge HTTP caches; the precached copy is the right one.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  // A new deployment waits until the reader accepts the "updated — reload" notice (or closes every tab).
  skipWaiting: false,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});
for (const w of warnings) console.warn(`make-sw: ${w}`);
return { count, size };
}
