import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Notebook } from './notebook';
import type { FromWorker, ToWorker } from './protocol';

/**
 * A stand-in worker: "cells" are tiny scripts — `set NAME`, `need NAME`, `loop`, `print TEXT` —
 * and the worker's state is the set of names, lost when it is terminated.
 */
class FakeWorker extends EventTarget {
  static spawned: FakeWorker[] = [];
  names = new Set<string>();
  received: ToWorker[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.spawned.push(this);
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: { type: 'ready' } })));
  }
  postMessage(msg: ToWorker) {
    this.received.push(msg);
    const [op, arg] = msg.code.split(' ');
    if (op === 'loop') return; // never answers
    queueMicrotask(() => {
      if (this.terminated) return;
      const reply = (m: FromWorker) => this.dispatchEvent(new MessageEvent('message', { data: m }));
      if (op === 'print') reply({ type: 'out', runId: msg.runId, item: { kind: 'log', level: 'log', text: arg } });
      if (op === 'need' && !this.names.has(arg)) {
        return reply({ type: 'done', runId: msg.runId, ok: false, error: { name: 'ReferenceError', message: `${arg} is not defined` } });
      }
      if (op === 'set') this.names.add(arg);
      reply({ type: 'done', runId: msg.runId, ok: true });
    });
  }
  terminate() { this.terminated = true; }
}

describe('Notebook', () => {
  beforeEach(() => { vi.useFakeTimers(); FakeWorker.spawned = []; });
  afterEach(() => vi.useRealTimers());
  const make = () => new Notebook(() => new FakeWorker() as unknown as Worker);

  test('runs in order, counts runs, streams output', async () => {
    const nb = make();
    const out: string[] = [];
    const a = await nb.run({ cellId: 'a', code: 'print hello', timeout: 1000, onItem: (i) => out.push(i.kind === 'log' ? i.text : '') });
    const b = await nb.run({ cellId: 'b', code: 'set x', timeout: 1000 });
    expect([a.ok, a.count, b.count]).toEqual([true, 1, 2]);
    expect(out).toEqual(['hello']);
    expect(nb.hasRun('b')).toBe(true);
  });

  test('a runaway cell is stopped at the limit; state is restored into a fresh worker', async () => {
    const nb = make();
    await nb.run({ cellId: 'setup', code: 'set net', timeout: 1000 });
    const stuck = nb.run({ cellId: 'bad', code: 'loop', timeout: 3000 });
    await vi.advanceTimersByTimeAsync(2999);
    expect(FakeWorker.spawned[0].terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const r = await stuck;
    expect(r).toMatchObject({ ok: false, timedOut: true, error: { message: expect.stringContaining('Stopped after 3 s') } });
    expect(FakeWorker.spawned[0].terminated).toBe(true);
    const next = await nb.run({ cellId: 'use', code: 'need net', timeout: 1000 });
    expect(next.ok).toBe(true);
    const fresh = FakeWorker.spawned[1];
    expect(fresh.received.map((m) => [m.code, m.type === 'run' && Boolean(m.quiet)])).toEqual([['set net', true], ['need net', false]]);
    expect(nb.hasRun('bad')).toBe(false);
  });

  test('the time limit counts from when the worker is ready, not from its download', async () => {
    const nb = new Notebook(() => {
      const w = new FakeWorker();
      w.postMessage = function (msg: ToWorker) { FakeWorker.prototype.postMessage.call(this, msg); };
      return w as unknown as Worker;
    });
    const slow = vi.spyOn(FakeWorker.prototype, 'dispatchEvent');
    slow.mockImplementationOnce(function (this: FakeWorker, ev: Event) {
      setTimeout(() => EventTarget.prototype.dispatchEvent.call(this, ev), 5000); // ready after 5 s
      return true;
    });
    const r = nb.run({ cellId: 'a', code: 'print hi', timeout: 1000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect((await r).ok).toBe(true);
    slow.mockRestore();
  });

  test('restart clears state and the run count', async () => {
    const nb = make();
    await nb.run({ cellId: 'setup', code: 'set net', timeout: 1000 });
    nb.restart();
    const r = await nb.run({ cellId: 'use', code: 'need net', timeout: 1000 });
    expect(r).toMatchObject({ ok: false, count: 1, error: { name: 'ReferenceError' } });
    expect(nb.hasRun('setup')).toBe(false);
  });

  test('re-running a cell replays only its latest code, in the order of last runs', async () => {
    const nb = make();
    await nb.run({ cellId: 'a', code: 'set x', timeout: 1000 });
    await nb.run({ cellId: 'b', code: 'set y', timeout: 1000 });
    await nb.run({ cellId: 'a', code: 'set z', timeout: 1000 });
    const stuck = nb.run({ cellId: 'c', code: 'loop', timeout: 100 });
    await vi.advanceTimersByTimeAsync(100);
    await stuck;
    await nb.run({ cellId: 'd', code: 'print ok', timeout: 1000 });
    expect(FakeWorker.spawned[1].received.map((m) => m.code)).toEqual(['set y', 'set z', 'print ok']);
  });
});
