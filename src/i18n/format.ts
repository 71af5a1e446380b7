/** Numbers and units as officials read them, in Chinese and English. Pure functions. */
import type { Lang } from './strings.ts';

const UNIT_EN: Record<string, string> = {
  亿元: '100M CNY',
  万元: '10k CNY',
  元: 'CNY',
  万美元: '10k USD',
  亿美元: '100M USD',
  '%': '%',
  '万元/亩': '10k CNY/mu',
  亩: 'mu',
  个: '',
  家: 'firms',
  项: 'items',
  人: 'persons',
  次: 'times',
  工作日: 'working days',
  天: 'days',
  小时: 'hours',
  万平方米: '10k m²',
  // the units the five seed plans write
  个工作日: 'working days',
  日: 'days',
  周: 'weeks',
  个月: 'months',
  分钟: 'minutes',
  名: 'persons',
  万名: '10k persons',
  万人: '10k persons',
  人次: 'person-times',
  户: 'households',
  处: 'sites',
  类: 'types',
  件: 'cases',
  套: 'sets',
  级: 'level',
  证: 'licences',
  万立方米: '10k m³',
  个百分点: 'pp',
  '次/月': 'times/month',
  '次/年': 'times/year',
  '家/年': 'firms/year',
  '项/年': 'items/year',
  '个/年': 'per year',
  '人/年': 'persons/year',
  '人次/年': 'person-times/year',
  '万人/年': '10k persons/year',
  个行业: 'industries',
  个环节: 'steps',
  个事项: 'items',
  个政务服务事项: 'service items',
  个消费场景: 'consumption scenes',
  张表单: 'forms',
  一次踏勘: 'site visit',
  '套/次/表': 'set/visit/form',
};

export function unitLabel(unit: string | null | undefined, lang: Lang): string {
  if (!unit) return '';
  if (lang === 'zh') return unit;
  return UNIT_EN[unit] ?? unit;
}

/** Decimals by unit when the catalogue gives none: money in 亿元 to 2, days to 1, counts to 0. */
export function defaultDecimals(unit: string | null | undefined, value: number): number {
  switch (unit) {
    case '万美元':
    case '个':
    case '家':
    case '项':
    case '人':
      return 0;
    case '%':
    case '亿元':
    case '亿美元':
    case '万元/亩':
      return 2;
    case '工作日':
    case '天':
    case '小时':
      return 1;
    default:
      return Math.abs(value) >= 1000 ? 0 : 2;
  }
}

const nf = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let f = nf.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    nf.set(key, f);
  }
  return f;
}

export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 2): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return numberFormat(lang, decimals).format(value);
}

/** `74,000 万美元`, `206.60 亿元`, `2.35%`; English `74,000 10k USD`. */
export function formatValue(value: number | null | undefined, unit: string | null | undefined, lang: Lang, decimals?: number | null): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const d = decimals ?? defaultDecimals(unit, value);
  const num = formatNumber(value, lang, d);
  const u = unitLabel(unit, lang);
  if (!u) return num;
  if (u === '%') return `${num}%`;
  return `${num} ${u}`;
}

/** A ratio (0.783) as a percentage (78.3%). */
export function formatRatio(ratio: number | null | undefined, lang: Lang, decimals = 1): string {
  if (ratio == null || !Number.isFinite(ratio)) return '—';
  return `${formatNumber(ratio * 100, lang, decimals)}%`;
}

/** Percentage points with a sign: `+2.3 个百分点` / `−4.9 pp`. */
export function formatPoints(pp: number | null | undefined, lang: Lang, decimals = 1): string {
  if (pp == null || !Number.isFinite(pp)) return '—';
  const rounded = Number(pp.toFixed(decimals));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(rounded), lang, decimals)}${lang === 'zh' ? ' 个百分点' : ' pp'}`;
}

/** Signed percent change: `+25.0%`. */
export function formatChange(pct: number | null | undefined, lang: Lang, decimals = 1): string {
  if (pct == null || !Number.isFinite(pct)) return '—';
  const rounded = Number(pct.toFixed(decimals));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(rounded), lang, decimals)}%`;
}

export function formatYearMonth(year: number, month: number, lang: Lang): string {
  return lang === 'zh' ? `${year}年${month}月` : `${new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${year}`;
}

export function formatMonth(month: number, lang: Lang): string {
  return lang === 'zh' ? `${month}月` : new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
}

// ---- documents, tasks and rewards -----------------------------------------------------------

/** An ISO date `2020-10-31` as `2020年10月31日` / `Oct 31, 2020`. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return '—';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'zh' ? `${y}年${mo}月${d}日` : new Date(Date.UTC(y, mo - 1, d)).toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

/**
 * A document number short enough for a chart marker: `巨政发〔2023〕5号` stays, a long issuer is
 * cut in the middle: `泰安市工业经济发展攻坚指挥部〔2020〕1号` -> `泰安市工…〔2020〕1号`.
 */
export function shortDocNumber(docNumber: string, max = 14): string {
  if (docNumber.length <= max) return docNumber;
  const i = docNumber.indexOf('〔');
  if (i > 4) return `${docNumber.slice(0, 4)}…${docNumber.slice(i)}`;
  return `${docNumber.slice(0, max - 1)}…`;
}
