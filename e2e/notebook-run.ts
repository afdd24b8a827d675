import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveOutDir } from '../src/site/out-dir.mjs';

/** Whether the built page at `path` has notebook code cells (`<bpn-cell>`). */
export function hasCells(path: string, dir = resolveOutDir()): boolean {
  return readFileSync(join(dir, path, 'index.html'), 'utf8').includes('<bpn-cell');
}

/**
 * Waits for a Run to end; if it does not, the error adds what the page knows (status, count, controller attached)
 * and the requests for the controller and worker code seen so far (a hung request has no resource-timing entry).
 */
async function expectRunEnds(c: Locator, timeout: number, requests: string[]) {
  try {
    await expect(c).toHaveAttribute('data-state', /done|failed/, { timeout });
  } catch (e) {
    const state = await c.evaluate((el) => ({
      status: el.querySelector('.cell-status')?.textContent, count: el.querySelector('.cell-count')?.textContent,
      controller: Boolean((el as Element & { controller?: unknown }).controller),
      requested: performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /controller|worker/.test(n)),
    }));
    throw new Error(`${(e as Error).message}\nCell state: ${JSON.stringify(state)}; requests for the controller and worker: ${JSON.stringify(requests)}`);
  }
}

/**
 * Runs every notebook cell of the loaded page (not the exercises' cells) in order by its Run button and asserts that
 * each run ends without an error. Every block of the page must already be rendered (`all-rendered`): a click on a far
 * cell must not land while skipped blocks above it take their real height. `requests` collects the controller and
 * worker requests seen since the page loaded, for the failure message.
 */
export async function runEveryCell(page: Page, requests: string[]) {
  const cells = page.locator('bpn-cell:not([data-exercise])');
  const n = await cells.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const c = cells.nth(i);
    // The Run button by its action: its name is in the page's language (Run, 运行).
    await c.locator('[data-action="run"]').click();
    // The first Run also loads the cell controller and starts the worker: allow for a busy machine there.
    await expectRunEnds(c, i === 0 ? 60_000 : 30_000, requests);
    const error = await c.locator('.out-error').allTextContents();
    expect(error, `cell ${i + 1} (${await c.getAttribute('data-id')})`).toEqual([]);
  }
}
