/**
 * The JavaScript engine's own error messages (V8's, as Chromium and Node print them, and the TypeScript stripper
 * Sucrase's syntax errors) in Chinese, for the Chinese edition's code cells: the Chinese first, then the message as
 * the engine wrote it in full-width parentheses, so a reader can still search for it. A message not in the list is
 * shown as written (a reader's own `throw new Error("…")`, the module's BackpropError).
 */
type Gloss = readonly [pattern: RegExp, zh: (...groups: string[]) => string];

/** The messages a learner meets most, each matched whole. */
const ZH: readonly Gloss[] = [
  // Reading names and values (ReferenceError, TypeError).
  [/^(.+) is not defined$/, (n) => `${n} 未定义`],
  [/^Cannot access '(.+)' before initialization$/, (n) => `不能在初始化之前访问 '${n}'`],
  [/^(.+) is not a function$/, (n) => `${n} 不是函数`],
  [/^(.+) is not a constructor$/, (n) => `${n} 不是构造函数`],
  [/^(.+) is not iterable$/, (n) => `${n} 不可迭代`],
  [/^Cannot read properties of (undefined|null) \(reading '(.+)'\)$/, (v, p) => `不能读取 ${v} 的属性 '${p}'`],
  [/^Cannot set properties of (undefined|null) \(setting '(.+)'\)$/, (v, p) => `不能设置 ${v} 的属性 '${p}'`],
  [/^Assignment to constant variable\.$/, () => '不能给常量重新赋值'],
  [/^Maximum call stack size exceeded$/, () => '超出了最大调用栈深度（可能是没有终止的递归）'],
  [/^Invalid array length$/, () => '数组长度无效'],
  // Syntax (V8).
  [/^Identifier '(.+)' has already been declared$/, (n) => `标识符 '${n}' 已经声明过`],
  [/^Unexpected token '(.+)'$/, (t) => `这里不应出现 '${t}'`],
  [/^Unexpected token$/, () => '这里不应出现这个符号'],
  [/^Unexpected identifier '(.+)'$/, (n) => `这里不应出现标识符 '${n}'`],
  [/^Unexpected number$/, () => '这里不应出现数字'],
  [/^Unexpected string$/, () => '这里不应出现字符串'],
  [/^Unexpected end of input$/, () => '代码意外结束（可能缺少右括号）'],
  [/^Invalid or unexpected token$/, () => '无效或不应出现的符号'],
  [/^missing \) after argument list$/, () => '参数列表后缺少 )'],
  [/^Invalid left-hand side in assignment$/, () => '赋值号左边不能被赋值'],
  [/^await is only valid in async functions and the top level bodies of modules$/, () => 'await 只能用在 async 函数中或代码单元的最外层'],
  // Syntax (Sucrase, before the engine sees the code).
  [/^Unexpected token, expected "(.+)"$/, (t) => `这里不应出现这个符号，应为 "${t}"`],
  [/^Unterminated string constant$/, () => '字符串没有结束（缺少右引号）'],
  [/^Unterminated template$/, () => '模板字符串没有结束（缺少右反引号）'],
];

/**
 * `message` in Chinese with the engine's words after it, or `message` itself when it is not one the list knows.
 * @example
 * ```ts
 * jsMessageZh('undefinedThing is not defined'); // 'undefinedThing 未定义（undefinedThing is not defined）'
 * jsMessageZh('sizes[1] = 0: every layer needs at least 1 unit'); // unchanged
 * ```
 */
export function jsMessageZh(message: string): string {
  for (const [pattern, zh] of ZH) {
    const m = pattern.exec(message);
    if (m) return `${zh(...m.slice(1))}（${message}）`;
  }
  return message;
}
