// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import macros from './src/math/macros.json' with { type: 'json' };
import rehypeEquationIds from './src/math/tag-ids.mjs';
import { resolveOutDir } from './src/site/out-dir.mjs';
import rehypeBaseLinks from './src/site/rehype-base-links.mjs';
import rehypeCjkBreaks from './src/site/rehype-cjk-breaks.mjs';
import rehypeMathPunct from './src/math/rehype-math-punct.mjs';
import rehypeExerciseMarks from './src/site/rehype-exercise-marks.mjs';
import { CODE_THEMES } from './src/site/code-themes.mjs';

/** Registers `client:visible-or-tab` (src/site/visible-or-tab.ts): widgets hydrate when seen or on the first Tab. */
function visibleOrTab() {
  return {
    name: 'backprop-notebook:visible-or-tab',
    hooks: {
      /** @param {{ addClientDirective: (d: { name: string, entrypoint: string }) => void }} options */
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'visible-or-tab', entrypoint: new URL('./src/site/visible-or-tab.ts', import.meta.url).pathname });
      },
    },
  };
}

/**
 * Where the site lives. `SITE_URL` is the origin used in the sitemap and Open Graph tags; `BASE_PATH`
 * lets the built site sit under a sub-path (for example `/backprop-notebook/` on GitHub Pages).
 */
const site = process.env.SITE_URL ?? 'https://backprop-notebook.github.io';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // Separate output and cache folders let several builds run side by side (OUT_DIR=/tmp/x npm run build).
  outDir: resolveOutDir(),
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // The developer demo pages (src/pages/demo/) are noindex and left out of the sitemap.
  // MDX `optimize`: each lesson's static HTML (its typeset math, thousands of KaTeX spans) is compiled to HTML strings,
  // not to one JSX call per element; components stay components. The pages are the same but for serialisation
  // (`&#39;` → `'`, a trailing `;` in KaTeX's style attributes, newlines between table rows). Measured 2 Dec 2026 on
  // this 2-core box, same tree: `npm run build` 39.5 s wall and 52.0 CPU s without it, 32.5 s and 43.4 CPU s with it.
  integrations: [mdx({ optimize: true }), preact(), visibleOrTab(), sitemap({
      filter: (page) => !new URL(page).pathname.includes('/demo/'),
      // Both editions, each page with its hreflang alternates (xhtml:link).
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
    })],
  markdown: {
    // Astro 7's default processor ignores remark/rehype plugins, so math needs the unified pipeline.
    // rehypeExerciseMarks comes last: it counts the headings as Astro will collect them after these plugins.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { macros, strict: 'ignore', output: 'htmlAndMathml' }], rehypeEquationIds, [rehypeBaseLinks, { base }], rehypeCjkBreaks, rehypeMathPunct, rehypeExerciseMarks],
    }),
    shikiConfig: { themes: CODE_THEMES },
  },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', { path: 'zh', codes: ['zh-CN', 'zh-Hans'] }],
    routing: { prefixDefaultLocale: false },
  },
  vite: {
    resolve: {
      alias: {
        backprop: new URL('./src/backprop/index.ts', import.meta.url).pathname,
        '@components': new URL('./components', import.meta.url).pathname,
      },
    },
  },
});
