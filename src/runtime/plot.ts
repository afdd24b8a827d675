/**
 * Line and scatter plots as an SVG string (no chart library). Pure: the worker sends a {@link PlotSpec},
 * the page turns it into SVG with this function. Colours are theme variables, so dark mode just works;
 * scatter series also differ in marker shape, so colour is never the only cue.
 */
import { escapeHtml, ticks } from '../format/number';
import { formatOutputNumber } from '../format/value';
import type { Lang } from '../i18n/lang';
import type { PlotSpec } from './protocol';
import { RUNTIME_STRINGS } from './strings';

const W = 480, H = 280, PAD = { l: 56, r: 12, t: 28, b: 40 };
const COLOURS = ['var(--accent)', 'var(--negative)', 'var(--positive)', 'var(--focus)'];

function extent(values: number[]): [number, number] {
  let lo = Math.min(...values), hi = Math.max(...values);
  if (!Number.isFinite(lo)) return [0, 1];
  if (lo === hi) { lo -= 1; hi += 1; }
  return [lo, hi];
}

function marker(shape: number, x: number, y: number, colour: string): string {
  const p = (n: number) => n.toFixed(1);
  if (shape === 1) return `<rect x="${p(x - 3)}" y="${p(y - 3)}" width="6" height="6" fill="${colour}"/>`;
  if (shape === 2) return `<path d="M${p(x)} ${p(y - 4)}L${p(x + 4)} ${p(y + 3)}H${p(x - 4)}Z" fill="${colour}"/>`;
  if (shape === 3) return `<path d="M${p(x - 3)} ${p(y - 3)}L${p(x + 3)} ${p(y + 3)}M${p(x + 3)} ${p(y - 3)}L${p(x - 3)} ${p(y + 3)}" stroke="${colour}" stroke-width="2"/>`;
  return `<circle cx="${p(x)}" cy="${p(y)}" r="3.2" fill="${colour}"/>`;
}

/**
 * Draws a plot. Non-finite points are skipped (a diverging loss curve still draws up to where it broke).
 * @example
 * ```ts
 * plotSvg({ type: 'line', series: [{ label: 'loss', points: [[1, 0.7], [2, 0.4]] }], title: 'Loss' });
 * ```
 */
export function plotSvg(spec: PlotSpec, lang: Lang = 'en'): string {
  const S = RUNTIME_STRINGS[lang];
  const series = spec.series.map((s) => ({ ...s, points: s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)) }));
  const all = series.flatMap((s) => s.points);
  const [x0, x1] = extent(all.map((p) => p[0]));
  const [y0, y1] = extent(all.map((p) => p[1]));
  const sx = (x: number) => PAD.l + ((x - x0) / (x1 - x0)) * (W - PAD.l - PAD.r);
  const sy = (y: number) => H - PAD.b - ((y - y0) / (y1 - y0)) * (H - PAD.t - PAD.b);
  const title = spec.title ?? (spec.type === 'line' ? S.linePlot : S.scatterPlot);
  const desc = S.plotDescription(title, series.map((s, i) => S.seriesPoints(s.label ?? S.series(i + 1), s.points.length)),
    formatOutputNumber(x0), formatOutputNumber(x1), formatOutputNumber(y0), formatOutputNumber(y1));
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(desc)}" class="cell-plot">`);
  parts.push(`<text x="${W / 2}" y="16" text-anchor="middle" font-weight="600" fill="currentColor">${escapeHtml(title)}</text>`);
  parts.push(`<g stroke="var(--border)" stroke-width="1">`);
  for (const t of ticks(x0, x1)) parts.push(`<line x1="${sx(t).toFixed(1)}" x2="${sx(t).toFixed(1)}" y1="${PAD.t}" y2="${H - PAD.b}"/>`);
  for (const t of ticks(y0, y1)) parts.push(`<line x1="${PAD.l}" x2="${W - PAD.r}" y1="${sy(t).toFixed(1)}" y2="${sy(t).toFixed(1)}"/>`);
  parts.push('</g><g fill="currentColor" font-size="11">');
  for (const t of ticks(x0, x1)) parts.push(`<text x="${sx(t).toFixed(1)}" y="${H - PAD.b + 14}" text-anchor="middle">${formatOutputNumber(t, 3)}</text>`);
  for (const t of ticks(y0, y1)) parts.push(`<text x="${PAD.l - 4}" y="${(sy(t) + 4).toFixed(1)}" text-anchor="end">${formatOutputNumber(t, 3)}</text>`);
  if (spec.xLabel) parts.push(`<text x="${(PAD.l + W - PAD.r) / 2}" y="${H - 6}" text-anchor="middle">${escapeHtml(spec.xLabel)}</text>`);
  if (spec.yLabel) parts.push(`<text transform="translate(12 ${(PAD.t + H - PAD.b) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(spec.yLabel)}</text>`);
  parts.push('</g>');
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length];
    if (spec.type === 'line') {
      const d = s.points.map(([x, y], k) => `${k ? 'L' : 'M'}${sx(x).toFixed(1)} ${sy(y).toFixed(1)}`).join('');
      parts.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2"${i % 2 ? ' stroke-dasharray="6 3"' : ''}/>`);
    } else {
      parts.push(s.points.map(([x, y]) => marker(i % 4, sx(x), sy(y), colour)).join(''));
    }
  });
  if (series.length > 1 || series[0]?.label) {
    series.forEach((s, i) => {
      const y = PAD.t + 4 + i * 16, x = W - PAD.r - 110;
      parts.push(marker(i % 4, x, y, COLOURS[i % COLOURS.length]));
      parts.push(`<text x="${x + 8}" y="${y + 4}" font-size="11" fill="currentColor">${escapeHtml(s.label ?? S.series(i + 1))}</text>`);
    });
  }
  parts.push('</svg>');
  return parts.join('');
}
