import { describe, expect, it } from 'vitest';
import { transform } from 'sucrase';
import { jsMessageZh } from './js-messages';

/** The message the engine itself gives for `code` (Node runs V8, as Chromium does). */
function engineMessage(code: string): string {
  try { new Function(code)(); } catch (e) { return (e as Error).message; }
  throw new Error(`${code} did not throw`);
}
/** The message Sucrase (the cells' TypeScript stripper) gives, without its "(line:column)". */
function sucraseMessage(code: string): string {
  try { transform(code, { transforms: ['typescript'] }); } catch (e) { return (e as Error).message.replace(/\s*\(\d+:\d+\)$/, ''); }
  throw new Error(`${code} did not fail to parse`);
}

describe('the engine\'s messages in Chinese (code cells of the Chinese edition)', () => {
  // Mistakes a learner makes, with the messages the engines really give for them today (not copied from the table).
  const engine = ['undefinedThing.foo()', 'let f = 1; f()', 'null.x', 'undefined.x = 1', 'for (const q of 5) {}', 'new 5',
    'const c = 1; c = 2;', 'function r() { r(); } r()', 'new Array(-1)', 'let a = 1; let a = 2;', 'let x = (1 +;', 'f(1, 2',
    'x = "abc', 'let y = 1 2', 'let z = "a" "b"', '1 = 2', 'await 1', 'let q = a b', 'if (true) {', '{ let t = 1; t; use(t) } t2'];
  const sucrase = ['let x = (1 +;', 'f(1, 2', 'x = "abc', 'x = `abc'];

  it.each([...engine.map((c) => ['V8', c, engineMessage(c)]), ...sucrase.map((c) => ['Sucrase', c, sucraseMessage(c)])])('%s: %s', (_, code, message) => {
    const zh = jsMessageZh(message);
    // Chinese first, then the engine's own words, whole, so the reader can still search for them.
    expect(zh, `${code} → ${message}`).toMatch(/^[^（]*\p{Script=Han}/u);
    expect(zh.endsWith(`（${message}）`)).toBe(true);
  });

  it('says what the message says, with its names and tokens', () => {
    expect(jsMessageZh(engineMessage('undefinedThing.foo()'))).toBe('undefinedThing 未定义（undefinedThing is not defined）');
    expect(jsMessageZh(engineMessage('null.x'))).toBe("不能读取 null 的属性 'x'（Cannot read properties of null (reading 'x')）");
    expect(jsMessageZh(engineMessage('let x = (1 +;'))).toBe("这里不应出现 ';'（Unexpected token ';'）");
    expect(jsMessageZh(sucraseMessage('f(1, 2'))).toBe('这里不应出现这个符号，应为 ","（Unexpected token, expected ","）');
  });

  it('leaves a message it does not know as written: the reader\'s own, the module\'s', () => {
    expect(jsMessageZh('boom')).toBe('boom');
    expect(jsMessageZh('sizes[1] = 0: every layer needs at least 1 unit')).toBe('sizes[1] = 0: every layer needs at least 1 unit');
  });
});
