import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Replaces the code of a code cell or an exercise (`c` holds a `bpn-cell`) through the real editor, opening it by
 * clicking the code first, and waits until the editor shows the new first line.
 */
export async function typeCode(page: Page, c: Locator, code: string): Promise<void> {
  if (await c.locator('.cm-editor').count() === 0) await c.locator('.cell-code pre:visible').first().click();
  const content = c.locator('.cm-content');
  await expect(content).toBeVisible();
  await content.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  await expect(content).toContainText(code.split('\n')[0]!);
}
