import { describe, expect, it } from 'vitest';
import { failedModuleUrl, retryImport, retryUrl } from './retry-import';

const CHUNK = 'http://127.0.0.1:4500/backprop-notebook/_astro/controller.BGuv5-X0.js';

describe('failedModuleUrl', () => {
  it("finds the chunk's URL in Chromium's and Firefox's messages", () => {
    // Chromium 150's message, as a failed import() rejected with on this project's test machine.
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`))).toBe(CHUNK);
    expect(failedModuleUrl(new TypeError(`error loading dynamically imported module: ${CHUNK}`))).toBe(CHUNK);
    // A retried URL keeps its query, so the next retry replaces it.
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}?retry=1`))).toBe(`${CHUNK}?retry=1`);
  });

  it('is null when the message names no script (Safari) or there is no message', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl(undefined)).toBeNull();
    expect(failedModuleUrl(new Error(`see ${CHUNK.replace('.js', '.css')}`))).toBeNull();
  });
});

describe('retryImport', () => {
  it('calls the import as written again when the failure names no URL', async () => {
    let calls = 0;
    const load = () => { calls++; return Promise.resolve({ attach: 'fresh' }); };
    await expect(retryImport(load, new TypeError('Importing a module script failed.'), 1)).resolves.toEqual({ attach: 'fresh' });
    expect(calls).toBe(1);
  });

  it('asks for the named URL instead of calling the import again', async () => {
    let calls = 0;
    const load = () => { calls++; return Promise.resolve({}); };
    // Node's loader refuses http: URLs, so the attempt rejects; what matters is that `load` was not called.
    await expect(retryImport(load, new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`), 1)).rejects.toThrow();
    expect(calls).toBe(0);
  });
});

describe('retryUrl', () => {
  it("is the failed script's URL with the attempt in its query, a new entry in the module map each time", () => {
    expect(retryUrl(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`), 1)).toBe(`${CHUNK}?retry=1`);
    expect(retryUrl(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}?retry=1`), 2)).toBe(`${CHUNK}?retry=2`);
    expect(retryUrl(new TypeError('Importing a module script failed.'), 1)).toBeNull();
  });
});
