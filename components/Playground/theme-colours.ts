/**
 * Read the theme's colours at runtime, for the canvas (which cannot use CSS variables). Small swatch
 * elements carry `color: var(--…)`; the browser resolves `light-dark()` and `color-mix()` for us, and a
 * 1×1 canvas turns whatever colour syntax comes back into [r, g, b]. Re-read when the theme changes.
 */
import type { RGB } from './heatmap.ts';

/** The resolved colour of each swatch element, as RGB. */
export function readSwatches(swatches: readonly Element[]): RGB[] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  return swatches.map((el) => {
    const css = getComputedStyle(el).color;
    if (!ctx) return parseRgb(css);
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#808080';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b] as const;
  });
}

/** "rgb(1, 2, 3)" → [1, 2, 3]; anything else → mid grey. */
function parseRgb(css: string): RGB {
  const m = /rgba?\((\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(css);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [128, 128, 128];
}

/**
 * Call `onChange` when the colour scheme may have changed: the system preference, or the site's toggle
 * (which sets `data-theme` on <html>). Returns the function that stops listening.
 */
export function watchTheme(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}
