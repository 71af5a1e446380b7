/** Names, units and headings the three documents share, read from the gathered data (no database). */
import { formatRatio, formatYearMonth } from '../i18n/format.ts';
import { translate, type Lang, type StringKey } from '../i18n/strings.ts';
import type { IndicatorInfo, RegionName } from './bulletinData.ts';
import { isWordKey, WORDS, type WordKey } from './words.ts';

export interface Named {
  regions: Record<string, RegionName>;
  indicatorInfo: Record<string, IndicatorInfo>;
}

export type Tr = (key: StringKey | WordKey, params?: Record<string, string | number>) => string;

/** The app's strings and the documents' own words, looked up alike. */
export function translator(lang: Lang): Tr {
  return (key, params) => {
    if (!isWordKey(key)) return translate(lang, key, params);
    let s: string = WORDS[lang][key];
    for (const [k, v] of Object.entries(params ?? {})) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}

export function regionLabel(d: Named, id: string | null | undefined, lang: Lang): string {
  if (!id) return '';
  const r = d.regions[id];
  if (!r) return id;
  return lang === 'en' && r.name_en ? r.name_en : r.name_zh;
}

/** A unit a bulletin names: a lead department as the plan writes it, a member unit by its region's name. */
export function rankedUnitLabel(d: Named, r: { region_id: string; department?: string | null }, lang: Lang): string {
  return r.department ?? regionLabel(d, r.region_id, lang);
}

export function indicatorLabel(d: Named, id: string | null | undefined, lang: Lang): string {
  if (!id) return '';
  const i = d.indicatorInfo[id];
  if (!i) return id;
  return lang === 'en' && i.name_en ? i.name_en : i.name_zh;
}

/** The bulletin's title, the sub-title line and the time-elapsed share, as on the bulletin screen. */
export function bulletinHeading(d: Named & { regionId: string; year: number; month: number }, lang: Lang): { title: string; period: string; month: string; tp: string } {
  const tr = translator(lang);
  const month = formatYearMonth(d.year, d.month, lang);
  const period = lang === 'zh' ? `${d.year}年${d.month}月` : month;
  return { title: tr('bul.title', { region: regionLabel(d, d.regionId, lang), period }), period, month, tp: formatRatio(d.month / 12, lang) };
}

/** A file name without characters Windows refuses. */
export function safeFileName(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '-');
}
