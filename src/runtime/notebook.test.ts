import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ACK_TIMEOUT, Notebook } from './notebook';
import type { Connect, FromWorker, OutItem, ToWorker } from './protocol';

/** A port pair delivering messages as microtasks; a closed port delivers nothing. */
class FakePort {
  other!: FakePort;
  closed = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  postMessage(data: unknown) {
    queueMicrotask(() => { if (!this.closed && !this.other.closed) this.other.onmessage?.({ data } as MessageEvent); });
  }
  close() { this.closed = true; }
}
function fakeChannel(): MessageChannel {
  const port1 = new FakePort();
  const port2 = new FakePort();
  port1.other = port2;
  port2.other = port1;
  return { port1, port2 } as unknown as MessageChannel;
}

/**
 * A stand-in worker: "cells" are tiny scripts — `set NAME`, `need NAME`, `loop` (never ends), `print TEXT`,
 * `arm` (ends, but leaves the worker stuck: later messages get no answer at all, like a runaway timer or a
 * closed worker), `replay-arm` (the same, but only when replayed quietly), `spoof` (ends, and posts a fake failing result on the worker's global channel),
 * `later` (ends, leaving a promise callback behind), `fire-after` / `fire-during` (after / while this cell runs, the
 * `later` cell's callback starts, as the worker says with `active`, and never ends) — and the
 * worker's state is the set of names, lost when it is terminated.
 */
class FakeWorker extends EventTarget {
  static spawned: FakeWorker[] = [];
  names = new Set<string>();
  received: ToWorker[] = [];
  lang: Connect['lang'];
  terminated = false;
  stuck = false;
  /** The run of the last `later` cell: its callback is still pending. */
  later: number | null = null;
  port!: FakePort;
  constructor() {
    super();
    FakeWorker.spawned.push(this);
  }
  postMessage(msg: Connect) {
    this.port = msg.port as unknown as FakePort;
    this.lang = msg.lang;
    this.port.onmessage = (e) => this.handle(e.data as ToWorker);
    this.port.postMessage({ type: 'ready' });
  }
  private handle(msg: ToWorker) {
    if (this.stuck) return;
    this.received.push(msg);
    const reply = (m: FromWorker) => this.port.postMessage(m);
    reply({ type: 'started', runId: msg.runId });
    const [op, arg] = msg.code.split(' ');
    if (op === 'loop') return; // never answers
    if (op === 'later') this.later = msg.runId;
    if (op === 'fire-during' && this.later !== null) {
      reply({ type: 'active', runId: this.later });
      this.stuck = true;
      return;
    }
    if (op === 'print') reply({ type: 'out', runId: msg.runId, item: { kind: 'log', level: 'log', text: arg } });
    if (op === 'need' && !this.names.has(arg)) {
      return reply({ type: 'done', runId: msg.runId, ok: false, error: { name: 'ReferenceError', message: `${arg} is not defined` } });
    }
    if (op === 'set') this.names.add(arg);
    reply({ type: 'done', runId: msg.runId, ok: true });
    if (op === 'arm' || (op === 'replay-arm' && msg.type === 'run' && msg.quiet)) this.stuck = true;
    if (op === 'fire-after' && this.later !== null) {
      reply({ type: 'active', runId: this.later });
      this.stuck = true;
    }
    if (op === 'spoof') this.dispatchEvent(new MessageEvent('message', { data: { type: 'done', runId: msg.runId + 1, ok: false, error: { name: 'Error', message: 'Spoofed' } } }));
  }
  terminate() { this.terminated = true; this.port.close(); }
}

describe('Notebook', () => {
  beforeEach(() => { vi.useFakeTimers(); FakeWorker.spawned = []; });
  afterEach(() => vi.useRealTimers());
  const make = () => new Notebook(() => new FakeWorker() as unknown as Worker, () => Date.now(), fakeChannel);

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
    expect(r).toMatchObject({ ok: false, timedOut: true, error: { message: expect.stringContaining('Stopped after 3 s: this cell was still running') } });
    expect(r.recoveredFrom).toBeUndefined();
    expect(FakeWorker.spawned[0].terminated).toBe(true);
    const next = await nb.run({ cellId: 'use', code: 'need net', timeout: 1000 });
    expect(next.ok).toBe(true);
    const fresh = FakeWorker.spawned[1];
    expect(fresh.received.map((m) => [m.code, m.type === 'run' && Boolean(m.quiet)])).toEqual([['set net', true], ['need net', false]]);
    expect(nb.hasRun('bad')).toBe(false);
  });

  test('on a Chinese page the time limit says so in Chinese, and the worker is told the language', async () => {
    const nb = new Notebook(() => new FakeWorker() as unknown as Worker, () => Date.now(), fakeChannel, 'zh');
    const stuck = nb.run({ cellId: 'bad', code: 'loop', timeout: 5000 });
    await vi.advanceTimersByTimeAsync(5000);
    const r = await stuck;
    expect(r.timedOut).toBe(true);
    expect(r.error).toEqual({ name: '超时', message: '运行 5 秒后被停止：这个代码单元仍在运行（是不是死循环？）。笔记本的状态已根据此前运行过的单元恢复。', titled: true });
    expect(FakeWorker.spawned[0].lang).toBe('zh');
  });

  test('a worker left stuck by an earlier cell is not blamed on the next cell, which runs; the culprit is not replayed', async () => {
    const nb = make();
    await nb.run({ cellId: 'setup', code: 'set net', timeout: 1000 });
    const armed = await nb.run({ cellId: 'plots', code: 'arm', timeout: 1000 });
    expect(armed.ok).toBe(true);
    const innocent = nb.run({ cellId: 'uses-setup', code: 'need net', timeout: 1000 });
    await vi.advanceTimersByTimeAsync(ACK_TIMEOUT);
    const r = await innocent;
    expect(r).toMatchObject({ ok: true, recoveredFrom: 'plots' });
    expect(r.timedOut).toBeUndefined();
    expect(nb.hasRun('plots')).toBe(false);
    expect(nb.hasRun('setup')).toBe(true);
    // The fresh worker got the replay of "setup" only, then the innocent cell; the next run needs no recovery.
    expect(FakeWorker.spawned).toHaveLength(2);
    expect(FakeWorker.spawned[1].received.map((m) => m.code)).toEqual(['set net', 'need net']);
    const again = await nb.run({ cellId: 'uses-setup', code: 'need net', timeout: 1000 });
    expect(again).toMatchObject({ ok: true });
    expect(again.recoveredFrom).toBeUndefined();
  });

  test('a callback that loops after a later cell finished is blamed on the cell that left it, not on the cell that finished last', async () => {
    const nb = make();
    await nb.run({ cellId: 'setup', code: 'set net', timeout: 1000 });
    await nb.run({ cellId: 'leaves-callback', code: 'later', timeout: 1000 });
    const finishedLast = await nb.run({ cellId: 'finished-last', code: 'fire-after', timeout: 1000 });
    expect(finishedLast.ok).toBe(true);
    const next = nb.run({ cellId: 'next', code: 'need net', timeout: 1000 });
    await vi.advanceTimersByTimeAsync(ACK_TIMEOUT);
    expect(await next).toMatchObject({ ok: true, recoveredFrom: 'leaves-callback' });
    expect(nb.hasRun('leaves-callback')).toBe(false);
    expect(nb.hasRun('finished-last') && nb.hasRun('setup')).toBe(true);
    expect(FakeWorker.spawned[1].received.map((m) => m.code)).toEqual(['set net', 'fire-after', 'need net']);
  });

  test('a callback of a finished cell that loops while another cell runs is blamed on its cell; the running cell is run again', async () => {
    const nb = make();
    await nb.run({ cellId: 'setup', code: 'set net', timeout: 1000 });
    await nb.run({ cellId: 'leaves-callback', code: 'later', timeout: 1000 });
    const innocent = nb.run({ cellId: 'innocent', code: 'fire-during', timeout: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    const r = await innocent;
    expect(r).toMatchObject({ ok: true, recoveredFrom: 'leaves-callback' });
    expect(r.timedOut).toBeUndefined();
    expect(nb.hasRun('leaves-callback')).toBe(false);
    expect(FakeWorker.spawned[1].received.map((m) => m.code)).toEqual(['set net', 'fire-during']);
  });

  test('restoration drops a replayed cell that leaves the worker stuck, and replays the rest', async () => {
    const nb = make();
    await nb.run({ cellId: 'a', code: 'set x', timeout: 1000 });
    await nb.run({ cellId: 'arm', code: 'replay-arm', timeout: 1000 });
    await nb.run({ cellId: 'b', code: 'set z', timeout: 1000 });
    const loop = nb.run({ cellId: 'c', code: 'loop', timeout: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect((await loop).timedOut).toBe(true);
    const next = nb.run({ cellId: 'd', code: 'need z', timeout: 1000 });
    await vi.advanceTimersByTimeAsync(ACK_TIMEOUT);
    expect(await next).toMatchObject({ ok: true });
    expect(nb.hasRun('arm')).toBe(false);
    expect(nb.hasRun('a') && nb.hasRun('b')).toBe(true);
    // Worker 2 got stuck after replaying "arm"; worker 3 got a and b only, then d.
    expect(FakeWorker.spawned[1].received.map((m) => m.code)).toEqual(['set x', 'replay-arm']);
    expect(FakeWorker.spawned[2].received.map((m) => m.code)).toEqual(['set x', 'set z', 'need z']);
  });

  test('only the port speaks for the worker: a result posted on its global channel is ignored', async () => {
    const nb = make();
    const first = await nb.run({ cellId: 'a', code: 'spoof', timeout: 1000 });
    const second = await nb.run({ cellId: 'b', code: 'set q', timeout: 1000 });
    expect([first.ok, second.ok, second.error]).toEqual([true, true, undefined]);
  });

  test('an error a finished run reports later still reaches that run\'s output', async () => {
    const nb = make();
    const out: OutItem[] = [];
    await nb.run({ cellId: 'a', code: 'set x', timeout: 1000, onItem: (i) => out.push(i) });
    const worker = FakeWorker.spawned[0];
    const runId = worker.received[0].runId;
    worker.port.postMessage({ type: 'out', runId, item: { kind: 'error', error: { name: 'Error', message: 'later' } } });
    await vi.advanceTimersByTimeAsync(0);
    expect(out).toEqual([{ kind: 'error', error: { name: 'Error', message: 'later' } }]);
  });

  test('the time limit counts from when the worker is ready, not from its download', async () => {
    const nb = new Notebook(() => {
      const w = new FakeWorker();
      const connect = w.postMessage.bind(w);
      w.postMessage = (msg: Connect) => { setTimeout(() => connect(msg), 5000); }; // ready after 5 s
      return w as unknown as Worker;
    }, () => Date.now(), fakeChannel);
    const r = nb.run({ cellId: 'a', code: 'print hi', timeout: 1000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect((await r).ok).toBe(true);
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
