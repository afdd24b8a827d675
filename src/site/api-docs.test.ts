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
  it('shows a function-valued constant with its parameter and return types (reader-qa D35)', () => {
    expect(byName.get('sigmoid')?.kind).toBe('const');
    expect(byName.get('sigmoid')?.signature).toBe('sigmoid(z: number): number\nsigmoid(z: readonly number[]): number[]');
    expect(byName.get('reluGradient')?.signature).toContain('reluGradient(z: number): number');
  });
  it('describes every documented member, a deprecated one by its tag (reader QA: `loss: number` had nothing)', () => {
    const empty = entries.flatMap((e) => e.summary.split('\n\n').filter((p) => /^`[^`]+`:\s*$/.test(p)).map((p) => `${e.name} ${p}`));
    expect(empty).toEqual([]);
    expect(byName.get('TrainStep')!.summary).toContain('`loss: number`: Deprecated: The same number as `TrainStep.lossBefore`');
  });
  it('keeps comments out of signatures and lists documented members in the text instead', () => {
    const opts = byName.get('RandomNetworkOptions')!;
    expect(opts.signature).not.toMatch(/\/\*|\$|`/);
    expect(opts.signature).toContain('epsilonInit?: number');
    expect(opts.summary).toContain('`epsilonInit?: number`: Weights are uniform in $');
    const net = byName.get('Network')!;
    for (const m of ['Theta(l: number): Matrix', 'weight(l: number, i: number, j: number): number', 'snapshot(): WeightSnapshot', 'get W(): number']) {
      expect(net.summary).toContain(`\`${m}\``);
    }
    expect(net.summary).not.toMatch(/params|#/); // private state stays off the page
    expect(entries.every((e) => !/``/.test(e.summary))).toBe(true);
  });
  it('orders the page by the index\'s lesson sections', () => {
    const groups = [...new Set(entries.map((e) => e.group))];
    expect(groups[0]).toMatch(/^Lesson 1\b/);
    const lessons = groups.filter((g) => g.startsWith('Lesson')).map((g) => Number(/^Lesson (\d+)/.exec(g)![1]));
    expect(lessons).toEqual([...lessons].sort((a, b) => a - b));
    expect(byName.get('forward')!.group).toBe(byName.get('Network')!.group);
    expect(byName.get('train')!.group).toMatch(/^Lesson 8/);
  });
});
