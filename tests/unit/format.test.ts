import { describe, expect, it } from 'vitest';
import { defaultDecimals, formatChange, formatPoints, formatRatio, formatValue, formatYearMonth, unitLabel } from '../../src/i18n/format.ts';

describe('formatValue', () => {
  it('writes units as officials read them', () => {
    expect(formatValue(74000, '万美元', 'zh')).toBe('74,000 万美元');
    expect(formatValue(206.6, '亿元', 'zh')).toBe('206.60 亿元');
    expect(formatValue(2.345, '%', 'zh')).toBe('2.35%');
    expect(formatValue(280, '万元/亩', 'zh', 1)).toBe('280.0 万元/亩');
    expect(formatValue(3.3, '工作日', 'zh')).toBe('3.3 工作日');
    expect(formatValue(12, '个', 'zh')).toBe('12 个');
  });
  it('translates units in English', () => {
    expect(formatValue(74000, '万美元', 'en')).toBe('74,000 10k USD');
    expect(formatValue(206.6, '亿元', 'en')).toBe('206.60 100M CNY');
    expect(formatValue(3, '工作日', 'en')).toBe('3.0 working days');
    // a count unit without an English word shows the bare number
    expect(formatValue(12, '个', 'en')).toBe('12');
    expect(unitLabel('吨', 'en')).toBe('吨');
  });
  it('shows a dash for missing and non-finite values', () => {
    expect(formatValue(null, '亿元', 'zh')).toBe('—');
    expect(formatValue(Number.NaN, '亿元', 'zh')).toBe('—');
    expect(formatValue(Infinity, '%', 'en')).toBe('—');
  });
  it('honours catalogue decimals over the unit default', () => {
    expect(formatValue(58450.4, '万美元', 'zh', 1)).toBe('58,450.4 万美元');
    expect(defaultDecimals('万美元', 1)).toBe(0);
    expect(defaultDecimals('吨', 12345)).toBe(0);
    expect(defaultDecimals('吨', 12.345)).toBe(2);
  });
});

describe('ratios, points and changes', () => {
  it('formats a completion ratio as a percentage', () => {
    expect(formatRatio(0.79, 'zh')).toBe('79.0%');
    expect(formatRatio(0.8333333, 'en', 1)).toBe('83.3%');
    expect(formatRatio(null, 'zh')).toBe('—');
  });
  it('signs percentage points and uses a real minus sign', () => {
    expect(formatPoints(-4.26, 'zh')).toBe('−4.3 个百分点');
    expect(formatPoints(7.4, 'en')).toBe('+7.4 pp');
    expect(formatPoints(0.01, 'en')).toBe('±0.0 pp');
  });
  it('signs percent changes', () => {
    expect(formatChange(58.7, 'zh')).toBe('+58.7%');
    expect(formatChange(-3.04, 'en')).toBe('−3.0%');
  });
  it('formats months in both languages', () => {
    expect(formatYearMonth(2020, 10, 'zh')).toBe('2020年10月');
    expect(formatYearMonth(2020, 10, 'en')).toBe('Oct 2020');
  });
});
