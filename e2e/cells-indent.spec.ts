import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './tab';
import { typeCode } from './cell-editing';

/**
 * Wrapped code lines keep their indentation (reader QA): at 360 px a long line's continuation starts to the right
 * of the line's own first non-space character, in the highlighted code (with and without JavaScript) and in the
 * editor, and short lines stay one row each.
 */
const DEMO = '/demo/cells/';
const PHONE = { width: 360, height: 800 };
const cell = (page: Page, id: string) => page.locator(`bpn-cell[data-id="${id}"]`);
/** An indented line of the `setup` cell too long for one row at 360 px. */
const LONG = '[[0.35, 0.15, 0.20], [0.35, 0.25, 0.30]],';

/** How one code line is laid out, read from the boxes of its characters. */
interface LineLayout {
  /** Left edge (px) of the line's first non-space character. */
  first: number;
  /** Width (px) of that character (the font is monospace: one column). */
  column: number;
  /** Left edge (px) of the first character on each row the line takes, top row first. */
  rows: number[];
}

/** Lays out `line` (a `.line` span or a `.cm-line`) character by character: each character's own client rect. */
function layoutOf(line: Locator): Promise<LineLayout> {
  return line.evaluate((el) => {
    const range = document.createRange();
    const boxes: DOMRect[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!)) continue;
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        boxes.push(range.getClientRects()[0]!);
      }
    }
    // Rows are a line height (over 20 px) apart; characters of one row share their top.
    const rows: { top: number; left: number }[] = [];
    for (const b of boxes) {
      const row = rows.find((r) => Math.abs(r.top - b.top) < 4);
      if (row) row.left = Math.min(row.left, b.left); else rows.push({ top: b.top, left: b.left });
    }
    rows.sort((a, b) => a.top - b.top);
    return { first: boxes[0]!.left, column: boxes[0]!.width, rows: rows.map((r) => r.left) };
  });
}

/** Asserts that `line` wraps and that every continuation row starts at least a column right of its first character. */
async function expectHangingIndent(line: Locator): Promise<void> {
  await expect.poll(async () => (await layoutOf(line)).rows.length, { message: 'the line wraps at 360 px' }).toBeGreaterThan(1);
  const { first, column, rows } = await layoutOf(line);
  expect(rows[0]).toBeCloseTo(first, 0);
  for (const left of rows.slice(1)) expect(left).toBeGreaterThanOrEqual(first + column - 0.5);
}

/** Rows the visible code of `c` takes: the code box's content height over its line height. */
function rowsOf(c: Locator): Promise<number> {
  return c.locator('.cell-code pre:visible').evaluate((pre) => {
    const s = getComputedStyle(pre);
    const content = pre.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
    return Math.round(content / parseFloat(s.lineHeight));
  });
}

test.describe('wrapped code lines', () => {
  test.describe.configure({ timeout: 90_000 });

  test('keep their indentation at 360 px in the highlighted code and the editor; short lines stay one row each', async ({ tab: page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(DEMO);
    const setup = cell(page, 'setup');
    const line = setup.locator('pre.astro-code .line', { hasText: LONG });
    await expect(line).toHaveCount(1);
    expect(await line.textContent()).toMatch(/^ +\[\[/); // indented in the source
    await expectHangingIndent(line);

    // A short cell: as many rows as source lines (no blank rows between the lines), and its text copies unchanged.
    const loop = cell(page, 'loop');
    const source = (await loop.getAttribute('data-original'))!;
    expect(source.split('\n').every((l) => l.length < 25)).toBe(true);
    expect(await rowsOf(loop)).toBe(source.split('\n').length);
    expect(await loop.locator('pre.astro-code').evaluate((pre) => (pre as HTMLElement).innerText.replace(/\n$/, ''))).toBe(source);

    // The editor (loads on focus): the same line, then a deeper one typed in (the indentation follows edits).
    await setup.locator('pre.astro-code').click();
    const editorLine = setup.locator('.cm-line', { hasText: LONG });
    await expect(editorLine).toHaveCount(1);
    await expectHangingIndent(editorLine);
    const deep = '        console.log("a line long enough to wrap on a phone", i, i * i);';
    await typeCode(page, setup, `for (let i = 0; i < 2; i++) {\n  if (i > 0) {\n${deep}\n  }\n}`);
    const typed = setup.locator('.cm-line', { hasText: deep.trim() });
    await expect(typed).toHaveCount(1);
    expect(await typed.textContent()).toBe(deep);
    await expectHangingIndent(typed);
    // A tab indents as far as the editor's tab size in spaces (4), with or without the hanging indent beside it
    // (reader QA: a tab was drawn 2 columns wide, its stop counted from the indent's padding).
    await typeCode(page, setup, 'if (1) {\n\tA();\n    B();\n}');
    // The x of a line's first letter (the editor splits the text into highlighted tokens).
    const startOf = (text: string) => setup.locator('.cm-line', { hasText: text }).evaluate((line) => {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.search(/\S/);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + 1);
        return r.getBoundingClientRect().left;
      }
      return NaN;
    });
    expect(Math.abs((await startOf('A();')) - (await startOf('B();')))).toBeLessThan(1);
  });
});

test.describe('wrapped code lines without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('keep their indentation at 360 px', async ({ tab: page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(DEMO);
    await expectHangingIndent(cell(page, 'setup').locator('pre.astro-code .line', { hasText: LONG }));
    const loop = cell(page, 'loop');
    expect(await rowsOf(loop)).toBe((await loop.getAttribute('data-original'))!.split('\n').length);
  });
});
