/** The parts of `window` an IdleQueue schedules with (a fake in unit tests). */
export interface IdleHost {
  requestIdleCallback?: (run: (deadline: IdleDeadline) => void, options?: IdleRequestOptions) => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  performance: { now(): number };
}

/**
 * Work done a little at a time while the browser is idle, so that it never makes a long task: a phone's main thread
 * stays free for the reader, and Lighthouse (which slows the CPU down fourfold in its mobile simulation) sees no
 * blocking time. Each turn does items until `budgetMs` have passed (at least one item a turn, so the queue always
 * moves on), in the order they were added; an item added again while waiting is done once. Browsers without
 * `requestIdleCallback` (Safari) get a short timeout between turns instead; with it, a page that is never idle still
 * gets a turn after `maxWaitMs`.
 */
export class IdleQueue<T> {
  private readonly items = new Set<T>();
  private scheduled = false;

  /**
   * @param work does one item (synchronously)
   * @param host the window (its `requestIdleCallback`, `setTimeout` and clock)
   * @param budgetMs milliseconds of work per turn before yielding
   * @param maxWaitMs longest wait for an idle period before a turn runs anyway
   */
  constructor(
    private readonly work: (item: T) => void,
    private readonly host: IdleHost = window,
    private readonly budgetMs = 4,
    private readonly maxWaitMs = 1000,
  ) {}

  /** Queues items (once each) and schedules a turn if none is pending. */
  add(items: Iterable<T>): void {
    for (const item of items) this.items.add(item);
    if (this.items.size > 0) this.schedule();
  }

  /** How many items wait. */
  get size(): number {
    return this.items.size;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const ric = this.host.requestIdleCallback;
    if (ric) ric.call(this.host, (deadline) => this.turn(deadline), { timeout: this.maxWaitMs });
    else this.host.setTimeout(() => this.turn(null), 50);
  }

  private turn(deadline: IdleDeadline | null): void {
    this.scheduled = false;
    const start = this.host.performance.now();
    for (const item of this.items) {
      this.items.delete(item);
      this.work(item);
      const spent = this.host.performance.now() - start;
      if (spent >= this.budgetMs || (deadline && !deadline.didTimeout && deadline.timeRemaining() <= 0)) break;
    }
    if (this.items.size > 0) this.schedule();
  }
}
