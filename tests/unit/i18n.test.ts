import { describe, expect, it } from 'vitest';
import { STRINGS, translate } from '../../src/i18n/strings.ts';
import { describeFileProblem, describeProblem } from '../../src/i18n/problems.ts';

describe('strings', () => {
  it('has every key in both languages, none empty', () => {
    const zh = Object.keys(STRINGS.zh).sort();
    const en = Object.keys(STRINGS.en).sort();
    expect(en).toEqual(zh);
    for (const lang of ['zh', 'en'] as const) for (const [k, v] of Object.entries(STRINGS[lang])) expect(v, `${lang}.${k}`).not.toBe('');
  });
  it('fills parameters', () => {
    expect(translate('zh', 'childrenOnPace', { ok: 7, total: 8 })).toBe('8个中7个达标');
    expect(translate('en', 'childrenOnPace', { ok: 7, total: 8 })).toBe('7 of 8 on target');
  });
  it('words load problems with the offending value', () => {
    expect(describeProblem({ code: 'unknown_region', value: '泰安新区' }, 'zh')).toContain('泰安新区');
    expect(describeProblem({ code: 'not_a_number', value: 'abc' }, 'en')).toBe('"abc" is not a number');
    expect(describeFileProblem('binary', undefined, 'zh')).toContain('不是文本文件');
  });
});
