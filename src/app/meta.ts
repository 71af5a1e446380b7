/** Catalogue rows every screen needs for names and units, read once after load. */
import type { QueryClient } from '../db/queryClient.ts';
import type { Lang } from '../i18n/strings.ts';

export interface RegionMeta {
  region_id: string;
  name_zh: string;
  name_en: string | null;
  level: string;
  parent_id: string | null;
  tags: string | null;
  sort_order: number | null;
  depth: number;
}

export interface IndicatorMeta {
  indicator_id: string;
  name_zh: string;
  name_en: string | null;
  unit: string;
  direction: string;
  value_type: string;
  decimals: number | null;
  family: string | null;
  category: string | null;
  sort_order: number | null;
  is_rate: boolean;
}

export interface PolicyMeta {
  doc_id: string;
  title: string;
  doc_number: string | null;
  issued_on: string | null;
  title_en: string | null;
}

export interface Meta {
  regions: Map<string, RegionMeta>;
  regionList: RegionMeta[];
  indicators: Map<string, IndicatorMeta>;
  indicatorList: IndicatorMeta[];
  policies: Map<string, PolicyMeta>;
  defaults: { region_id: string | null; year: number | null; month: number | null };
  illustrative: boolean;
}

export const META_SQL = {
  regions: `SELECT r.region_id, r.name_zh, r.name_en, r.level, r.parent_id, r.tags, r.sort_order,
              coalesce((SELECT max(depth) FROM region_tree t WHERE t.region_id = r.region_id), 0) AS depth
            FROM regions r ORDER BY r.sort_order NULLS LAST, r.region_id`,
  indicators: `SELECT indicator_id, name_zh, name_en, unit, direction, value_type, decimals, family, category, sort_order,
                 (numerator_id IS NOT NULL OR value_type = 'rate') AS is_rate
               FROM indicators ORDER BY sort_order NULLS LAST, indicator_id`,
  policies: 'SELECT doc_id, title, doc_number, issued_on, title_en FROM policies ORDER BY doc_id',
  defaults: 'SELECT region_id, year, month FROM default_view',
  illustrative: 'SELECT any_illustrative AS any FROM data_flags_snap',
};

/** Any engine that answers queries: the browser's query client, or native DuckDB in the command. */
export async function loadMeta(client: Pick<QueryClient, 'query'>): Promise<Meta> {
  const [regionList, indicatorList, policies, defaults, illustrative] = await Promise.all([
    client.query<RegionMeta>(META_SQL.regions),
    client.query<IndicatorMeta>(META_SQL.indicators),
    client.query<PolicyMeta>(META_SQL.policies),
    client.query<Meta['defaults']>(META_SQL.defaults),
    client.query<{ any: boolean }>(META_SQL.illustrative),
  ]);
  return {
    regions: new Map(regionList.map((r) => [r.region_id, r])),
    regionList,
    indicators: new Map(indicatorList.map((i) => [i.indicator_id, i])),
    indicatorList,
    policies: new Map(policies.map((p) => [p.doc_id, p])),
    defaults: defaults[0] ?? { region_id: null, year: null, month: null },
    illustrative: illustrative[0]?.any ?? false,
  };
}

export function regionName(meta: Meta, id: string | null | undefined, lang: Lang): string {
  if (!id) return '';
  const r = meta.regions.get(id);
  if (!r) return id;
  return lang === 'en' && r.name_en ? r.name_en : r.name_zh;
}

export function indicatorName(meta: Meta, id: string | null | undefined, lang: Lang): string {
  if (!id) return '';
  const i = meta.indicators.get(id);
  if (!i) return id;
  return lang === 'en' && i.name_en ? i.name_en : i.name_zh;
}

export function childrenOf(meta: Meta, id: string | null): RegionMeta[] {
  return meta.regionList.filter((r) => r.parent_id === id);
}
