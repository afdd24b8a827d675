/**
 * Every reader-visible sentence the runtime produces (worker, notebook and plots), in English and Chinese.
 * Functions take the values they quote. The worker learns its page's language from the `connect` message;
 * the JavaScript engine's own error text ("x is not defined") is passed on as the engine says it.
 */
import { defineStrings } from '../i18n/strings';

export const RUNTIME_STRINGS = defineStrings({
  /** Hint on an error whose line uses the DOM, storage or the network. */
  blocked: (name: string) => `Cells run in a Web Worker: no DOM, storage or network (${name} is not available here).`,
  /** Hint on "Assignment to constant variable." */
  constAssigned: (names: string[]) => names.length
    ? `${names.join(', ')} ${names.length > 1 ? 'were' : 'was'} declared with const in an earlier cell, so it cannot be reassigned. Declare it with let there to change it later.`
    : 'A name declared with const (here or in an earlier cell) cannot be reassigned. Declare it with let to change it later.',
  /** Hint on a ReferenceError for a name an earlier, un-run cell defines. */
  notRunAbove: (name: string, cell: string) => `${name} is defined in ${cell} above, which has not run yet. Use “Run all above”, or run that cell first.`,
  /** Error thrown by `self.close()` in a cell. */
  noClose: 'Cells cannot close the code runner (self.close): the notebook needs it for the next cells.',
  /** Error thrown by string timers (`setTimeout("code")`). */
  timerNeedsFunction: 'setTimeout/setInterval need a function here, not a string of code.',
  /** Import of an unknown module. */
  unknownModule: (name: string) => `Cannot import "${name}": cells can import from "backprop" and "notebook"`,
  /** A named import that the module does not export. */
  noExport: (module: string, name: string) => `"${module}" has no export named "${name}" (its API page lists what it exports)`,
  /** The name of an error thrown after the cell's last line ran (in a timer or promise callback), with its prefix. */
  uncaughtLater: (name: string) => `Uncaught (in a timer or promise callback) ${name}`,
  /** The name shown for a thrown value that is not an Error (`throw "oops"`, `Promise.reject(7)`); the value follows. */
  thrownValue: 'Thrown value',
  /** A `for await` loop over a value that is neither async iterable nor iterable (the value as written in code). */
  notAsyncIterable: (value: string) => `for await needs an async iterable or an iterable, not ${value}`,
  /** A `for await` loop whose iterator, or a `next()`/`return()` result, is not an object. */
  notIteratorObject: (value: string) => `for await needs an iterator object whose next() returns objects, not ${value}`,
  /** Notice when a cell printed too much. */
  outputStopped: (max: number) => `Output stopped after ${max} items (the cell keeps running).`,
  /** Cut marker of one very long printed text. */
  textCut: (more: number) => `… (${more.toLocaleString('en')} more characters not sent)`,
  /** Name of the error shown when the time limit stopped a cell. */
  stoppedName: 'Stopped',
  /** Name of the runner's own errors (did not start, stopped answering). */
  errorName: 'Error',
  /** The time limit stopped the cell itself. */
  stopped: (seconds: number) => `Stopped after ${seconds} s: this cell was still running (an endless loop?). The notebook's state was restored from the cells that had run.`,
  /** The runner never answered (it did not start). */
  noStart: 'The code runner did not start. Reload the page to try again.',
  /** The runner's script failed while starting. */
  startFailed: (why: string) => `The code runner failed to start: ${why || 'unknown error'}`,
  /** The runner stopped answering twice in a row, even after a restart. */
  unresponsive: 'The code runner stopped answering, even after a restart. Use Restart, or reload the page.',
  /** `show.plot` / `show.scatter` given data it cannot read. */
  plotData: 'show.plot/scatter needs numbers, [x, y] pairs, { x, y } points or { x: [...], y: [...] }',
  /** Default title of a line plot. */
  linePlot: 'Line plot',
  /** Default title of a scatter plot. */
  scatterPlot: 'Scatter plot',
  /** Name of an unnamed series. */
  series: (n: number) => `series ${n}`,
  /** Name of a scatter series made by `groups`. */
  group: (key: string) => `class ${key}`,
  /** A series in the plot's text description. */
  seriesPoints: (name: string, n: number) => `${name}, ${n} point${n === 1 ? '' : 's'}`,
  /** The plot's text description (its accessible name). */
  plotDescription: (title: string, series: string[], x0: string, x1: string, y0: string, y1: string) =>
    `${title}: ${series.join('; ')}; x from ${x0} to ${x1}, y from ${y0} to ${y1}.`,
}, {
  blocked: (name) => `代码单元在 Web Worker 中运行：无法访问 DOM、存储和网络（这里不能用 ${name}）。`,
  constAssigned: (names) => names.length
    ? `${names.join('、')} 在前面的代码单元中用 const 声明，不能重新赋值。若以后要修改，请在那里改用 let 声明。`
    : '用 const 声明的名字（在本单元或前面的单元中）不能重新赋值。若以后要修改，请改用 let 声明。',
  notRunAbove: (name, cell) => `${name} 定义在上方的${cell}中，而那个单元还没有运行。请点击“运行上方全部”，或先运行那个单元。`,
  noClose: '代码单元不能关闭代码运行器（self.close）：后面的单元还要用它。',
  timerNeedsFunction: 'setTimeout/setInterval 在这里需要传入函数，而不是一段代码字符串。',
  unknownModule: (name) => `无法导入 "${name}"：代码单元只能从 "backprop" 和 "notebook" 导入`,
  noExport: (module, name) => `"${module}" 没有名为 "${name}" 的导出（它的 API 页面列出了全部导出）`,
  uncaughtLater: (name) => `未捕获（发生在定时器或 Promise 回调中）${name}`,
  thrownValue: '抛出的值',
  notAsyncIterable: (value) => `for await 需要异步可迭代对象或可迭代对象，而不是 ${value}`,
  notIteratorObject: (value) => `for await 需要一个迭代器对象，且它的 next() 返回对象，而不是 ${value}`,
  outputStopped: (max) => `输出已达 ${max} 条，后面的输出不再显示（代码单元仍在运行）。`,
  textCut: (more) => `……（另有 ${more.toLocaleString('en')} 个字符未发送）`,
  stoppedName: '超时',
  errorName: '错误',
  stopped: (seconds) => `运行 ${seconds} 秒后被停止：这个代码单元仍在运行（是不是死循环？）。笔记本的状态已根据此前运行过的单元恢复。`,
  noStart: '代码运行器没有启动。请重新加载页面再试。',
  startFailed: (why) => `代码运行器启动失败：${why || '未知错误'}`,
  unresponsive: '代码运行器停止响应，重启后仍无响应。请点击“重启”，或重新加载页面。',
  plotData: 'show.plot/scatter 需要一组数、[x, y] 点对、{ x, y } 点或 { x: [...], y: [...] }',
  linePlot: '折线图',
  scatterPlot: '散点图',
  series: (n) => `系列 ${n}`,
  group: (key) => `类别 ${key}`,
  seriesPoints: (name, n) => `${name}，${n} 个点`,
  plotDescription: (title, series, x0, x1, y0, y1) => `${title}：${series.join('；')}；x 从 ${x0} 到 ${x1}，y 从 ${y0} 到 ${y1}。`,
});

/** The strings of one language. */
export type RuntimeStrings = (typeof RUNTIME_STRINGS)['en'];
