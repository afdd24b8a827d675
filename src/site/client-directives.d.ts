// The site's own client directive (src/site/visible-or-tab.ts, registered in astro.config.mjs).
declare namespace Astro {
  interface ClientDirectives {
    'client:visible-or-tab'?: boolean;
  }
}
