/**
 * Turns a reader's TypeScript cell into JavaScript that runs in the notebook's shared scope, keeping every
 * line where the reader wrote it (so error positions need no source map).
 *
 * Why this shape: a cell runs as a `blob:` module, and modules do not share top-level bindings. So the
 * cell's first line is prefixed with `const { …names… } = __bpnScope;` (what earlier cells defined), its
 * imports become `const { … } = __bpnImport("backprop");` on the same lines, `export` keywords are dropped,
 * and a last line hands the cell's own top-level names back with `__bpnExport({ … })`.
 */
import { stripTypes } from './strip-types';
import { parse } from 'sucrase/dist/esm/parser/index.js';
import { TokenType as tt } from 'sucrase/dist/esm/parser/tokenizer/types.js';
import { IdentifierRole } from 'sucrase/dist/esm/parser/tokenizer/index.js';

/** A cell ready to run. */
export interface PreparedCell {
  /** JavaScript whose line n is the reader's line n. */
  js: string;
  /** Top-level names the cell defines (shared with later cells). */
  declared: string[];
  /** Characters added before the reader's line 1 (subtract from columns on line 1). */
  prefixLength: number;
}

/** A syntax error in the reader's code, with a 1-based position in their text. */
export class CellSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
    this.name = 'SyntaxError';
  }
}

/** Names the runtime injects; a cell may not redeclare them through the scope prefix. */
export const RUNTIME_GLOBALS = ['__bpnScope', '__bpnImport', '__bpnExport'] as const;

const IDENT = /^[A-Za-z_$][\w$]*$/;

/**
 * Strip types and rewrite a cell for the notebook scope.
 * @param code the reader's TypeScript
 * @param scopeNames names defined by cells that ran before (destructured from the scope unless redeclared)
 * @throws {CellSyntaxError} with the line and column of the first syntax error
 * @example
 * ```ts
 * prepareCell('import { sigmoid } from "backprop";\nconst s: number = sigmoid(0);', []).declared; // ['s']
 * ```
 */
export function prepareCell(code: string, scopeNames: readonly string[]): PreparedCell {
  let js: string;
  let tokens;
  try {
    js = stripTypes(code);
    tokens = parse(js, false, false, false).tokens;
  } catch (e) {
    throw toSyntaxError(e);
  }
  const edits: { start: number; end: number; text: string }[] = [];
  const declared = new Set<string>();
  const imported = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const role = t.identifierRole;
    if (role === IdentifierRole.TopLevelDeclaration || role === IdentifierRole.ObjectShorthandTopLevelDeclaration) {
      declared.add(js.slice(t.start, t.end));
    }
    if (t.scopeDepth !== 0) continue;
    if (t.type === tt._import && tokens[i + 1] && tokens[i + 1].type !== tt.parenL && tokens[i + 1].type !== tt.dot) {
      let j = i + 1;
      while (j < tokens.length && tokens[j].type !== tt.string) j++;
      const src = tokens[j];
      let end = src.end;
      if (tokens[j + 1]?.type === tt.semi) end = tokens[j + 1].end;
      const clause = js.slice(tokens[i].end, src.start).replace(/\bfrom\s*$/, '').trim();
      const { text, names } = rewriteImport(clause, js.slice(src.start, src.end));
      names.forEach((n) => imported.add(n));
      edits.push({ start: t.start, end, text: text + '\n'.repeat(count(js.slice(t.start, end), '\n')) });
      i = j;
    } else if (t.type === tt._export) {
      const next = tokens[i + 1];
      if (next?.type === tt.braceL) {
        let j = i + 1;
        while (j < tokens.length && tokens[j].type !== tt.braceR) j++;
        let end = tokens[j].end;
        if (tokens[j + 1]?.type === tt.semi) end = tokens[j + 1].end;
        edits.push({ start: t.start, end, text: blank(js.slice(t.start, end)) });
      } else if (next?.type === tt._default) {
        edits.push({ start: t.start, end: next.end, text: 'const $default =' });
        declared.add('$default');
      } else {
        edits.push({ start: t.start, end: t.end, text: blank(js.slice(t.start, t.end)) });
      }
    }
  }
  let body = js;
  for (const e of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, e.start) + e.text + body.slice(e.end);
  imported.forEach((n) => declared.delete(n));
  const own = new Set([...declared, ...imported]);
  const inherited = scopeNames.filter((n) => IDENT.test(n) && !own.has(n) && !(RUNTIME_GLOBALS as readonly string[]).includes(n));
  const prefix = inherited.length ? `const { ${inherited.join(', ')} } = __bpnScope; ` : '';
  const names = [...declared];
  const suffix = `\n;__bpnExport({ ${names.join(', ')} });\n`;
  return { js: prefix + body + suffix, declared: names, prefixLength: prefix.length };
}

/** `{ a, b as c }` / `* as ns` / `def` / `def, { a }` from `"m"` → one `const` line. */
function rewriteImport(clause: string, source: string): { text: string; names: string[] } {
  if (clause === '') return { text: `__bpnImport(${source});`, names: [] };
  const names: string[] = [];
  const parts: string[] = [];
  const ns = /^\*\s+as\s+([\w$]+)$/.exec(clause);
  if (ns) return { text: `const ${ns[1]} = __bpnImport(${source});`, names: [ns[1]] };
  const m = /^(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\})?$/.exec(clause);
  if (!m) throw new CellSyntaxError(`Unsupported import: import ${clause} from ${source}`, 1, 1);
  if (m[1]) { parts.push(`const ${m[1]} = __bpnImport(${source}).default;`); names.push(m[1]); }
  if (m[2] !== undefined) {
    const specs = m[2].split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
      const [from, to] = s.split(/\s+as\s+/);
      names.push(to ?? from);
      return to ? `${from}: ${to}` : from;
    });
    parts.push(`const { ${specs.join(', ')} } = __bpnImport(${source});`);
  }
  return { text: parts.join(' '), names };
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

function toSyntaxError(e: unknown): CellSyntaxError {
  const err = e as { message?: string; loc?: { line: number; column: number } };
  const message = String(err.message ?? e).replace(/\s*\(\d+:\d+\)\s*$/, '');
  // Sucrase's columns are 1-based after its own counting (see locationForIndex).
  return new CellSyntaxError(message, err.loc?.line ?? 1, err.loc?.column ?? 1);
}
