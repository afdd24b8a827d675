/**
 * Training and test loss against the step, as SVG polylines (non-finite losses are never stored, so
 * the picture never contains NaN).
 */
import { formatLoss, lossPaths, type LossPoint } from './chart.ts';
import type { Lang } from '../../src/i18n/lang';
import { PLAYGROUND_STRINGS } from './strings.ts';

const W = 300, H = 110;
/** Room left of the axis for the top label: `formatLoss` keeps it to at most 6 characters (`500000`, `5e6`). */
const LEFT = 46;

/**
 * Loss curves of the run so far; `points` come from the run's history. With `lambda > 0` the curve is the objective
 * the run minimises, the loss plus the penalty (λ/2m)ΣΘ², and the caption says so.
 */
export function LossChart({ points, train, test, lambda = 0, lang = 'en' }: { points: readonly LossPoint[]; train: number; test: number | null; lambda?: number; lang?: Lang }) {
  const S = PLAYGROUND_STRINGS[lang];
  const c = lossPaths(points, W, H);
  const what = S.lossName('training', lambda);
  const label = S.chartLabel(c.lastStep, what, formatLoss(train), S.lossName('test', lambda), formatLoss(test));
  return (
    <figure class="pg-chart">
      <svg viewBox={`${-LEFT} -8 ${W + LEFT + 8} ${H + 26}`} role="img" aria-label={label}>
        <line x1="0" y1={H} x2={W} y2={H} class="pg-axis" />
        <line x1="0" y1="0" x2="0" y2={H} class="pg-axis" />
        <text x="-4" y="4" class="pg-label" text-anchor="end">{formatLoss(c.yMax)}</text>
        <text x="-4" y={H} class="pg-label" text-anchor="end">0</text>
        <text x={W} y={H + 16} class="pg-label" text-anchor="end">{S.chartStep(c.lastStep)}</text>
        <path d={c.test} class="pg-curve pg-curve-test" />
        <path d={c.train} class="pg-curve pg-curve-train" />
      </svg>
      <figcaption>
        <span class="pg-key pg-key-train" aria-hidden="true" /> {what}{' '}
        <span class="pg-key pg-key-test" aria-hidden="true" /> {S.lossName('test', lambda)}
      </figcaption>
    </figure>
  );
}
