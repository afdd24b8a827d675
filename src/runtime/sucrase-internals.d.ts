/** Types for the parts of Sucrase's parser that prepare.ts uses (Sucrase ships no .d.ts beside its ESM build). */
declare module 'sucrase/dist/esm/parser/index.js' {
  export interface SucraseToken { type: number; contextualKeyword: number; start: number; end: number; scopeDepth: number; identifierRole: number | null }
  /** A scope's tokens `[startTokenIndex, endTokenIndex)`; a function's params and body, or a function's body block, are function scopes. */
  export interface SucraseScope { startTokenIndex: number; endTokenIndex: number; isFunctionScope: boolean }
  export function parse(input: string, jsx: boolean, ts: boolean, flow: boolean): { tokens: SucraseToken[]; scopes: SucraseScope[] };
}
declare module 'sucrase/dist/esm/parser/tokenizer/types.js' {
  export const TokenType: Record<'_import' | '_export' | '_default' | 'parenL' | 'dot' | 'string' | 'semi' | 'braceL' | 'braceR' | '_const' | '_let' | '_var' | '_function' | '_class' | 'star' | 'name' | 'eq' | 'assign' | 'preIncDec' | 'postIncDec'
    | 'IS_PREFIX' | 'eof' | 'parenR' | 'bracketL' | 'bracketR' | 'dollarBraceL' | 'backQuote' | 'questionDot' | 'hash' | '_for' | '_new' | '_extends'
    | '_this' | '_super' | '_null' | '_true' | '_false' | 'num' | 'bigint' | 'decimal' | 'regexp' | 'arrow' | '_async'
    | 'template' | 'comma' | 'question' | 'PRECEDENCE_MASK' | 'IS_ASSIGN', number>;
}
declare module 'sucrase/dist/esm/parser/tokenizer/keywords.js' {
  export const ContextualKeyword: Record<'_await' | '_async' | '_using' | '_of', number>;
}
declare module 'sucrase/dist/esm/parser/tokenizer/index.js' {
  export const IdentifierRole: Record<'TopLevelDeclaration' | 'ObjectShorthandTopLevelDeclaration' | 'FunctionScopedDeclaration'
    | 'ObjectShorthandFunctionScopedDeclaration' | 'BlockScopedDeclaration' | 'ObjectShorthandBlockScopedDeclaration', number>;
}
declare module 'sucrase/dist/esm/NameManager.js' {
  export default class NameManager { constructor(code: string, tokens: unknown[]) }
}
declare module 'sucrase/dist/esm/HelperManager.js' {
  export class HelperManager { constructor(names: unknown) }
}
declare module 'sucrase/dist/esm/TokenProcessor.js' {
  export default class TokenProcessor { constructor(code: string, tokens: unknown[], flow: boolean, disableES: boolean, helpers: unknown) }
}
declare module 'sucrase/dist/esm/transformers/RootTransformer.js' {
  export default class RootTransformer {
    constructor(context: unknown, transforms: string[], legacyInterop: boolean, options: unknown);
    transform(): { code: string; mappings: (number | undefined)[] };
  }
}
