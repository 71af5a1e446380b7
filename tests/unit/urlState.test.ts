import { describe, expect, it } from 'vitest';
import { SCREEN_IDS } from '../../src/app/screens.ts';
import { parseViewState, serializeViewState } from '../../src/state/urlState.ts';

describe('URL state', () => {
  it('parses every parameter', () => {
    expect(parseViewState('?screen=indicator&region=daiyue&indicator=trade_goods&year=2020&month=6&lang=en&rank=fdi', SCREEN_IDS)).toEqual({
      screen: 'indicator', region: 'daiyue', indicator: 'trade_goods', year: 2020, month: 6, lang: 'en', rank: 'fdi',
      doc: null, date: null, win: null, text: null, contrast: null,
    });
  });
  it('accepts month=2020-10', () => {
    const s = parseViewState('?month=2020-10', SCREEN_IDS);
    expect([s.year, s.month]).toEqual([2020, 10]);
  });
  it('falls back to defaults for unknown or hostile values', () => {
    const s = parseViewState("?screen=admin&region=x';DROP TABLE regions;--&month=13&year=99999&lang=fr&indicator=%3Cimg%20src%3Dx%3E", SCREEN_IDS);
    expect(s).toEqual({ screen: 'overview', region: null, indicator: null, year: null, month: null, lang: 'zh', rank: null, doc: null, date: null, win: null, text: null, contrast: null });
  });
  it('round-trips through serialize, leaving defaults out', () => {
    const s = parseViewState('?screen=region&region=taian&year=2020&month=10', SCREEN_IDS);
    expect(serializeViewState(s)).toBe('?screen=region&region=taian&year=2020&month=10');
    expect(parseViewState(serializeViewState(s), SCREEN_IDS)).toEqual(s);
    expect(serializeViewState(parseViewState('', SCREEN_IDS))).toBe('');
  });
  it('keeps the large-text and high-contrast choices, and ignores other values', () => {
    const s = parseViewState('?text=large&contrast=high', SCREEN_IDS);
    expect([s.text, s.contrast]).toEqual(['large', 'high']);
    expect(serializeViewState(s)).toBe('?text=large&contrast=high');
    const off = parseViewState('?text=normal&contrast=normal', SCREEN_IDS);
    expect([off.text, off.contrast]).toEqual(['normal', 'normal']);
    const bad = parseViewState('?text=huge&contrast=1', SCREEN_IDS);
    expect([bad.text, bad.contrast]).toEqual([null, null]);
  });
});
