import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { STRINGS, translate, translateOr, type StringKey } from '../../src/i18n/strings.ts';
import { ROOT } from '../helpers/loadFixture.ts';

/** Every .ts/.tsx file under src/. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(n) ? [full] : [];
  });
}

/** Keys the code names literally: t('key'), translate(lang, 'key'), label: 'key' in the screen registry. */
function keysInCode(): { key: string; file: string }[] {
  const out: { key: string; file: string }[] = [];
  const patterns = [/\bt\(\s*'([^']+)'/g, /\btranslate\(\s*[\w.]+,\s*'([^']+)'/g];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const here = file.endsWith('app/screens.ts') ? [...patterns, /\blabel: '([^']+)'/g] : patterns;
    for (const re of here) for (const m of text.matchAll(re)) out.push({ key: m[1]!, file: file.slice(ROOT.length + 1) });
  }
  return out;
}
import { describeFileProblem, describeProblem } from '../../src/i18n/problems.ts';

describe('strings', () => {
  it('has every key in both languages, none empty', () => {
    const zh = Object.keys(STRINGS.zh).sort();
    const en = Object.keys(STRINGS.en).sort();
    expect(en).toEqual(zh);
    for (const lang of ['zh', 'en'] as const) for (const [k, v] of Object.entries(STRINGS[lang])) expect(v, `${lang}.${k}`).not.toBe('');
  });
  it('has a zh and an en string for every key the code names', () => {
    const used = keysInCode();
    // the scan finds the keys (a broken pattern would make this test pass vacuously)
    expect(used.length).toBeGreaterThan(300);
    expect(used.map((u) => u.key)).toEqual(expect.arrayContaining(['appTitle', 'screen.policy', 'lineHeader', 'pol.noOverdue']));
    const missing = used.filter((u) => !STRINGS.zh[u.key as StringKey] || !STRINGS.en[u.key as StringKey]).map((u) => `${u.file}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it('reports a key without a string on the console instead of showing it silently; data keys take an explicit fallback', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(translate('en', 'no.such.key' as StringKey)).toBe('no.such.key');
      expect(error).toHaveBeenCalledWith('missing string: en.no.such.key');
      error.mockClear();
      expect(translateOr('zh', 'family.new_family', '新的一组')).toBe('新的一组');
      expect(translateOr('en', 'status.ahead', 'x')).toBe(STRINGS.en['status.ahead']);
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
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
