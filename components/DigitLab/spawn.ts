/** Starts the digits lab's training worker. Kept alone so Vite bundles the worker from this literal `new URL(…)`. */
export function spawnTrainer(): Worker {
  return new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module', name: 'bpn-digits' });
}
