/**
 * The comments of an exercise's code, found without touching the code: a small scanner that skips string
 * and template literals. A Chinese page shows the same starter and solution as the English one with only
 * the comments translated (identifiers stay English), so the checks grade the very same code.
 */

/** One comment of a code text: where it is and its text without the delimiters (block comments: `*` margins removed, lines joined by `\n`). */
export interface CodeComment { start: number; end: number; block: boolean; text: string }

/**
 * Every `//` and `/* … *\/` comment of `code`, in order (strings and template literals are skipped).
 * @example
 * ```ts
 * findComments('const s = "//no"; // yes').map((c) => c.text); // ['yes']
 * ```
 */
export function findComments(code: string): CodeComment[] {
  const out: CodeComment[] = [];
  let i = 0;
  while (i < code.length) {
    const ch = code[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      i++;
      while (i < code.length && code[i] !== ch) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (code.startsWith('//', i)) {
      const end = code.indexOf('\n', i) < 0 ? code.length : code.indexOf('\n', i);
      out.push({ start: i, end, block: false, text: code.slice(i + 2, end).trim() });
      i = end;
    } else if (code.startsWith('/*', i)) {
      const close = code.indexOf('*/', i + 2);
      const end = close < 0 ? code.length : close + 2;
      const inner = code.slice(i + 2, close < 0 ? code.length : close).replace(/^\*/, '');
      const text = inner.split('\n').map((l) => l.replace(/^\s*\*?\s?/, '').trim()).filter(Boolean).join('\n');
      out.push({ start: i, end, block: true, text });
      i = end;
    } else i++;
  }
  return out;
}

/** The code without its comments and with trailing spaces removed: what runs, to compare two editions of a cell. */
export function withoutComments(code: string): string {
  let out = '', at = 0;
  for (const c of findComments(code)) { out += code.slice(at, c.start); at = c.end; }
  return (out + code.slice(at)).split('\n').map((l) => l.trimEnd()).join('\n');
}

/**
 * `code` with each comment replaced by its entry in `translations` (keyed by the comment's text as
 * {@link findComments} gives it). Block comments keep their shape: one line stays one line, a multi-line
 * doc comment gets one ` * ` line per line of the translation.
 * @throws Error naming the first comment without a translation
 * @example
 * ```ts
 * translateComments('x(); // TODO: fix', { 'TODO: fix': 'TODO：修正' }); // 'x(); // TODO：修正'
 * ```
 */
export function translateComments(code: string, translations: Readonly<Record<string, string>>): string {
  let out = '', at = 0;
  for (const c of findComments(code)) {
    const t = translations[c.text];
    if (t === undefined) throw new Error(`no translation of the comment "${c.text}"`);
    out += code.slice(at, c.start);
    if (!c.block) out += `// ${t}`;
    else if (!code.slice(c.start, c.end).includes('\n')) out += `${code.startsWith('/**', c.start) ? '/**' : '/*'} ${t} */`;
    else {
      const indent = /[^\S\n]*$/.exec(code.slice(0, c.start))![0];
      out += `/**\n${t.split('\n').map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */`;
    }
    at = c.end;
  }
  return out + code.slice(at);
}
