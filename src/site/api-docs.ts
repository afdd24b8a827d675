import ts from 'typescript';

/** One export of the backprop module as the API reference shows it. */
export interface ApiEntry {
  name: string;
  kind: 'function' | 'class' | 'const' | 'type' | 'interface';
  /** Module file it is declared in, relative to `src/backprop/` (e.g. `network.ts`). */
  file: string;
  /** The declaration's signature line(s), without bodies. */
  signature: string;
  /** The doc comment's text, without tags (TeX kept as written). */
  summary: string;
  /** The code of the first `@example`, without its fences. */
  example?: string;
}

/**
 * Reads every export of `src/backprop/index.ts` with the TypeScript compiler and returns its doc comment,
 * signature and example, in the order the index lists them. Used by the API reference page at build time,
 * so the page cannot fall behind the code.
 */
export function collectApiDocs(indexPath: string): ApiEntry[] {
  const program = ts.createProgram([indexPath], { allowImportingTsExtensions: true, noEmit: true, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(indexPath);
  if (!source) throw new Error(`cannot read ${indexPath}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${indexPath} is not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => describeExport(checker, exported));
}

function describeExport(checker: ts.TypeChecker, exported: ts.Symbol): ApiEntry {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const decl = symbol.declarations?.[0];
  if (!decl) throw new Error(`export ${exported.name} has no declaration`);
  const file = decl.getSourceFile().fileName.replace(/^.*\/src\/backprop\//, '');
  const docs = ts.getJSDocCommentsAndTags(decl).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1];
  const summary = doc ? commentText(doc.comment) : '';
  const exampleTag = doc?.tags?.find((t) => t.tagName.text === 'example');
  const example = exampleTag ? stripFences(commentText(exampleTag.comment)) : undefined;
  return { name: exported.name, kind: kindOf(decl), file, signature: signatureOf(decl), summary, example };
}

function kindOf(decl: ts.Declaration): ApiEntry['kind'] {
  if (ts.isFunctionDeclaration(decl)) return 'function';
  if (ts.isClassDeclaration(decl)) return 'class';
  if (ts.isInterfaceDeclaration(decl)) return 'interface';
  if (ts.isTypeAliasDeclaration(decl)) return 'type';
  return 'const';
}

/** The declaration's text up to its body: `function cost(net: Network, …): number`. */
function signatureOf(decl: ts.Declaration): string {
  const text = decl.getText();
  if (ts.isFunctionDeclaration(decl) && decl.body) return oneLine(text.slice(0, decl.body.getStart() - decl.getStart()));
  if (ts.isClassDeclaration(decl)) return oneLine(text.slice(0, text.indexOf('{')));
  if (ts.isVariableDeclaration(decl)) return oneLine(`const ${decl.name.getText()}${decl.type ? `: ${decl.type.getText()}` : ''}`);
  return text.length > 400 ? oneLine(text.slice(0, text.indexOf('{') + 1)) + ' … }' : text;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^export\s+/, '').trim();
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  if (comment === undefined) return '';
  if (typeof comment === 'string') return comment.trim();
  return comment.map((c) => (ts.isJSDocLink(c) || ts.isJSDocLinkCode(c) || ts.isJSDocLinkPlain(c) ? c.name?.getText() ?? c.text : c.text)).join('').trim();
}

function stripFences(text: string): string {
  return text.replace(/^```\w*\n?/, '').replace(/\n?```\s*$/, '').trim();
}
