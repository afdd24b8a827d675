import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { collectApiDocs } from '../../src/site/api-docs';
import { API_STRINGS } from './strings';

describe('API reference words', () => {
  test('every section of the API has a Chinese title, and no title is left over', () => {
    const ids = [...new Set(collectApiDocs(resolve('src/backprop/index.ts')).map((e) => e.groupId))];
    expect(Object.keys(API_STRINGS.zh.groups).sort()).toEqual(ids.sort());
    for (const title of Object.values(API_STRINGS.zh.groups)) expect(title).toMatch(/[\u4e00-\u9fff]/);
  }, 60_000); // the TypeScript compiler reads the module: seconds on a busy machine
  test('every kind of export is named in Chinese', () => {
    for (const kind of ['function', 'class', 'const', 'type', 'interface'] as const) expect(API_STRINGS.zh.kind[kind]).toMatch(/[\u4e00-\u9fff]/);
  });
});
