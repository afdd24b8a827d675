/**
 * The plot: the decision-boundary heat map on a small canvas scaled up by CSS, and the points in an
 * SVG layer above it. Without JavaScript (server render) only the points are drawn.
 */
import type { Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import { markerLayers } from './figure.ts';
import type { Lang } from '../../src/i18n/lang';
import type { Point } from './model.ts';
import { inputName } from './names.ts';
import { PLAYGROUND_STRINGS } from './strings.ts';

/** Side of the plot's coordinate system (the SVG viewBox); CSS decides the size on screen. */
export const VIEW = 300;

interface PointsProps { points: readonly Point[]; r: number }

/** The points: filled markers for training data, hollow ones for test data; one path per class. */
export function PointsLayer({ points, r }: PointsProps) {
  return (
    <g>
      {markerLayers(points, VIEW, r).map((l) => (
        <path key={`${l.label}${l.test}`} d={l.d} class={`pg-pts pg-c${l.label % 4}${l.test ? ' pg-test' : ''}`} />
      ))}
    </g>
  );
}

interface PlotProps {
  points: readonly Point[];
  /** Half-width of the plotted square $[-r, r]^2$. */
  r: number;
  /** Whether the island is live (canvas drawn, clicks handled). */
  live: boolean;
  canvasRef: Ref<HTMLCanvasElement>;
  /** Grid resolution of the heat map (canvas pixels per side). */
  res: number;
  /** Text alternative of the heat map. */
  summary: string;
  /** Click in plot coordinates (0..VIEW). */
  onPlotClick: (vx: number, vy: number) => void;
  lang?: Lang;
  /** The axis note, when the axes are not the plain [−r, r] (the reader's own data). */
  tick?: string;
}

/** Heat map, points and axes; see {@link PlotProps}. */
export function PlotArea({ points, r, live, canvasRef, res, summary, onPlotClick, lang = 'en', tick }: PlotProps) {
  const click = (e: MouseEvent) => {
    const box = (e.currentTarget as SVGSVGElement).getBoundingClientRect();
    onPlotClick(((e.clientX - box.left) / box.width) * VIEW, ((e.clientY - box.top) / box.height) * VIEW);
  };
  // The same vnode object makes Preact skip the diff: the points re-render only when they change.
  const layer = useMemo(() => <PointsLayer points={points} r={r} />, [points, r]);
  // The axis note sits under the plot in the flow, outside the plot box (whose containment clips what overflows it).
  return (
    <>
    <div class="pg-plot">
      {live
        ? <canvas ref={canvasRef} width={res} height={res} class="pg-heat" role="img" aria-label={summary} />
        : <div class="pg-heat" />}
      <svg
        class="pg-points" viewBox={`0 0 ${VIEW} ${VIEW}`} aria-hidden={live ? 'true' : undefined}
        role={live ? undefined : 'img'} aria-label={live ? undefined : summary} onClick={live ? click : undefined}
      >
        <line x1={VIEW / 2} y1="0" x2={VIEW / 2} y2={VIEW} class="pg-axis" />
        <line x1="0" y1={VIEW / 2} x2={VIEW} y2={VIEW / 2} class="pg-axis" />
        {layer}
      </svg>
    </div>
    <p class="pg-tick" aria-hidden="true">{tick ?? PLAYGROUND_STRINGS[lang].ticks(r, inputName(1), inputName(2))}</p>
    </>
  );
}
