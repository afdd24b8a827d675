/**
 * The SVG of a {@link DiagramModel}: edges coloured by sign and sized by |Θ|, units with a(l) inside and
 * z(l) (and δ(l)) below, +1 bias units. One tab stop; arrow keys move between units and weights
 * (roving tabindex), Enter or a click on an editable element calls `onEdit`.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../src/i18n/lang';
import type { DiagramModel } from './model';
import { DIAGRAM_STRINGS } from './strings';

/** The smallest scale of the drawing (CSS px per viewBox unit): its 11-unit labels stay about 10 px. */
const MIN_SCALE = 0.9;
/** Width of one character of a weight label (11-unit monospace, 0.6 em), in viewBox units. */
const LABEL_CHAR = 6.6;

export interface DiagramSvgProps {
  model: DiagramModel;
  /** Keys (`n-2-1`, `e-1-2-0`, `J`) drawn highlighted: what the stepper is computing. */
  highlight?: string[];
  /** Keys of elements that can be edited (weights and inputs) when `onEdit` is set. */
  onEdit?: (key: string) => void;
  /** Called with a readout text when an element is hovered or focused, `null` when left. */
  onShow?: (text: string | null) => void;
  /** Accessible name of the whole drawing. */
  label: string;
  /** Language of the page (default 'en'). */
  lang?: Lang;
}

/** Draw the network; see {@link DiagramSvgProps}. */
export function DiagramSvg({ model, highlight = [], onEdit, onShow, label, lang = 'en' }: DiagramSvgProps) {
  const { width, height, nodes, edges, headers, cost } = model;
  // Reading order for the arrow keys: the units layer by layer, then the weights layer by layer, then J.
  const order = [...nodes.map((n) => n.key), ...edges.map((e) => e.key), 'J'];
  const [current, setCurrent] = useState(order[0]!);
  const hl = new Set(highlight);
  const editable = (key: string) => !!onEdit && (key.startsWith('e-') || !!nodes.find((n) => n.key === key)?.editable);

  const keyDown = (key: string) => (ev: KeyboardEvent) => {
    const at = order.indexOf(key);
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: order.length - 1 }[ev.key];
    if (to !== undefined) {
      ev.preventDefault();
      const next = order[(to + order.length) % order.length]!;
      setCurrent(next);
      const el = (ev.currentTarget as Element).closest('svg')?.querySelector<SVGElement>(`[data-el="${next}"][tabindex]`);
      el?.focus();
      // Chromium does not scroll the drawing's box (on a phone) to an SVG element given focus by script (reader QA).
      el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else if ((ev.key === 'Enter' || ev.key === ' ') && editable(key)) {
      ev.preventDefault();
      onEdit!(key);
    }
  };
  // `text` is the readout's (the exact numbers); `said` the accessible name and tooltip (the symbols' meanings too).
  const common = (key: string, text: string, said: string) => ({
    'data-el': key,
    tabIndex: key === current ? 0 : -1,
    role: (editable(key) ? 'button' : 'img') as 'button' | 'img',
    'aria-label': editable(key) ? DIAGRAM_STRINGS[lang].editable(said) : said,
    onKeyDown: keyDown(key),
    onFocus: () => { setCurrent(key); onShow?.(text); },
    onBlur: () => onShow?.(null),
    onMouseEnter: () => onShow?.(text),
    onMouseLeave: () => onShow?.(null),
    onClick: editable(key) ? () => onEdit!(key) : undefined,
  });

  return (
    // On a phone not drawn below MIN_SCALE (NetworkDiagram.css applies --nd-min-width there): a wide network scrolls
    // sideways in its box instead of shrinking its 11-unit labels to 7.7 px (reader QA, 360 px); the roving tab stop
    // inside keeps the box reachable by keyboard. Wider screens fit the whole drawing to its column, as before.
    <div class="nd-scroll scroll-shadows">
    <svg class="nd-svg" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label} style={`--nd-min-width:${Math.round(MIN_SCALE * width)}px`}>
      {headers.map((h) => <text class="nd-header" x={h.x} y={14} text-anchor="middle">{h.text}</text>)}
      {edges.map((e) => (
        <g key={e.key} class={`nd-edge nd-${e.sign}${hl.has(e.key) ? ' nd-hl' : ''}`} data-sym={e.name} {...common(e.key, e.label, e.spoken)}>
          <title>{e.spoken}</title>
          <line class="nd-hit" x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} />
          <line class="nd-line" x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} stroke-width={e.width} />
        </g>
      ))}
      {edges.map((e) => {
        // A box of the page's colour behind the label (monospace: 0.6 em a character at 11 units), so no line shows
        // through it: the text's halo alone left the gap above a "." open, and "0.6" read "0:6" (reader QA).
        const w = e.text.length * LABEL_CHAR + 3;
        return [
          <rect key={`b${e.key}`} class="nd-wbg" x={e.lx - w / 2} y={e.ly - 5} width={w} height={11} rx={2} aria-hidden="true" />,
          <text key={`t${e.key}`} class={`nd-wlabel${hl.has(e.key) ? ' nd-hl' : ''}`} x={e.lx} y={e.ly + 4} text-anchor="middle" aria-hidden="true">{e.text}</text>,
        ];
      })}
      {nodes.map((n) => (
        <g key={n.key} class={`nd-node${n.bias ? ' nd-bias' : ''}${hl.has(n.key) ? ' nd-hl' : ''}`} data-sym={n.name} {...common(n.key, n.label, n.spoken)}>
          {/* No tooltip on an editable unit: axe counts <title> as visible text that its name must contain (D24);
              the readout below the drawing shows the same text on hover. */}
          {!editable(n.key) && <title>{n.spoken}</title>}
          <circle cx={n.cx} cy={n.cy} r={n.r} />
          <text x={n.cx} y={n.cy + 4.5} text-anchor="middle" class="nd-a">{n.inside}</text>
          {n.below.map((t, k) => <text x={n.cx} y={n.cy + n.r + 14 + 13 * k} text-anchor="middle" class="nd-small">{t}</text>)}
        </g>
      ))}
      <text class={`nd-cost${hl.has('J') ? ' nd-hl' : ''}`} x={cost.x} y={cost.y} text-anchor="middle" data-sym="J" {...common('J', cost.label, cost.spoken)}
        role="img">{cost.text}</text>
    </svg>
    </div>
  );
}
