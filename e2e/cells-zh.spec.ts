import { expect, type Page } from '@playwright/test';
import { test } from './tab';
import { typeCode } from './cell-editing';
import { renderAll } from './render-all';

/** Chinese lesson 1: a notebook cell (`running-example`) and two exercises. */
const ZH = '/zh/lessons/notation/';
const EN = '/lessons/notation/';
const cell = (page: Page, id: string) => page.locator(`bpn-cell[data-id="${id}"]`);

test.describe('code cells and exercises on a Chinese page', () => {
  test.describe.configure({ timeout: 90_000 });

  test('buttons, status, a syntax error with its line and column, and the time limit speak Chinese', async ({ tab: page }) => {
    await page.goto(ZH);
    await renderAll(page); // CI, under load: the first Run click once never reached the cell (blocks above rendering)
    const c = cell(page, 'running-example');
    await expect(c.locator('.cell-count')).toHaveText('未运行');
    await expect(c.getByRole('button', { name: '运行', exact: true })).toBeVisible();
    await expect(c.getByRole('button', { name: '还原', exact: true })).toBeVisible();
    await expect(c.getByRole('group')).toHaveAttribute('aria-label', '代码单元“running-example”的操作按钮');

    await c.getByRole('button', { name: '运行', exact: true }).click();
    // The first Run loads the editor-free runtime and starts the worker: seconds on a busy machine.
    await expect(c.locator('.cell-output')).toContainText('h(x) = a(3) = [0.751365, 0.772928]', { timeout: 30_000 });
    await expect(c.locator('.cell-count')).toContainText('第 1 次运行');

    await typeCode(page, c, 'const a = 1;\nconst b = ;\nconsole.log(a);');
    await c.getByRole('button', { name: '运行', exact: true }).click();
    // The engine's message in Chinese, its own words after it (reader QA: "Unexpected token" alone).
    await expect(c.locator('.out-error strong')).toHaveText(/^SyntaxError（第 2 行，第 11 列）：这里不应出现\S*（Unexpected token[^）]*）$/);
    await typeCode(page, c, 'undefinedThing.foo();');
    await c.getByRole('button', { name: '运行', exact: true }).click();
    await expect(c.locator('.out-error strong')).toHaveText('ReferenceError（第 1 行，第 1 列）：undefinedThing 未定义（undefinedThing is not defined）');
    await expect(c.locator('.cm-error-line')).toHaveAttribute('title', '这一行有错误');

    const limit = Number(await c.getAttribute('data-timeout')) / 1000;
    await typeCode(page, c, 'while (true) {}');
    await c.getByRole('button', { name: '运行', exact: true }).click();
    await expect(c.locator('.out-error strong')).toHaveText(new RegExp(`^运行 ${limit} 秒后被停止：这个代码单元仍在运行`), { timeout: 30_000 });
    await expect(c.locator('.cell-count')).toHaveText('已停止');
  });

  test('saved edits of the Chinese page and of the English page stay apart', async ({ tab: page }) => {
    await page.goto(EN);
    await typeCode(page, cell(page, 'running-example'), 'console.log("english edit");');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('bpn:v1:cell:lessons/notation:running-example'))).toContain('english edit');
    await page.goto(ZH);
    const zh = cell(page, 'running-example');
    await expect(zh).not.toHaveAttribute('data-edited', '');
    await expect(zh.locator('pre.astro-code')).toContainText('第 0 列 = 偏置');
    await typeCode(page, zh, 'console.log("中文修改");');
    await page.reload();
    await expect(zh).toHaveAttribute('data-edited', '');
    await expect(zh.locator('.cell-plain')).toContainText('中文修改');
    await page.goto(EN);
    await expect(cell(page, 'running-example').locator('.cell-plain')).toContainText('english edit');
  });

  test('an exercise shows its Chinese task, comments and feedback, and grades like the English one', async ({ tab: page }) => {
    await page.goto(ZH);
    await renderAll(page); // the exercise is far down the lesson (CI: a first Check that never reached it)
    const ex = page.locator('section.exercise[data-exercise-id="sigmoid-gradient"]');
    await expect(ex.locator('.ex-title')).toContainText('练习：sigmoid 函数的导数');
    await expect(ex.locator('.ex-task')).toContainText('实现 gPrime(z)');
    await expect(ex.locator('.cell-code pre.astro-code')).toContainText("// TODO：用 g(z) = sigmoid(z) 表示 g'(z)");
    await expect(ex.locator('.hint summary').first()).toHaveText('提示 1/2');

    const check = ex.getByRole('button', { name: '检查', exact: true });
    await check.click();
    const out = ex.locator('.cell-output');
    // The first Check loads the controller and starts the worker: seconds on a busy machine.
    // The check's name says the input (z = 0): the message does not repeat it.
    await expect(out.locator('.out-checks li.fail').first()).toHaveText("✗ 未通过 g'(0)：应为 0.25，实际为 0", { timeout: 30_000 });
    await expect(out).toContainText('6 项检查中通过了 0 项。');

    await ex.locator('.solution summary').click();
    await ex.getByRole('button', { name: '把参考答案放进编辑器' }).click();
    await expect(ex.locator('.cm-content')).toContainText('return g * (1 - g);');
    await check.click();
    await expect(out).toContainText('全部 6 项检查通过，练习完成。');
    await expect(ex.locator('.ex-status')).toHaveText('✓ 已通过');
  });

  test('the course outline marks a lesson whose exercises are passed in Chinese; progress is shared by both editions', async ({ tab: page }) => {
    await page.goto(ZH);
    const link = page.locator('.outline-wide a[data-lesson-id$="01-notation"]');
    await expect(link.locator('.ex-done')).toHaveCount(0);
    const ids = (await link.getAttribute('data-exercises'))!.split(' ');
    await page.evaluate((list) => { for (const id of list) localStorage.setItem(`bpn:v1:exercise:${id}`, JSON.stringify({ v: 1, passed: true })); }, ids);
    await page.reload();
    await expect(link.locator('.ex-done')).toHaveText('✓ 练习已完成');
    await expect(page.locator('section.exercise[data-exercise-id="sigmoid-gradient"] .ex-status')).toHaveText('✓ 已通过');
    await page.goto(EN);
    await expect(page.locator('.outline-wide a[data-lesson-id$="01-notation"] .ex-done')).toHaveText(/✓ exercises done/);
  });
});
