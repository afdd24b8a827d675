/**
 * Turns a reader's TypeScript cell into JavaScript that runs in the notebook's shared scope, keeping every
 * line where the reader wrote it; {@link PreparedCell.original} moves a column back past the text added and
 * forward past the types removed.
 *
 * Why this shape: a cell runs as a `blob:` module, and modules do not share top-level bindings. So the
 * cell's first line is prefixed with `const { …consts… } = __bpnScope; let { …others… } = __bpnScope;`
 * (what earlier cells defined, keeping `const` for names declared `const`, so a later cell may reassign a
 * `let`, `var`, function or class as in a REPL), its imports become `const { … } = __bpnImport("backprop");`
 * on the same lines, `export` keywords are dropped, and a last line hands the cell's own top-level names
 * back as live accessors, plus the inherited reassignable names' new values:
 * `__bpnExport({ get a() { return a; }, set a(__bpnValue) { a = __bpnValue; } }, { t0 })`.
 * With {@link PrepareOptions.owned}, every `await x` becomes `await owned(x)`: owner.ts then resumes the code
 * after it as this cell's, even once the cell has ended; likewise `for await (v of it)` becomes
 * `for await (v of owned(it, "each"))`, and each async function's body `{ b }` becomes
 * `{ try { b } catch (owned$) { throw owned(owned$, "thrown"); } }` (an arrow's `=> e`, `=> { try { return (e); } …}`),
 * so that a rejection of its promise nobody handles is put on the run whose code threw (body-errors.ts: the early
 * errors that `try` would hide are thrown here, and a body it would make illegal stays as written); and `await using r = x`
 * becomes `await using owned$u0 = owned(null, "using"), r = x`, a resource whose disposal resumes the cell.
 */
import { stripTypesMapped } from './strip-types';
import { awaitOperands } from './await-operands';
import { asyncBodies, awaitUsings, forAwaitIterables, type AsyncBody } from './async-sites';
import { checkBody } from './body-errors';
import { applyEdits, positionIn, type Edit, type Position } from './edits';
import { parse, type SucraseScope, type SucraseToken } from 'sucrase/dist/esm/parser/index.js';
import { TokenType as tt } from 'sucrase/dist/esm/parser/tokenizer/types.js';
import { IdentifierRole } from 'sucrase/dist/esm/parser/tokenizer/index.js';

/** A cell ready to run. */
export interface PreparedCell {
  /** JavaScript whose line n is the reader's line n. */
  js: string;
  /** Top-level names the cell defines (shared with later cells). */
  declared: string[];
  /** Those of `declared` that were declared `const` (later cells cannot reassign them). */
  constants: string[];
  /** Inherited reassignable names, handed back by the suffix after the cell ran. */
  inheritedMutable: string[];
  /** Inherited `const` names this cell seems to assign to (`c = …`, `c += …`, `c++`): for error hints. */
  assignedConstants: string[];
  /** The reader's line and column (1-based) of a position in `js` (text the runtime added maps to where it stands). */
  original(line: number, column: number): Position;
}

/** How to prepare a cell. */
export interface PrepareOptions {
  /**
   * A global function that every `await x` of the cell becomes `await owned(x)` with, so the code after the
   * `await` runs as the cell's (owner.ts); it also wraps `for await` iterables and async bodies (see above).
   * It must not occur in the reader's code. Without it, the code stays as written.
   */
  owned?: string;
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
 * @param scopeConstants those of `scopeNames` declared `const` (inherited as `const`; the rest as `let`)
 * @throws {CellSyntaxError} with the line and column of the first syntax error
 * @example
 * ```ts
 * prepareCell('import { sigmoid } from "backprop";\nconst s: number = sigmoid(0);', []).declared; // ['s']
 * ```
 */
export function prepareCell(code: string, scopeNames: readonly string[], scopeConstants: ReadonlySet<string> = new Set(), options: PrepareOptions = {}): PreparedCell {
  let js: string;
  let tokens, scopes;
  let stripped;
  try {
    stripped = stripTypesMapped(code);
    js = stripped.js;
    ({ tokens, scopes } = parse(js, false, false, false));
  } catch (e) {
    throw toSyntaxError(e);
  }
  const edits: Edit[] = [];
  const declared = new Set<string>();
  const constants = new Set<string>();
  const imported = new Set<string>();
  const assigned = new Set<string>();
  let kind: 'const' | 'let' = 'let';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const role = t.identifierRole;
    if (t.scopeDepth === 0 && (t.type === tt._const || t.type === tt._let || t.type === tt._var)) kind = t.type === tt._const ? 'const' : 'let';
    if (role === IdentifierRole.TopLevelDeclaration || role === IdentifierRole.ObjectShorthandTopLevelDeclaration) {
      const name = js.slice(t.start, t.end);
      declared.add(name);
      // `function f` / `function* f` / `class K` are reassignable; otherwise the last const/let/var decides.
      const before = tokens[i - 1]?.type === tt.star ? tokens[i - 2] : tokens[i - 1];
      if (kind === 'const' && before?.type !== tt._function && before?.type !== tt._class) constants.add(name);
    } else if (t.type === tt.name && scopeConstants.has(js.slice(t.start, t.end))) {
      const next = tokens[i + 1]?.type;
      if (next === tt.eq || next === tt.assign || next === tt.postIncDec || next === tt.preIncDec || tokens[i - 1]?.type === tt.preIncDec || tokens[i - 1]?.type === tt.postIncDec) {
        assigned.add(js.slice(t.start, t.end));
      }
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
        constants.add('$default');
      } else {
        edits.push({ start: t.start, end: t.end, text: blank(js.slice(t.start, t.end)) });
      }
    }
  }
  const readerAt = positionIn(code);
  if (options.owned) {
    const o = options.owned;
    // Not inside an import or `export { … }` the edits above replace (`import { await as a }`).
    const replaced = (at: number) => edits.some((e) => e.start <= at && at < e.end);
    const thrown = `catch (${o}$) { throw ${o}(${o}$, "thrown"); }`;
    const wraps: Wrap[] = [
      ...awaitOperands(js, tokens).map((w) => ({ ...w, open: `${o}(`, close: ')' })),
      ...forAwaitIterables(tokens).map((w) => ({ ...w, open: `${o}(`, close: ', "each")' })),
      ...wrappedBodies(js, tokens, scopes, (at) => readerAt(stripped.source(at))).map((b) => (b.expression
        ? { ...b, open: '{ try { return (', close: `); } ${thrown} }` }
        : { ...b, open: ' try {', close: ` } ${thrown} ` })),
    ];
    edits.push(...insertions(wraps.filter((w) => !replaced(w.start))));
    // Declared first, disposed of last: its disposal makes this cell's run current for what follows the block.
    awaitUsings(js, tokens).forEach((at, k) => edits.push({ start: at, end: at, text: ` ${o}$u${k} = ${o}(null, "using"),` }));
  }
  imported.forEach((n) => declared.delete(n));
  const own = new Set([...declared, ...imported]);
  // A name of an earlier cell's that is this cell's `owned` would shadow the runtime's function (owned-name.ts).
  const inherited = scopeNames.filter((n) => IDENT.test(n) && !own.has(n) && !(RUNTIME_GLOBALS as readonly string[]).includes(n) && n !== options.owned);
  const fixed = inherited.filter((n) => scopeConstants.has(n));
  const mutable = inherited.filter((n) => !scopeConstants.has(n));
  const prefix = (fixed.length ? `const { ${fixed.join(', ')} } = __bpnScope; ` : '') + (mutable.length ? `let { ${mutable.join(', ')} } = __bpnScope; ` : '');
  const names = [...declared];
  const accessors = names.map((n) => `get ${n}() { return ${n}; }${constants.has(n) ? '' : `, set ${n}(__bpnValue) { ${n} = __bpnValue; }`}`);
  const suffix = `\n;__bpnExport({ ${accessors.join(', ')} }, { ${mutable.join(', ')} });\n`;
  const out = applyEdits(js, [{ start: 0, end: 0, text: prefix }, ...edits, { start: js.length, end: js.length, text: suffix }] satisfies Edit[]);
  return {
    js: out.text, declared: names, constants: names.filter((n) => constants.has(n)), inheritedMutable: mutable,
    assignedConstants: [...assigned].filter((n) => fixed.includes(n)),
    original: (line, column) => readerAt(stripped.source(out.sourceOffset(line, column))),
  };
}

/**
 * The async bodies to wrap in a `try` (see body-errors.ts for those left as written).
 * @param readerAt the reader's line and column of an offset in `js`
 * @throws {CellSyntaxError} the first early error of the code as written that the `try` would hide
 */
function wrappedBodies(js: string, tokens: SucraseToken[], scopes: SucraseScope[], readerAt: (offset: number) => Position): AsyncBody[] {
  const wrapped: AsyncBody[] = [];
  let first: { message: string; at: number } | undefined;
  for (const body of asyncBodies(js, tokens, scopes)) {
    const { error, keep } = body.expression ? {} : checkBody(js, tokens, scopes, body);
    if (error && (!first || error.at < first.at)) first = error;
    if (!keep) wrapped.push(body);
  }
  if (first) {
    const { line, column } = readerAt(first.at);
    throw new CellSyntaxError(first.message, line, column);
  }
  return wrapped;
}

/** Text put around `source[start, end)`; wraps nest or are apart, never cross. */
interface Wrap { start: number; end: number; open: string; close: string }

/**
 * The insertions of `wraps`, in an order that nests them where several fall at one offset (applyEdits keeps
 * that order): closings first, the inner one first; then empty wraps (`async f() {}`); then openings, the outer first.
 */
function insertions(wraps: readonly Wrap[]): Edit[] {
  const all = wraps.flatMap((w) => {
    const empty = w.start === w.end;
    return [
      { at: w.start, text: w.open, rank: empty ? 1 : 3, start: w.start, end: w.end },
      { at: w.end, text: w.close, rank: empty ? 2 : 0, start: w.start, end: w.end },
    ];
  });
  all.sort((a, b) => a.at - b.at || a.rank - b.rank || (a.rank === 0 ? b.start - a.start : b.end - a.end));
  return all.map((x) => ({ start: x.at, end: x.at, text: x.text }));
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
  if (m[1]) { parts.push(`const ${m[1]} = __bpnImport(${source}, ["default"]).default;`); names.push(m[1]); }
  if (m[2] !== undefined) {
    const imported: string[] = [];
    const specs = m[2].split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
      const [from, to] = s.split(/\s+as\s+/);
      names.push(to ?? from);
      imported.push(from);
      return to ? `${from}: ${to}` : from;
    });
    // The imported names go along, so that a name the module does not export is an error, not `undefined`.
    parts.push(`const { ${specs.join(', ')} } = __bpnImport(${source}, ${JSON.stringify(imported)});`);
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
