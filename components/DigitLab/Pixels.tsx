/** A small grey image on a canvas (drawn after mount), scaled up without smoothing; `label` is its text alternative. */
import { useEffect, useRef } from 'preact/hooks';

export interface PixelsProps {
  /** RGBA bytes, side × side pixels. */
  rgba: Uint8ClampedArray;
  side: number;
  label: string;
  /** Displayed size in CSS pixels (default 40). */
  size?: number;
  testid?: string;
}

export default function Pixels({ rgba, side, label, size = 40, testid }: PixelsProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) ctx.putImageData(new ImageData(new Uint8ClampedArray(rgba), side, side), 0, 0);
  }, [rgba, side]);
  return <canvas ref={ref} class="dg-pixels" width={side} height={side} role="img" aria-label={label} data-testid={testid}
    style={{ width: `${size}px`, height: `${size}px` }} />;
}
