import ts from 'typescript';

/** One export of the backprop module as the API reference shows it. */
export interface ApiEntry {
  name: string;
  kind: 'function' | 'class' | 'const' | 'type' | 'interface';
  /** Module file it is declared in, relative to `src/backprop/` (e.g. `network.ts`). */
  file: string;
  /** The section of the index it is listed under, e.g. `Lesson 1, notation and the forward pass`. */
  group: string;
  /** An id for that section: `lesson-1-notation-and-the-forward-pass`. */
  groupId: string;
  /**
   * The declaration's signature line(s), without bodies or comments. A constant that is a function shows
   * its call signatures (`sigmoid(z: number): number`), other constants their type.
   */
  signature: string;
  /**
   * The doc comment's text, without tags (TeX kept as written, `$…$`), followed by one paragraph per public
   * member of a class or interface: its signature in backticks, then its own doc comment.
   */
  summary: string;
  /** The code of the first `@example`, without its fences. */
  example?: string;
}

/**
 * Reads every export of `src/backprop/index.ts` with the TypeScript compiler and returns its doc comment,
 * signature and example, in the order the index lists them, under the index's section comments
 * (`// Lesson 1, …`). Used by the API reference page at build time, so the page cannot fall behind the code.
 */
export function collectApiDocs(indexPath: string): ApiEntry[] {
  const program = ts.createProgram([indexPath], { allowImportingTsExtensions: true, noEmit: true, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(indexPath);
  if (!source) throw new Error(`cannot read ${indexPath}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${indexPath} is not a module`);
  const exports = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]));
  const out: ApiEntry[] = [];
  for (const { name, group } of listed(source)) {
    const exported = exports.get(name);
    if (!exported) throw new Error(`${name} is listed in ${indexPath} but not exported`);
    out.push({ ...describeExport(checker, exported), group, groupId: slug(group) });
  }
  return out;
}

/** The names of the index's `export { … } from` statements in order, each with the `//` comment above it or above an earlier one. */
function listed(source: ts.SourceFile): { name: string; group: string }[] {
  const text = source.getFullText(), out: { name: string; group: string }[] = [];
  let group = 'Module';
  for (const statement of source.statements) {
    const comments = ts.getLeadingCommentRanges(text, statement.pos) ?? [];
    const line = comments.filter((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia).pop();
    if (line) group = text.slice(line.pos + 2, line.end).trim();
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const el of statement.exportClause.elements) out.push({ name: el.name.text, group });
    }
  }
  return out;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function describeExport(checker: ts.TypeChecker, exported: ts.Symbol): Omit<ApiEntry, 'group' | 'groupId'> {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const decl = symbol.declarations?.[0];
  if (!decl) throw new Error(`export ${exported.name} has no declaration`);
  const file = decl.getSourceFile().fileName.replace(/^.*\/src\/backprop\//, '');
  const doc = docOf(decl);
  const exampleTag = doc?.tags?.find((t) => t.tagName.text === 'example');
  const example = exampleTag ? stripFences(commentText(exampleTag.comment)) : undefined;
  const summary = [doc ? commentText(doc.comment) : '', ...membersOf(decl)].filter(Boolean).join('\n\n');
  return { name: exported.name, kind: kindOf(decl), file, signature: signatureOf(checker, decl), summary, example };
}

function docOf(node: ts.Node): ts.JSDoc | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  return docs[docs.length - 1];
}

function kindOf(decl: ts.Declaration): ApiEntry['kind'] {
  if (ts.isFunctionDeclaration(decl)) return 'function';
  if (ts.isClassDeclaration(decl)) return 'class';
  if (ts.isInterfaceDeclaration(decl)) return 'interface';
  if (ts.isTypeAliasDeclaration(decl)) return 'type';
  return 'const';
}

const printer = ts.createPrinter({ removeComments: true });

/** The declaration's text up to its body: `function cost(net: Network, …): number`. */
function signatureOf(checker: ts.TypeChecker, decl: ts.Declaration): string {
  const text = decl.getText();
  if (ts.isFunctionDeclaration(decl) && decl.body) return oneLine(text.slice(0, decl.body.getStart() - decl.getStart()));
  if (ts.isClassDeclaration(decl)) return oneLine(text.slice(0, text.indexOf('{')));
  if (ts.isVariableDeclaration(decl)) {
    const name = decl.name.getText();
    const type = checker.getTypeAtLocation(decl);
    const calls = type.getCallSignatures();
    if (calls.length) return calls.map((s) => `${name}${checker.signatureToString(s)}`).join('\n');
    return `const ${name}: ${decl.type ? decl.type.getText() : checker.typeToString(type)}`;
  }
  const bare = printer.printNode(ts.EmitHint.Unspecified, decl, decl.getSourceFile()).replace(/^export\s+/, '');
  return bare.length > 400 ? oneLine(bare.slice(0, bare.indexOf('{') + 1)) + ' … }' : bare;
}

/** One paragraph per public, documented member of a class or interface: `` `signature` `` then its doc. */
function membersOf(decl: ts.Declaration): string[] {
  if (!ts.isClassDeclaration(decl) && !ts.isInterfaceDeclaration(decl)) return [];
  const out: string[] = [];
  for (const m of decl.members as ts.NodeArray<ts.ClassElement | ts.TypeElement>) {
    if (m.name && ts.isPrivateIdentifier(m.name)) continue;
    const mods = ts.canHaveModifiers(m) ? ts.getModifiers(m) ?? [] : [];
    if (mods.some((x) => x.kind === ts.SyntaxKind.PrivateKeyword || x.kind === ts.SyntaxKind.ProtectedKeyword)) continue;
    if (ts.isClassStaticBlockDeclaration(m)) continue;
    const doc = docOf(m);
    if (!doc) continue;
    // A member documented only by `@deprecated` says so, with the tag's text (reader QA: `loss: number` had nothing).
    const deprecated = doc.tags?.find((t) => t.tagName.text === 'deprecated');
    const text = [deprecated ? `Deprecated: ${commentText(deprecated.comment)}` : '', commentText(doc.comment)].filter(Boolean).join(' ');
    out.push(`\`${memberSignature(m, decl.name?.text ?? '')}\`: ${text}`);
  }
  return out;
}

function memberSignature(m: ts.ClassElement | ts.TypeElement, owner: string): string {
  const isStatic = ts.canHaveModifiers(m) && (ts.getModifiers(m) ?? []).some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
  if (ts.isConstructorDeclaration(m)) return `new ${owner}(${m.parameters.map((p) => p.getText()).join(', ')})`;
  if ((ts.isMethodDeclaration(m) || ts.isGetAccessorDeclaration(m)) && m.body) {
    return oneLine(m.getText().slice(0, m.body.getStart() - m.getStart()).replace(/^(public\s+)/, '')) ;
  }
  const text = oneLine(printer.printNode(ts.EmitHint.Unspecified, m, m.getSourceFile()).replace(/;$/, ''));
  return isStatic ? text : text.replace(/^readonly\s+/, 'readonly ');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^export\s+/, '').trim();
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  if (comment === undefined) return '';
  if (typeof comment === 'string') return comment.trim();
  return comment.map((c) => (ts.isJSDocLink(c) || ts.isJSDocLinkCode(c) || ts.isJSDocLinkPlain(c) ? linkName(c) : c.text)).join('')
    .replace(/(`[^`\n]+)``([^`\n]+`)/g, '$1$2') // {@link ACTIVATION}`.tanh.g` reads as one piece of code
    .trim();
}

/** `{@link Network.random}` → `Network.random`, written as code. */
function linkName(c: ts.JSDocLink | ts.JSDocLinkCode | ts.JSDocLinkPlain): string {
  const name = c.name?.getText() ?? '';
  return name ? `\`${name}${c.text}\`` : c.text;
}

function stripFences(text: string): string {
  return text.replace(/^```\w*\n?/, '').replace(/\n?```\s*$/, '').trim();
}
