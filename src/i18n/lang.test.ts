import { describe, expect, it } from 'vitest';
import { langFromPath, pathInLang } from './lang';

describe('langFromPath', () => {
  it('reads the first segment after the base', () => {
    expect(langFromPath('/zh/lessons/cost/')).toBe('zh');
    expect(langFromPath('/lessons/cost/')).toBe('en');
    expect(langFromPath('/backprop-notebook/zh/', '/backprop-notebook/')).toBe('zh');
    expect(langFromPath('/backprop-notebook/lessons/zhang/', '/backprop-notebook/')).toBe('en');
    expect(langFromPath('/zhx/')).toBe('en');
  });
});

describe('pathInLang', () => {
  it('adds or removes /zh', () => {
    expect(pathInLang('/lessons/cost/', 'zh')).toBe('/zh/lessons/cost/');
    expect(pathInLang('/zh/lessons/cost/', 'en')).toBe('/lessons/cost/');
    expect(pathInLang('/', 'zh')).toBe('/zh/');
    expect(pathInLang('/zh/', 'en')).toBe('/');
    expect(pathInLang('/zh/lessons/cost/', 'zh')).toBe('/zh/lessons/cost/');
  });
});
