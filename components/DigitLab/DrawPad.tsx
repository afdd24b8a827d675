/**
 * The drawing pad: draw with mouse, pen or touch; or, with the keyboard, move a cursor over a 20×20 grid with
 * the arrow keys and press Space to lift or lower the pen (a lowered pen paints as it moves). Every change is
 * turned into the network's 20×20 input by `toInput` (null when empty) and passed to `onChange`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { toInput } from './pad.ts';
import type { Lang } from '../../src/i18n/lang';
import { DIGIT_LAB_STRINGS } from './strings.ts';

const SIDE = 140;
const GRID = 20;
const CELL = SIDE / GRID;
const BRUSH = 11;

export default function DrawPad({ onChange, lang = 'en' }: { onChange: (input: Float64Array | null) => void; lang?: Lang }) {
  const STRINGS = DIGIT_LAB_STRINGS[lang];
  const ref = useRef<HTMLCanvasElement>(null);
  const last = useRef<[number, number] | null>(null);
  const [cursor, setCursor] = useState<[number, number]>([10, 10]);
  const [pen, setPen] = useState(false);
  const [said, setSaid] = useState('');

  const ctx = () => ref.current?.getContext('2d', { willReadFrequently: true }) ?? null;
  const clear = () => {
    const c = ctx();
    if (c) { c.fillStyle = '#000'; c.fillRect(0, 0, SIDE, SIDE); }
    onChange(null);
  };
  useEffect(clear, []);

  const stroke = (x: number, y: number) => {
    const c = ctx();
    if (!c) return;
    c.strokeStyle = '#fff'; c.fillStyle = '#fff'; c.lineWidth = BRUSH; c.lineCap = 'round';
    const [px, py] = last.current ?? [x, y];
    c.beginPath(); c.moveTo(px, py); c.lineTo(x, y); c.stroke();
    last.current = [x, y];
  };
  const publish = () => {
    const c = ctx();
    if (!c) return;
    const rgba = c.getImageData(0, 0, SIDE, SIDE).data;
    const ink = new Float64Array(SIDE * SIDE);
    for (let k = 0; k < ink.length; k++) ink[k] = rgba[k * 4] / 255;
    onChange(toInput(ink, SIDE));
  };

  const at = (e: PointerEvent): [number, number] => {
    const r = ref.current!.getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * SIDE, ((e.clientY - r.top) / r.height) * SIDE];
  };
  const down = (e: PointerEvent) => {
    ref.current!.setPointerCapture(e.pointerId);
    last.current = null;
    stroke(...at(e));
    setSaid(''); // "the pad is empty" (after Clear) no longer holds; the guess below says what the network reads
    e.preventDefault();
  };
  const move = (e: PointerEvent) => { if (last.current) { stroke(...at(e)); publish(); } };
  const up = () => { if (last.current) { last.current = null; publish(); } };

  const centre = ([u, v]: [number, number]): [number, number] => [(u + 0.5) * CELL, (v + 0.5) * CELL];
  const key = (e: KeyboardEvent) => {
    const step: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (e.key in step) {
      const [du, dv] = step[e.key];
      const next: [number, number] = [Math.min(GRID - 1, Math.max(0, cursor[0] + du)), Math.min(GRID - 1, Math.max(0, cursor[1] + dv))];
      if (pen) { last.current = centre(cursor); stroke(...centre(next)); last.current = null; publish(); }
      setCursor(next);
      setSaid(STRINGS.padCursor(pen, next[1] + 1, next[0] + 1));
    } else if (e.key === ' ' || e.key === 'Enter') {
      if (!pen) { last.current = null; stroke(...centre(cursor)); last.current = null; publish(); }
      setPen(!pen);
      setSaid(STRINGS.padCursor(!pen, cursor[1] + 1, cursor[0] + 1));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      clear();
      setSaid(STRINGS.padEmpty);
    } else return;
    e.preventDefault();
  };

  return (
    <div class="dg-pad">
      <div class="dg-pad-frame">
        <canvas ref={ref} width={SIDE} height={SIDE} tabIndex={0} role="application" aria-roledescription={STRINGS.padRole}
          aria-label={STRINGS.padLabel} data-testid="dg-pad"
          onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={up} onKeyDown={key} />
        <span class={`dg-cursor${pen ? ' dg-pen' : ''}`} aria-hidden="true"
          style={{ left: `${(cursor[0] / GRID) * 100}%`, top: `${(cursor[1] / GRID) * 100}%`, width: `${100 / GRID}%`, height: `${100 / GRID}%` }} />
      </div>
      <button type="button" data-testid="dg-pad-clear" onClick={() => { clear(); setSaid(STRINGS.padEmpty); }}>{STRINGS.padClear}</button>
      <p class="dg-visually-hidden" aria-live="polite">{said}</p>
    </div>
  );
}
