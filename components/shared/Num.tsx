/**
 * A number as a reader sees it in a widget: significant digits from the one formatter, "≈" when rounded, and the
 * exact value one hover (title) or one screen-reader pass (visually hidden text) away. Non-finite or missing: "—".
 * @example <Num value={0.39321568} digits={4} />  // ≈ 0.3932, exact 0.39321568 on hover
 */
import { describeNumber } from '../../src/format/number';
import { SHARED_STRINGS } from './strings';

export function Num({ value, digits = 4 }: { value: number | null; digits?: number }) {
  if (value === null || !Number.isFinite(value)) return <span class="num">—</span>;
  const d = describeNumber(value, { digits });
  if (!d.rounded) return <span class="num">{d.text}</span>;
  return (
    <span class="num" title={SHARED_STRINGS.exact(d.exact)}>
      {d.text}<span class="visually-hidden"> ({SHARED_STRINGS.exact(d.exact)})</span>
    </span>
  );
}
