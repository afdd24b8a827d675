/** Types for the parts of Sucrase's parser that prepare.ts uses (Sucrase ships no .d.ts beside its ESM build). */
declare module 'sucrase/dist/esm/parser/index.js' {
  export interface SucraseToken { type: number; start: number; end: number; scopeDepth: number; identifierRole: number | null }
  export function parse(input: string, jsx: boolean, ts: boolean, flow: boolean): { tokens: SucraseToken[] };
}
declare module 'sucrase/dist/esm/parser/tokenizer/types.js' {
  export const TokenType: Record<'_import' | '_export' | '_default' | 'parenL' | 'dot' | 'string' | 'semi' | 'braceL' | 'braceR', number>;
}
declare module 'sucrase/dist/esm/parser/tokenizer/index.js' {
  export const IdentifierRole: Record<'TopLevelDeclaration' | 'ObjectShorthandTopLevelDeclaration', number>;
}
