/** Starts a cell worker. Kept alone so Vite bundles the worker from this literal `new URL(…)`. */
export function spawnWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'bpn-cells' });
}
