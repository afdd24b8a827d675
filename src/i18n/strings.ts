import type { Lang } from './lang';

/**
 * One table of reader-visible strings in both languages. The English table sets the keys and the signatures
 * (a string, or a function of the values it names); the Chinese table must have exactly the same keys, so a
 * missing or misspelt translation fails the type check (`npm run check`: astro check and tsc).
 *
 * ```ts
 * export const SITE_STRINGS = defineStrings(
 *   { darkMode: 'Dark mode', minutes: (n: number) => `${n} min read` },
 *   { darkMode: '深色模式', minutes: (n) => `阅读约 ${n} 分钟` },
 * );
 * SITE_STRINGS[lang].darkMode
 * ```
 */
export function defineStrings<T extends object>(en: T, zh: NoInfer<Exact<T>>): Record<Lang, T> {
  return { en, zh: zh as T };
}

/** T with string literal types widened to `string`, so a translation may say something else. */
type Exact<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? readonly string[] : T[K] extends (...args: infer A) => infer R ? (...args: A) => R extends string ? string : R : T[K] extends object ? Exact<T[K]> : T[K] };
