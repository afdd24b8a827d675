/**
 * Every reader-visible sentence of a code cell (markup, controller, output), in English and Chinese. The
 * markup's sentences are rendered at build time; the few the up-front script needs are in
 * `element-strings.ts`, so that script stays small.
 */
import { defineStrings } from '../../src/i18n/strings';
import { jsMessageZh } from './js-messages';

export const CELL_STRINGS = defineStrings({
  kindCode: 'TypeScript',
  kindExercise: 'Your code',
  /** After the cell's kind; begins with its own space (none before the Chinese full-width parenthesis). */
  typesNote: ' (types are stripped, not checked)',
  editHint: 'click the code to edit',
  edited: 'Your edited version (Reset restores the original)',
  escHint: 'Esc leaves the editor',
  needsJs: 'Running this code needs JavaScript.',
  run: 'Run',
  check: 'Check',
  reset: 'Reset',
  above: 'Run all above',
  restart: 'Restart',
  undo: 'Undo reset',
  controlsOf: (name: string) => `Controls of ${name}`,
  outputOf: (name: string) => `Output of ${name}`,
  defaultName: (id: string) => `code cell “${id}”`,
  /** A cell above, in hints ("x is defined in cell 2 (“forward”) above"). */
  cellRef: (n: number, id: string) => `cell ${n} (“${id}”)`,
  editorLabel: (name: string) => `Code of ${name} (Escape leaves the editor)`,
  notRun: 'Not run',
  running: 'Running…',
  checking: 'Checking…',
  stopped: 'Stopped',
  checked: 'Checked',
  /** An exercise's run label when its code threw before any check ran. */
  notChecked: 'Not checked',
  /** A second Run while the cell runs: said in the status, not queued. */
  alreadyRunning: 'Already running: wait for this run to finish.',
  alreadyChecking: 'Already checking: wait for the checks to finish.',
  runCount: (n: number) => `Run #${n}`,
  notSaved: 'Edits are not being saved: browser storage is full or blocked.',
  /** The editor's code did not arrive (network down, a dropped request). */
  editorFailed: 'The editor could not be loaded (is the network down?). Click the code to try again, or reload the page: your saved edits are kept. Run runs the code shown.',
  editorFailedAgain: 'The editor still could not be loaded. Click the code to try again, or reload the page: your saved edits are kept. Run runs the code shown.',
  progressNotSaved: 'Progress is not being saved: browser storage is full or blocked.',
  restored: 'Restored the original code.',
  /** Under output that other code than the cell shows produced (after Reset, or Undo reset after a run). */
  staleOutput: 'This output came from other code than the cell shows now; run the cell to update it.',
  unrestored: 'Your edit is back.',
  ranAbove: (n: number) => `Ran ${n} cell${n > 1 ? 's' : ''} above.`,
  noneAbove: 'No cells above this one.',
  restarted: 'Restarted: the notebook is empty, no cell has run.',
  allPassed: (n: number) => `All ${n} checks passed. Exercise complete.`,
  /**
   * Every check passed, but the run was not clean: the code raised an error, or left timers that were stopped when it
   * ended (they could still throw). `complete`: an earlier clean run completed the exercise, which stays complete.
   */
  notClean: (n: number, why: 'error' | 'timers', complete: boolean) => `All ${n} checks passed, but the code also ${why === 'error' ? 'raised an error' : 'left timers running'}: ${complete ? 'the exercise stays complete from an earlier run.' : why === 'error' ? 'fix it to complete the exercise.' : 'await them or remove them to complete the exercise.'}`,
  somePassed: (passed: number, all: number) => `${passed} of ${all} checks passed.`,
  noOutput: 'Ran without output.',
  timersStopped: (n: number) => `${n} timer${n > 1 ? 's were' : ' was'} still pending when the cell ended and ${n > 1 ? 'were' : 'was'} stopped: timers end with their cell (await a timer to wait for it).`,
  dropped: (n: number) => `${n.toLocaleString('en')} more output item${n > 1 ? 's were' : ' was'} not shown.`,
  recovered: (culprit: string | null) => `The code runner had stopped answering${culprit ? ` after ${culprit} ran: that cell left code running (a timer or callback) or closed the runner` : ''}. It was restarted${culprit ? ' without that cell' : ''}, and this cell ran on the restored state.`,
  culprit: 'This cell left code running that stopped the code runner; it was left out of the restored notebook. Fix it and run it again.',
  showMore: (n: number) => `Show ${n} more output item${n > 1 ? 's' : ''}`,
  showMoreShort: 'Show more output',
  showAllLines: (n: number) => `Show all (${n} more lines)`,
  showAllChars: (n: number) => `Show all (${n.toLocaleString('en')} more characters)`,
  warning: 'Warning: ',
  error: 'Error: ',
  pass: '✓ Pass',
  fail: '✗ Fail',
  /** Between a check's name and its message. */
  checkSeparator: ': ',
  texError: (message: string) => `TeX error: ${message}`,
  /** An error's heading: its name, where it happened, the message ("SyntaxError on line 2, column 11: …"). */
  errorTitle: (name: string, message: string, line?: number, column?: number) =>
    `${name}${line ? ` on line ${line}${column ? `, column ${column}` : ''}` : ''}: ${message}`,
  errorLine: 'Error on this line',
  /** After an error's heading when the same error came `n` times in a row (an interval that throws on every tick). */
  repeated: (n: number) => ` (×${n})`,
  /** An exercise's conclusion when the reader's code threw while it loaded, so no check ran (a check that throws fails). */
  stoppedBeforeChecks: 'The code stopped with an error before the checks ran: fix it and press Check again.',
}, {
  kindCode: 'TypeScript',
  kindExercise: '你的代码',
  typesNote: '（类型注解会被去掉，不做类型检查）',
  editHint: '点击代码即可编辑',
  edited: '这是你修改过的版本（点击“还原”恢复原始代码）',
  escHint: '按 Esc 离开编辑器',
  needsJs: '运行这段代码需要启用 JavaScript。',
  run: '运行',
  check: '检查',
  reset: '还原',
  above: '运行上方全部',
  restart: '重启',
  undo: '撤销还原',
  controlsOf: (name) => `${name}的操作按钮`,
  outputOf: (name) => `${name}的输出`,
  defaultName: (id) => `代码单元“${id}”`,
  cellRef: (n, id) => `第 ${n} 个代码单元（“${id}”）`,
  editorLabel: (name) => `${name}的代码（按 Esc 离开编辑器）`,
  notRun: '未运行',
  running: '运行中……',
  checking: '检查中……',
  stopped: '已停止',
  checked: '已检查',
  notChecked: '未检查',
  alreadyRunning: '正在运行：请等这次运行结束。',
  alreadyChecking: '正在检查：请等这次检查结束。',
  runCount: (n) => `第 ${n} 次运行`,
  notSaved: '修改没有保存：浏览器存储已满或被禁用。',
  editorFailed: '编辑器未能载入（网络是否断开？）。点击代码可再试一次，或重新载入页面：已保存的修改不会丢失。“运行”会运行显示的代码。',
  editorFailedAgain: '编辑器仍未能载入。点击代码可再试一次，或重新载入页面：已保存的修改不会丢失。“运行”会运行显示的代码。',
  progressNotSaved: '进度没有保存：浏览器存储已满或被禁用。',
  restored: '已恢复原始代码。',
  staleOutput: '以上输出来自与当前所示不同的代码；运行本单元即可更新。',
  unrestored: '你的修改已恢复。',
  ranAbove: (n) => `已运行上方的 ${n} 个代码单元。`,
  noneAbove: '上方没有代码单元。',
  restarted: '已重启：笔记本已清空，还没有运行任何代码单元。',
  allPassed: (n) => `全部 ${n} 项检查通过，练习完成。`,
  notClean: (n, why, complete) => `全部 ${n} 项检查通过，但代码还${why === 'error' ? '抛出了错误' : '留下了未结束的定时器'}：${complete ? '此前已有一次运行完成了本练习，完成状态保留。' : why === 'error' ? '改正后练习才算完成。' : '用 await 等它们结束或去掉它们，练习才算完成。'}`,
  somePassed: (passed, all) => `${all} 项检查中通过了 ${passed} 项。`,
  noOutput: '运行完毕，没有输出。',
  timersStopped: (n) => `代码单元结束时还有 ${n} 个定时器未触发，已被停止：定时器随所在的代码单元一起结束（如需等待，请 await 定时器）。`,
  dropped: (n) => `另有 ${n.toLocaleString('en')} 条输出未显示。`,
  recovered: (culprit) => `代码运行器曾停止响应${culprit ? `（在${culprit}运行之后：那个单元留下了仍在运行的代码，如定时器或回调，或者关闭了运行器）` : ''}。运行器已重启${culprit ? '，并去掉了那个单元' : ''}，本单元在恢复后的状态上运行。`,
  culprit: '这个代码单元留下了仍在运行的代码，导致代码运行器停止响应；恢复笔记本时已将它略过。请修改后重新运行。',
  showMore: (n) => `显示另外 ${n} 条输出`,
  showMoreShort: '显示更多输出',
  showAllLines: (n) => `显示全部（还有 ${n} 行）`,
  showAllChars: (n) => `显示全部（还有 ${n.toLocaleString('en')} 个字符）`,
  warning: '警告：',
  error: '错误：',
  pass: '✓ 通过',
  fail: '✗ 未通过',
  checkSeparator: '：',
  texError: (message) => `TeX 错误：${message}`,
  errorTitle: (name, message, line, column) =>
    `${name}${line ? `（第 ${line} 行${column ? `，第 ${column} 列` : ''}）` : ''}：${jsMessageZh(message)}`,
  errorLine: '这一行有错误',
  repeated: (n) => `（共 ${n} 次）`,
  stoppedBeforeChecks: '代码在检查开始前出错，检查没有运行；改正后再按“检查”。',
});

/** The strings of one language. */
export type CellStrings = (typeof CELL_STRINGS)['en'];
