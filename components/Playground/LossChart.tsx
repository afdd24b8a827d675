/**
 * Training and test loss against the step, as SVG polylines (non-finite losses are never stored, so
 * the picture never contains NaN).
 */
import { formatLoss, lossPaths, type LossPoint } from './chart.ts';

const W = 300, H = 110;

/** Loss curves of the run so far; `points` come from the run's history. */
export function LossChart({ points, train, test }: { points: readonly LossPoint[]; train: number; test: number | null }) {
  const c = lossPaths(points, W, H);
  const label = `Loss curves up to step ${c.lastStep}: training loss ${formatLoss(train)}, test loss ${formatLoss(test)}.`;
  return (
    <figure class="pg-chart">
      <svg viewBox={`-34 -8 ${W + 42} ${H + 26}`} role="img" aria-label={label}>
        <line x1="0" y1={H} x2={W} y2={H} class="pg-axis" />
        <line x1="0" y1="0" x2="0" y2={H} class="pg-axis" />
        <text x="-4" y="4" class="pg-label" text-anchor="end">{String(c.yMax)}</text>
        <text x="-4" y={H} class="pg-label" text-anchor="end">0</text>
        <text x={W} y={H + 16} class="pg-label" text-anchor="end">step {c.lastStep}</text>
        <path d={c.test} class="pg-curve pg-curve-test" />
        <path d={c.train} class="pg-curve pg-curve-train" />
      </svg>
      <figcaption>
        <span class="pg-key pg-key-train" aria-hidden="true" /> training loss{' '}
        <span class="pg-key pg-key-test" aria-hidden="true" /> test loss
      </figcaption>
    </figure>
  );
}
