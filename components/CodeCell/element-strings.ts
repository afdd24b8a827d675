/** The few sentences the up-front `<bpn-cell>` script writes itself (the rest are rendered at build time). */
import { defineStrings } from '../../src/i18n/strings';

export const ELEMENT_STRINGS = defineStrings({
  storageBlocked: 'Edits are not being saved: this browser blocks storage.',
  passed: '✓ Passed',
  allHints: 'All hints shown',
  nextHint: (n: number, of: number) => `Show hint ${n} of ${of}`,
  loadFailed: 'The code runner could not be loaded (is the network down?). Try again, or reload the page: your saved edits are kept.',
  loadFailedAgain: 'The code runner still could not be loaded. Try again, or reload the page: your saved edits are kept.',
}, {
  storageBlocked: '修改不会被保存：这个浏览器禁用了存储。',
  passed: '✓ 已通过',
  allHints: '提示已全部显示',
  nextHint: (n, of) => `显示提示 ${n}/${of}`,
  loadFailed: '代码运行器未能载入（网络是否断开？）。请再试一次，或重新载入页面：已保存的修改不会丢失。',
  loadFailedAgain: '代码运行器仍未能载入。请再试一次，或重新载入页面：已保存的修改不会丢失。',
});
