/**
 * The network's weights on a small diagram: one line per Θ(l)_ij, coloured by sign and as wide as its
 * size. A click selects the weight in the editor (the editor's menus are the keyboard route).
 */
import { describeNumber } from '../../src/format/number';
import { useMemo } from 'preact/hooks';
import type { Matrix } from 'backprop';
import type { Lang } from '../../src/i18n/lang';
import type { WeightIndex } from '../../src/notation/symbol';
import { diagramLayout } from './figure.ts';
import { weightName } from './names.ts';
import { PLAYGROUND_STRINGS } from './strings.ts';

const W = 300, H = 150;

/** A selected weight Θ(l)_ij (math indices): the notation model's weight index. */
export type WeightRef = WeightIndex;

interface Props {
  sizes: number[];
  weights: Matrix[];
  selected: WeightRef | null;
  /** Leave out the per-edge tooltips while training (they would change every frame). */
  live?: boolean;
  onSelect: (w: WeightRef) => void;
  lang?: Lang;
  /** Whether a click on a line selects it (false until the widget runs: the caption then offers no click). Default true. */
  editable?: boolean;
}

/** See the module comment. */
export function WeightDiagram({ sizes, weights, selected, onSelect, live = false, lang = 'en', editable = true }: Props) {
  const S = PLAYGROUND_STRINGS[lang];
  const { nodes, edges } = useMemo(() => diagramLayout(sizes, weights, W, H), [sizes, weights]);
  const isSel = (e: WeightRef) => selected !== null && e.l === selected.l && e.i === selected.i && e.j === selected.j;
  return (
    <figure class="pg-weights">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={S.diagramLabel(sizes.join('-'))}>
        {edges.map((e) => (
          <line
            key={`${e.l}.${e.i}.${e.j}`} x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} stroke-width={e.width}
            class={`pg-edge ${e.w >= 0 ? 'pg-pos' : 'pg-neg'}${isSel(e) ? ' pg-sel' : ''}`}
            onClick={() => onSelect({ l: e.l, i: e.i, j: e.j })}
          >
            {!live && <title>{S.edgeTitle(weightName(e), describeNumber(e.w))}</title>}
          </line>
        ))}
        {nodes.map((n) => (
          <g key={`${n.l}.${n.j}`} class={n.bias ? 'pg-node pg-bias' : 'pg-node'}>
            <circle cx={n.x} cy={n.y} r="6" />
            {n.bias && <text x={n.x} y={n.y - 9} text-anchor="middle" class="pg-label">+1</text>}
          </g>
        ))}
      </svg>
      <figcaption>{S.diagramCaption(sizes.join('-'), editable)}</figcaption>
    </figure>
  );
}
