/**
 * Every reader-visible sentence the runtime produces (worker and notebook), in one table so a translated
 * edition can replace it. Functions take the values they quote.
 */
export const RUNTIME_STRINGS = {
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
  /** Prefix of an error that happened after the cell's last line ran (timer or promise callback). */
  uncaughtLater: 'Uncaught (in a timer or promise callback)',
  /** Notice when a cell printed too much. */
  outputStopped: (max: number) => `Output stopped after ${max} items (the cell keeps running).`,
  /** Cut marker of one very long printed text. */
  textCut: (more: number) => `… (${more.toLocaleString('en')} more characters not sent)`,
  /** The time limit stopped the cell itself. */
  stopped: (seconds: number) => `Stopped after ${seconds} s: this cell was still running (an endless loop?). The notebook's state was restored from the cells that had run.`,
  /** The runner never answered (it did not start). */
  noStart: 'The code runner did not start. Reload the page to try again.',
  /** The runner's script failed while starting. */
  startFailed: (why: string) => `The code runner failed to start: ${why || 'unknown error'}`,
  /** The runner stopped answering twice in a row, even after a restart. */
  unresponsive: 'The code runner stopped answering, even after a restart. Use Restart, or reload the page.',
} as const;
