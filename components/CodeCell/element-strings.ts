/** The few sentences the up-front `<bpn-cell>` script writes itself (the rest are rendered at build time). */
import { defineStrings } from '../../src/i18n/strings';

export const ELEMENT_STRINGS = defineStrings({
  storageBlocked: 'Edits are not being saved: this browser blocks storage.',
  passed: '✓ Passed',
  allHints: 'All hints shown',
  nextHint: (n: number, of: number) => `Show hint ${n} of ${of}`,
}, {
  storageBlocked: '修改不会被保存：这个浏览器禁用了存储。',
  passed: '✓ 已通过',
  allHints: '提示已全部显示',
  nextHint: (n, of) => `显示提示 ${n}/${of}`,
});
