import { defineStrings } from '../../src/i18n/strings';

/** Every reader-visible string of the site search, in both languages. */
export const SEARCH_STRINGS = defineStrings(
  {
    label: 'Search the course',
    placeholder: 'Search',
    shortcutHint: 'Press / to search',
    loading: 'Searching…',
    /** Shown when the Pagefind index is missing (for example under `astro dev`, before `npm run build`). */
    unavailable: 'Search is not available here: the index is made by `npm run build`.',
    noResults: (q: string) => `No results for “${q}”.`,
    /** `n` pages match; the best `shown` of them are listed (the search lists at most 8). */
    results: (n: number, shown: number, q: string) =>
      (n === 1 ? `1 page matches “${q}”.` : `${n} pages match “${q}”${shown < n ? `; the ${shown} best are listed` : ''}.`),
    resultsLabel: 'Search results',
  },
  {
    label: '搜索课程',
    placeholder: '搜索',
    shortcutHint: '按 / 键搜索',
    loading: '正在搜索…',
    unavailable: '此处无法搜索：搜索索引由 `npm run build` 生成。',
    noResults: (q: string) => `没有与“${q}”匹配的结果。`,
    results: (n: number, shown: number, q: string) => `共有 ${n} 个页面与“${q}”匹配${shown < n ? `，下面列出最相关的 ${shown} 个` : ''}。`,
    resultsLabel: '搜索结果',
  },
);

/** The service worker's update notice, in both languages. */
export const OFFLINE_STRINGS = defineStrings(
  { updated: 'This course has been updated.', reload: 'Reload', dismiss: 'Later' },
  { updated: '课程内容已更新。', reload: '重新加载', dismiss: '稍后' },
);
