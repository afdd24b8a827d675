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
  it('calls the import as written again first, and keeps its module when that works', async () => {
    let calls = 0;
    const load = () => { calls++; return Promise.resolve({ attach: 'fresh' }); };
    await expect(retryImport(load, new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`), 1)).resolves.toEqual({ attach: 'fresh' });
    expect(calls).toBe(1);
  });

  it('gives up with the new failure when neither failure names a URL (Safari)', async () => {
    const safari = () => new TypeError('Importing a module script failed.');
    const second = safari();
    await expect(retryImport(() => Promise.reject(second), safari(), 1)).rejects.toBe(second);
  });

  it('then asks for the named URL with a query of its own', async () => {
    let calls = 0;
    const load = () => { calls++; return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`)); };
    // Node's loader refuses http: URLs with its own message: the attempt went past `load` to the URL.
    await expect(retryImport(load, new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`), 1)).rejects.toThrow(/Received protocol 'http:'/);
    expect(calls).toBe(1);
  });
});

describe('retryUrl', () => {
  it("is the failed script's URL with the attempt in its query, a new entry in the module map each time", () => {
    expect(retryUrl(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`), 1)).toBe(`${CHUNK}?retry=1`);
    expect(retryUrl(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}?retry=1`), 2)).toBe(`${CHUNK}?retry=2`);
    expect(retryUrl(new TypeError('Importing a module script failed.'), 1)).toBeNull();
  });
});
