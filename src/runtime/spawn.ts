/**
 * Starts a cell worker (runs on the page). The worker's bundle is loaded from a one-line `blob:` module
 * so that the worker inherits the page's Content-Security-Policy (a worker created from a same-origin
 * URL would take its policy from response headers, which a static host cannot set). That policy is what
 * refuses `import()` of code from other origins inside cells.
 */
import workerUrl from './worker.ts?worker&url';

export function spawnWorker(): Worker {
  const src = `import ${JSON.stringify(new URL(workerUrl, location.href).href)};`;
  const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
  try {
    return new Worker(url, { type: 'module', name: 'bpn-cells' });
  } finally {
    // The worker has fetched its blob once it starts; revoking at once can race, so wait a little.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
