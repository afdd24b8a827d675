import { describe, expect, it } from 'vitest';
import * as advanced from './advanced.ts';
import * as api from './index.ts';
import { Network } from './network.ts';

/** Source text of every module here (Vite's glob import keeps this test free of node: APIs). */
const sources = (import.meta as unknown as {
  glob: (p: string | string[], o: object) => Record<string, string>;
}).glob(['./*.ts', '!./*.test.ts'], { query: '?raw', import: 'default', eager: true });

/** Names an entry file re-exports by name, with the module each comes from. */
function exportsOf(entry: './index.ts' | './advanced.ts'): [string, string][] {
  const out: [string, string][] = [];
  for (const m of sources[entry].matchAll(/export\s*\{([^}]*)\}\s*from\s*'(\.\/[\w-]+\.ts)'/g)) {
    for (const part of m[1].split(',')) {
      const name = part.replace(/\btype\b/, '').trim();
      if (name) out.push([name, m[2]]);
    }
  }
  return out;
}

describe('public API', () => {
  it('keeps the contract names', () => {
    for (const name of ['Network', 'forward', 'predict', 'cost', 'backprop', 'gradients', 'chainRule',
      'numericalGradient', 'relativeDifference', 'train', 'createRng', 'xor', 'circles', 'spirals', 'blobs',
      'curve1d', 'split', 'Value', 'sigmoid', 'sigmoidGradient', 'tanh', 'relu', 'BackpropError']) {
      expect(api, name).toHaveProperty(name);
    }
  });

  it('is a small core: the packed form and validation helpers are only in the advanced entry', () => {
    const values = Object.keys(api);
    expect(values.length).toBeLessThanOrEqual(40);
    for (const name of ['pack', 'packVector', 'unpack', 'checkCost', 'defaultCost', 'forwardBatch', 'gaussian', 'shuffle', 'dualPass', 'COSTS', 'ACTIVATIONS']) {
      expect(values, name).not.toContain(name);
      expect(advanced, name).toHaveProperty(name);
    }
    for (const name of values) expect(advanced, name).toHaveProperty(name); // advanced ⊇ core
    const net = Network.random([2, 3, 1]);
    expect(Object.keys(net)).toEqual(['sizes', 'L']); // no packed weights or activation list on the object
    expect('params' in net || 'acts' in net).toBe(false);
  });

  it('documents every export of index.ts and advanced.ts with TSDoc and an @example', () => {
    const names = [...exportsOf('./index.ts'), ...exportsOf('./advanced.ts')];
    expect(names.length).toBeGreaterThan(50);
    const missing = names.filter(([name, file]) => {
      const src = sources[file];
      const decl = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export\\s+(?:declare\\s+)?(?:abstract\\s+)?(?:class|function\\*?|const|let|type|interface)\\s+${name}\\b`);
      const doc = decl.exec(src);
      return !doc || !doc[1].includes('@example');
    });
    expect(missing.map(([n, f]) => `${n} (${f})`)).toEqual([]);
  });
});

describe('architecture', () => {
  it('stays pure: no DOM, no hidden globals, no imports from outside src/backprop', () => {
    for (const [file, src] of Object.entries(sources)) {
      const code = src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\b(document|window|localStorage|HTMLElement|Math\.random|Date\.now|performance\.now)\b/);
      for (const m of code.matchAll(/from\s+'([^']+)'/g)) expect(m[1], `${file} imports ${m[1]}`).toMatch(/^\.\/[\w-]+\.ts$/);
      expect(code, `${file} has module-level mutable state`).not.toMatch(/^(export\s+)?(let|var)\s/m);
    }
  });
});
