import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './tab';
import { runAxe } from './axe';
import { renderAll } from './render-all';

/** ExpressionGraph on the analysis demo page (widget id "eg"): typing, stepping, bad input, URL state, no JS. */
const PAGE = '/demo/analysis/';
const NEURON = '1/(1+exp(-(w0*x0+w1*x1+w2)))';
const V = { w0: 2, x0: -1, w1: -3, x1: -2, w2: -3 };

/** Parse a number as printed (− and ≈). */
const num = (s: string | null) => Number((s ?? '').replace(/≈/g, '').replace(/−/g, '-').trim());

/** Open the page, collecting console errors, and wait for the widget to hydrate. */
async function open(page: Page, query = '') {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(PAGE + query);
  const w = page.locator('#demo-expression-graph');
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByTestId('eg-step')).toBeEnabled();
  return { w, errors };
}

/**
 * Labels (a node's value and derivative, an edge's number) that meet another label or a circle, or lie outside the
 * drawing, in screen pixels.
 */
function labelClashes(w: Locator): Promise<{ clashes: string[]; outside: string[] }> {
  return w.locator('svg.eg-svg').evaluate((svg) => {
    type Box = { text: string; l: number; r: number; t: number; b: number };
    const box = (e: Element, text: string): Box => { const r = e.getBoundingClientRect(); return { text, l: r.left, r: r.right, t: r.top, b: r.bottom }; };
    // What a label shows: its text nodes (an edge's <title> is the tooltip).
    const shown = (t: Element) => [...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
    const labels = [...svg.querySelectorAll('text.eg-deriv, text.eg-value, text.eg-local, text.eg-carried')].filter((t) => shown(t)).map((t) => box(t, shown(t)));
    const circles = [...svg.querySelectorAll('circle')].map((c) => box(c, 'a circle'));
    // A node's own symbol (a long name may be wider than its circle) must not meet any label either.
    const symbols = [...svg.querySelectorAll('text.eg-symbol')].map((t) => box(t, `the symbol ${t.textContent}`));
    const meet = (a: Box, b: Box) => a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;
    const clashes: string[] = [];
    labels.forEach((a, i) => { for (const b of [...labels.slice(i + 1), ...circles, ...symbols]) if (meet(a, b)) clashes.push(`${a.text} meets ${b.text}`); });
    const s = svg.getBoundingClientRect();
    const outside = labels.filter((a) => a.l < s.left || a.r > s.right).map((a) => a.text);
    return { clashes, outside };
  });
}

test('derivatives such as ≈1.71e-27 beside every node of a wide graph meet no other label or node, on a phone too (reader QA)', async ({ tab: page }) => {
  const { w, errors } = await open(page);
  await w.getByTestId('eg-expr').fill('(a+b)*(c+d)*(p+q)*exp(-x*x)');
  for (const [k, v] of Object.entries({ a: 1.5, b: 2.25, c: 3.5, d: 1.25, p: 0.75, q: 1.5, x: 8 })) await w.getByTestId(`eg-value-${k}`).fill(String(v));
  await w.getByTestId('eg-mode-reverse').click();
  const edges = await w.getByTestId('eg-edge').count();
  await w.getByTestId('eg-step').focus();
  for (let i = 0; i < edges; i++) await page.keyboard.press('Enter');
  await expect(w.getByTestId('eg-counter')).toHaveText(`Step ${edges} of ${edges} · backward pass`);
  await expect(w.getByTestId('eg-deriv').filter({ hasText: 'e-27' }).first()).toBeVisible(); // the long labels are there
  expect(await labelClashes(w)).toEqual({ clashes: [], outside: [] });
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await labelClashes(w)).toEqual({ clashes: [], outside: [] });
  // Too wide for the phone at a readable size: the drawing scrolls in its own box, the page does not.
  const scroll = w.locator('.eg-scroll');
  expect(await scroll.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // A tall chain of 16 terms on the phone: drawn at no less than 0.75 of its size (the height limit squeezed it to 0.47).
  await w.getByTestId('eg-expr').fill(Array.from('abcdeghijkmnpqrs', (c) => c).join('+'));
  await expect(w.getByTestId('eg-value-s')).toBeVisible();
  const scale = await w.locator('svg.eg-svg').evaluate((svg) => {
    const r = svg.getBoundingClientRect(), [, , vw, vh] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    return Math.min(r.width / vw!, r.height / vh!);
  });
  expect(scale).toBeGreaterThanOrEqual(0.74);
  expect(errors).toEqual([]);
});

test('edges that meet at a node keep their labels apart: numbers of every size, at the end of the backward pass (reader QA)', async ({ tab: page }) => {
  const { w, errors } = await open(page);
  await w.getByTestId('eg-expr').fill('x*y*z*w+x/y-z/w+log(x)');
  for (const [k, v] of Object.entries({ x: '0.000012345', y: '-12345.678', z: '3', w: '7' })) await w.getByTestId(`eg-value-${k}`).fill(v);
  await w.getByTestId('eg-mode-reverse').click();
  const edges = await w.getByTestId('eg-edge').count();
  await w.getByTestId('eg-step').focus();
  for (let i = 0; i < edges; i++) await page.keyboard.press('Enter');
  await expect(w.getByTestId('eg-counter')).toHaveText(`Step ${edges} of ${edges} · backward pass`);
  await expect(w.locator('text.eg-carried').filter({ hasText: '≈−259259' })).toHaveCount(1); // x·y·z·w's ∂/∂x carried
  expect(await labelClashes(w)).toEqual({ clashes: [], outside: [] });
  // An operation's symbol stays inside its circle, also tanh, relu and a power such as ^0.25 (reader QA).
  // Long names beside each other: the derivative labels start after the name, not inside it (reader QA).
  await w.getByTestId('eg-expr').fill('learning_rate*momentum_beta+x');
  await expect(w.getByTestId('eg-value-momentum_beta')).toBeVisible();
  for (let i = 0; i < 4; i++) await w.getByTestId('eg-step').click();
  await expect(w.getByTestId('eg-counter')).toHaveText('Step 4 of 4 · backward pass');
  expect(await labelClashes(w)).toEqual({ clashes: [], outside: [] });
  // …and stay readable: a name is drawn at no less than 3/4 of a short one's size (it was 7 px, 5 px on a phone).
  const sizes = await w.locator('svg.eg-svg').evaluate((svg) => ['learning_rate', 'x'].map((name) =>
    [...svg.querySelectorAll('text.eg-symbol')].find((t) => t.textContent === name)!.getBoundingClientRect().height));
  expect(sizes[0]).toBeGreaterThanOrEqual(0.75 * sizes[1]!);
  await w.getByTestId('eg-expr').fill('tanh(x)+relu(x)+x^0.25+x^-0.25');
  await expect(w.locator('text.eg-symbol').filter({ hasText: '^−0.25' })).toHaveCount(1);
  const wider = await w.locator('svg.eg-svg').evaluate((svg) => [...svg.querySelectorAll('g.eg-node')].flatMap((n) => {
    const c = n.querySelector('circle')!.getBoundingClientRect(), t = n.querySelector('text.eg-symbol')!.getBoundingClientRect();
    return t.width > c.width ? [`${n.querySelector('text.eg-symbol')!.textContent}: ${t.width.toFixed(1)} > ${c.width.toFixed(1)}`] : [];
  }));
  expect(wider).toEqual([]);
  expect(errors).toEqual([]);
});

test('typing the sigmoid neuron and stepping reverse mode to the end gives σ(u)(1−σ(u))·w_i and ·x_i', async ({ tab: page }) => {
  const { w, errors } = await open(page);
  await w.getByTestId('eg-expr').fill(NEURON);
  for (const [k, v] of Object.entries(V)) await w.getByTestId(`eg-value-${k}`).fill(String(v));
  await w.getByTestId('eg-mode-reverse').click();
  expect(await w.getByTestId('eg-edge').count()).toBe(14); // 2 per ×, + and ÷ (5 nodes), 1 per − and exp, as counted by hand
  // The two out of the constants 1 are dashed and not stepped.
  await expect(w.locator('[data-testid="eg-edge"].eg-fixed')).toHaveCount(2);
  await expect(w.getByTestId('eg-constants')).toBeVisible();
  await expect(w.getByTestId('eg-legend')).toContainText('Focus or hover a node for exact values.'); // with JavaScript only
  const edges = 12;
  // Keyboard only: focus Step and press Enter once per stepped edge, then once more (a no-op at the end).
  await w.getByTestId('eg-step').focus();
  for (let i = 0; i <= edges; i++) await page.keyboard.press('Enter');
  await expect(w.getByTestId('eg-counter')).toHaveText(`Step ${edges} of ${edges} · backward pass`);
  // No derivative beside a constant: ∂f/∂1 is not wanted.
  await expect(w.locator('g.eg-const [data-testid="eg-deriv"]')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('eg-step');
  const u = V.w0 * V.x0 + V.w1 * V.x1 + V.w2, s = Math.exp(-u) / (1 + Math.exp(-u)) ** 2; // σ′(u) = σ(u)(1−σ(u))
  const expected: Record<string, number> = { w0: s * V.x0, x0: s * V.w0, w1: s * V.x1, x1: s * V.w1, w2: s };
  for (const [k, d] of Object.entries(expected)) {
    const cell = w.locator(`.eg-grad[data-variable="${k}"]`);
    expect(num(await cell.getAttribute('data-exact'))).toBeCloseTo(d, 12);
  }
  await expect(w.locator('.eg-grad[data-variable="x0"]')).toHaveText(/^∂f\/∂x0 ≈ 0\.3932,\s*$/); // rounded: “≈”, not “= ≈”
  // Back one step: the gradient is no longer complete.
  await w.getByTestId('eg-back').click();
  await expect(w.locator('.eg-grad[data-variable="w0"]')).toContainText('…');
  expect(errors).toEqual([]);
});

test('forward mode needs one pass per variable and gives the same gradient', async ({ tab: page }) => {
  const { w } = await open(page);
  await w.getByTestId('eg-expr').fill('(a+b)*(b+1)');
  await w.getByTestId('eg-value-a').fill('2');
  await w.getByTestId('eg-value-b').fill('1');
  await w.getByTestId('eg-mode-forward').click();
  await expect(w.getByTestId('eg-counter')).toHaveText('Step 0 of 10'); // 2 passes × 5 edges (not the one out of 1)
  for (let i = 0; i < 10; i++) await w.getByTestId('eg-step').click();
  await expect(w.getByTestId('eg-counter')).toContainText('pass 2 of 2');
  // ∂/∂a = b + 1 = 2, ∂/∂b = a + 2b + 1 = 5.
  await expect(w.locator('.eg-grad[data-variable="a"]')).toHaveAttribute('data-exact', '2');
  await expect(w.locator('.eg-grad[data-variable="b"]')).toHaveAttribute('data-exact', '5');
  await expect(w.getByTestId('eg-status')).toHaveAttribute('aria-live', 'polite');
});

test('bad input: a message with a column and a caret, the last graph kept, no console errors', async ({ tab: page }) => {
  const { w, errors } = await open(page);
  const nodesBefore = await w.locator('.eg-node').count();
  await w.getByTestId('eg-expr').fill('a+*b');
  await expect(w.getByTestId('eg-expr-msg')).toContainText('Column 3: syntax error');
  await expect(w.getByTestId('eg-caret')).toHaveText('a+*b\n  ^');
  await expect(w.getByTestId('eg-expr')).toHaveAttribute('aria-invalid', 'true');
  await expect(w.getByTestId('eg-kept')).toBeVisible();
  expect(await w.locator('.eg-node').count()).toBe(nodesBefore);

  await w.getByTestId('eg-expr').fill('2*foo(a)');
  await expect(w.getByTestId('eg-expr-msg')).toContainText('Column 3: unknown function “foo”');

  await w.getByTestId('eg-expr').fill('a/(b-1)');
  await w.getByTestId('eg-value-b').fill('1');
  await expect(w.getByTestId('eg-expr-msg')).toContainText('Column 3: division by zero');
  await w.getByTestId('eg-expr').fill('log(a-5)');
  await expect(w.getByTestId('eg-expr-msg')).toContainText('Column 5: log of −3');
  // At a lone variable the value is what to change: its field carries the message, not the expression (reader QA).
  await w.getByTestId('eg-expr').fill('log(a)');
  await w.getByTestId('eg-value-a').fill('-3');
  await expect(w.getByTestId('eg-value-msg-a')).toHaveText('log of −3: the argument must be > 0');
  await expect(w.getByTestId('eg-value-a')).toHaveAttribute('aria-invalid', 'true');
  await expect(w.getByTestId('eg-expr')).toHaveAttribute('aria-invalid', 'false');
  await w.getByTestId('eg-value-a').fill('2');
  await expect(w.getByTestId('eg-value-msg-a')).toHaveCount(0);
  // A variable called e is not Euler's number: its field says so, and how to write eˣ.
  await w.getByTestId('eg-expr').fill('e^x');
  await expect(w.getByTestId('eg-value-note-e')).toContainText('exp(x)');
  await expect(w.getByTestId('eg-value-e')).toHaveAttribute('aria-describedby', /-v-e-note/);

  await w.getByTestId('eg-expr').fill('a*b');
  await w.getByTestId('eg-value-b').fill('x');
  await expect(w.getByTestId('eg-value-msg-b')).toHaveText('b = “x” is not a finite number');
  await w.getByTestId('eg-value-b').fill('1e999'); // a number, but not finite (reader QA: called "not a number")
  await expect(w.getByTestId('eg-value-msg-b')).toHaveText('b = “1e999” is not a finite number');
  await w.getByTestId('eg-value-b').fill('−4');
  await expect(w.getByTestId('eg-value-msg-b')).toHaveCount(0);
  await expect(w.locator('.eg-node[data-node="f"]')).toHaveAttribute('aria-label', /= −8/);

  // The minus sign as the hint and the lessons print it (U+2212) is a minus, not part of a name (reader QA,
  // severity 1: "x*x−x" had a second variable "x−x"): f = x² − x at x = 2 is 2, ∂f/∂x = 2x − 1 = 3.
  await w.getByTestId('eg-expr').fill('x*x\u2212x');
  await w.getByTestId('eg-value-x').fill('2');
  await expect(w.locator('.eg-grad')).toHaveCount(1);
  await expect(w.locator('.eg-node[data-node="f"]')).toHaveAttribute('aria-label', /= 2(?![\d.])/);
  await w.getByTestId('eg-mode-reverse').click();
  await w.getByTestId('eg-step').focus();
  for (let i = 0; i <= 4; i++) await page.keyboard.press('Enter'); // 4 edges: x twice into x·x, then x·x and x into f
  await expect(w.locator('.eg-grad[data-variable="x"]')).toHaveAttribute('data-exact', String(2 * 2 - 1));
  // A character that cannot be in a name is refused where it stands, and so is two signs in a row (x××2 is no power).
  await w.getByTestId('eg-expr').fill('2*x²');
  await expect(w.getByTestId('eg-expr-msg')).toContainText('Column 4: “²” cannot be part of a name');
  await w.getByTestId('eg-expr').fill('x××2');
  await expect(w.getByTestId('eg-expr-msg')).toContainText('Column 3: syntax error: an expression is missing after “×”');
  // A name too long for the drawing is refused; the page never scrolls sideways (reader QA: a 250-letter name did).
  await w.getByTestId('eg-expr').fill(`${'verylongvariablename_'.repeat(12)}*x`);
  await expect(w.getByTestId('eg-expr-msg')).toContainText('is longer than 16 characters');
  await w.getByTestId('eg-expr').fill('learning_rate_16*momentum+weight_decay');
  await expect(w.getByTestId('eg-expr-msg')).toBeEmpty();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // A long refused value's message wraps inside the widget (reader QA: 120 nines widened the page to 1,390 px).
  await w.getByTestId('eg-value-momentum').fill(`${'9'.repeat(120)}x`);
  await expect(w.getByTestId('eg-value-msg-momentum')).toContainText('is not a finite number');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test('the state goes into the URL and comes back; an invalid link falls back to the default', async ({ tab: page }) => {
  const { w } = await open(page);
  await w.getByTestId('eg-expr').fill('tanh(x*y)');
  await w.getByTestId('eg-value-x').fill('0.5');
  await w.getByTestId('eg-value-y').fill('-2');
  await w.getByTestId('eg-mode-forward').click();
  await w.getByTestId('eg-share').click();
  const url = page.url();
  expect(new URL(url).searchParams.get('eg-expr')).toBe('tanh(x*y)');
  expect(new URL(url).searchParams.get('eg-mode')).toBe('forward');
  expect(new URL(url).hash).toBe('#eg'); // the link opens at the widget (its id)
  const again = await open(page, new URL(url).search);
  await expect(again.w.getByTestId('eg-expr')).toHaveValue('tanh(x*y)');
  await expect(again.w.getByTestId('eg-value-y')).toHaveValue('-2');
  // …in the mode it was shared in (reverse is the default).
  await expect(again.w.getByTestId('eg-mode-forward')).toHaveAttribute('aria-pressed', 'true');
  await expect(again.w.getByTestId('eg-counter')).toHaveText('Step 0 of 6'); // 2 passes × 3 edges: x→×, y→×, ×→tanh
  await expect(again.w.locator('.eg-node[data-node="f"]')).toHaveAttribute('aria-label', new RegExp(`= ${String(Math.tanh(-1)).replace('-', '−')}`));

  // A link with problems loses nothing (reader QA: it showed the default and said nothing): the expression is in its
  // field with its message, the last graph drawn is kept, and what has no place is named.
  const bad = await open(page, '?eg-expr=1%2F(a-a)&eg-vals=a:1,z:3');
  await expect(bad.w.getByTestId('eg-expr')).toHaveValue('1/(a-a)');
  await expect(bad.w.getByTestId('eg-expr-msg')).toContainText('Column 3: division by zero');
  await expect(bad.w.getByTestId('eg-kept')).toBeVisible();
  await expect(bad.w.getByTestId('eg-url-note')).toHaveText('The expression has no variable z, so its value in the link is left out.');
  const noValues = await open(page, '?eg-expr=x*y');
  await expect(noValues.w.getByTestId('eg-value-x')).toHaveValue('1');
  await expect(noValues.w.locator('.eg-node[data-node="f"]')).toHaveAttribute('aria-label', /= 1\b/);
  // Values and a mode without an expression are for the page's own expression, over its own values (reader QA: such
  // a link was ignored in silence).
  const own = await open(page);
  const [ownExpression, ownA] = [await own.w.getByTestId('eg-expr').inputValue(), await own.w.getByTestId('eg-value-a').inputValue()];
  expect(ownExpression).toBe('(a+b)*(b+1)');
  const valuesOnly = await open(page, '?eg-vals=b:0.25,q:2&eg-mode=forward');
  await expect(valuesOnly.w.getByTestId('eg-expr')).toHaveValue(ownExpression);
  await expect(valuesOnly.w.getByTestId('eg-value-b')).toHaveValue('0.25');
  await expect(valuesOnly.w.getByTestId('eg-value-a')).toHaveValue(ownA);
  await expect(valuesOnly.w.getByTestId('eg-mode-forward')).toHaveAttribute('aria-pressed', 'true');
  await expect(valuesOnly.w.getByTestId('eg-url-note')).toHaveText('The expression has no variable q, so its value in the link is left out.');
});

test('axe finds nothing in either theme; at 360 px nothing overflows the page', async ({ tab: page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { w } = await open(page);
    await w.getByTestId('eg-step').click();
    expect(await runAxe(page, { include: '#demo-expression-graph' }), scheme).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the default graph and its completed table are in the HTML', async ({ tab: page }) => {
    await page.goto(PAGE);
    const w = page.locator('#demo-expression-graph');
    await expect(w.locator('.eg-node')).toHaveCount(6); // a, b, a+b, 1, b+1, ×
    const row = (name: string) => w.locator(`[data-testid="eg-table"] tr[data-node="${name}"] td`);
    // Columns: op, value, ∂·/∂a, ∂·/∂b, ∂f/∂·. For b: ∂f/∂b = a + 2b + 1 = 5; for f: value 6.
    await expect(row('b').nth(4)).toHaveText('5');
    await expect(row('f').nth(1)).toHaveText('6');
    // What the picture is, and what would need JavaScript, is said (reader QA: a static widget with dead buttons).
    await expect(w.getByTestId('eg-nojs')).toContainText('need JavaScript');
    await expect(w.getByTestId('eg-status')).toContainText('one backward pass carries ∂f/∂node from the output down.');
    await expect(w.getByTestId('eg-status')).not.toContainText('Press Step'); // its buttons are inert here
  });
});

/** Lesson 3's x·x·x graph (`#eg3`), hydrated, on a fully rendered page. */
async function lessonGraph(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  await renderAll(page);
  const w = page.locator('#eg3');
  await w.scrollIntoViewIfNeeded();
  await expect(w.getByTestId('eg-step')).toBeEnabled();
  await expect(w.getByTestId('eg-nojs')).toHaveCount(0);
  await expect(w.getByTestId('eg-status')).toContainText(path.startsWith('/zh/') ? '请按“下一步”。' : 'Press Step.');
  return w;
}

test('lesson 3: x·x·x at x = 2, reverse mode adds three paths of x² = 4 into 3x² = 12', async ({ tab: page }) => {
  const w = await lessonGraph(page, '/lessons/chain-rule/');
  await expect(w.getByTestId('eg-edge')).toHaveCount(4); // x twice into x·x, then x·x and x into f
  for (let i = 0; i < 4; i++) await w.getByTestId('eg-step').click();
  await expect(w.locator('.eg-grad[data-variable="x"]')).toHaveAttribute('data-exact', String(3 * 2 ** 2));
});

test('Chinese lesson 3: the widget speaks Chinese (labels, steps, errors), with the same numbers', async ({ tab: page }) => {
  // A link with a value for a name the expression lacks and a part without ":": two Chinese sentences, no space between.
  const w = await lessonGraph(page, '/zh/lessons/chain-rule/?eg3-vals=x:2,q:3,zz');
  await expect(w.getByTestId('eg-url-note')).toHaveText('表达式中没有变量 q，链接中给出的值已略去。链接中的以下部分无法识别，已略去：zz。');
  await expect(w.getByTestId('eg-step')).toHaveText('下一步');
  await expect(w.getByTestId('eg-mode-forward')).toHaveText('前向模式');
  await expect(w.getByTestId('eg-counter')).toHaveText('第 0 步，共 4 步');
  for (let i = 0; i < 4; i++) await w.getByTestId('eg-step').click();
  await expect(w.getByTestId('eg-counter')).toHaveText('第 4 步，共 4 步 · 反向传递');
  await expect(w.getByTestId('eg-status')).toContainText('沿 ');
  await expect(w.locator('.eg-grad[data-variable="x"]')).toHaveAttribute('data-exact', String(3 * 2 ** 2));
  await expect(w.getByTestId('eg-result')).toContainText('f 的梯度：∂f/∂x = 12');
  // Everything the reader reads is Chinese: no English words, only the expression language's own names.
  const words = (await w.innerText()).match(/[A-Za-z]{3,}/g) ?? [];
  expect(words.filter((x) => !['exp', 'log', 'tanh', 'sigmoid', 'relu', 'max'].includes(x))).toEqual([]);
  await w.getByTestId('eg-expr').fill('x+*x');
  await expect(w.getByTestId('eg-expr-msg')).toContainText('第 3 列：语法错误：“+”之后缺少表达式');
  await expect(w.getByTestId('eg-kept')).toHaveText('下方的图仍显示上一个有效的表达式。');
  await w.getByTestId('eg-expr').fill('x*x');
  await w.getByTestId('eg-value-x').fill('abc');
  await expect(w.getByTestId('eg-value-msg-x')).toHaveText('x = “abc”不是有限的数');
});

test('lesson 3: the author’s caption leaves with its expression; fields not yet drawn are marked', async ({ tab: page }) => {
  const w = await lessonGraph(page, '/lessons/chain-rule/');
  await expect(w.getByTestId('eg-caption')).toHaveText('Paths adding up: f = x·x·x at x = 2');
  await w.getByTestId('eg-expr').fill('x*x');
  await expect(w.getByTestId('eg-caption')).toHaveText('The computational graph of your own expression');
  await w.getByTestId('eg-expr').fill('x * x * x');
  await expect(w.getByTestId('eg-caption')).toHaveText('Paths adding up: f = x·x·x at x = 2');
  // a syntax error keeps the graph's field x; y/0 shows y's field, marked as not drawn
  await w.getByTestId('eg-expr').fill('(y+');
  await expect(w.getByTestId('eg-value-x')).toBeVisible();
  await expect(w.getByTestId('eg-values')).not.toHaveAttribute('data-pending', 'true');
  await w.getByTestId('eg-expr').fill('y/0');
  await expect(w.getByTestId('eg-value-y')).toBeVisible();
  await expect(w.getByTestId('eg-values')).toHaveAttribute('data-pending', 'true');
  await expect(w.getByTestId('eg-values').locator('legend')).toContainText('not drawn yet');
});
