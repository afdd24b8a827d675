/**
 * A number as a reader sees it in a widget: significant digits from the one formatter, "≈" when rounded, and the
 * exact value one hover (title) or one screen-reader pass (visually hidden text) away. Non-finite or missing: "—".
 * @example <Num value={0.39321568} digits={4} />  // ≈ 0.3932, exact 0.39321568 on hover
 */
import type { Lang } from '../../src/i18n/lang';
import { describeNumber } from '../../src/format/number';
import { SHARED_STRINGS } from './strings';

export function Num({ value, digits = 4, lang = 'en' }: { value: number | null; digits?: number; lang?: Lang }) {
  if (value === null || !Number.isFinite(value)) return <span class="num">—</span>;
  const d = describeNumber(value, { digits });
  if (!d.rounded) return <span class="num">{d.text}</span>;
  const S = SHARED_STRINGS[lang];
  return (
    <span class="num" title={S.exact(d.exact)}>
      {d.text}<span class="visually-hidden">{S.exactAside(d.exact)}</span>
    </span>
  );
}
