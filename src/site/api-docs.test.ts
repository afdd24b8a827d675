import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import * as backprop from '../backprop/index.ts';
import { collectApiDocs } from './api-docs';

const entries = collectApiDocs(fileURLToPath(new URL('../backprop/index.ts', import.meta.url)));
const byName = new Map(entries.map((e) => [e.name, e]));

describe('the API reference', () => {
  it('lists every runtime export of the backprop module', () => {
    const missing = Object.keys(backprop).filter((name) => !byName.has(name));
    expect(missing).toEqual([]);
  });
  it('gives every export a summary and every function, class and constant an example', () => {
    const undocumented = entries.filter((e) => e.summary.length < 10).map((e) => e.name);
    expect(undocumented).toEqual([]);
    const noExample = entries.filter((e) => e.kind !== 'type' && e.kind !== 'interface' && !e.example).map((e) => e.name);
    expect(noExample).toEqual([]);
  });
  it('reads signatures and examples from the source', () => {
    const cost = byName.get('cost');
    expect(cost?.kind).toBe('function');
    expect(cost?.signature).toMatch(/^function cost\(net: Network/);
    expect(cost?.example).toContain('cost(');
    expect(byName.get('Network')?.kind).toBe('class');
  });
});
