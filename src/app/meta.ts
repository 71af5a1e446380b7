/** Catalogue rows every screen needs for names and units, read once after load. */
import type { Lang } from '../i18n/strings.ts';
import { catalogDefaults, catalogIllustrative, catalogIndicators, catalogPolicies, catalogRegions } from '../panels/catalog/query.ts';
import type { RowOfQuery } from '../panels/panelQuery.ts';
import { runPanelQuery, type Queryable } from '../panels/runPanelQuery.ts';

export type RegionMeta = RowOfQuery<typeof catalogRegions>;
export type IndicatorMeta = RowOfQuery<typeof catalogIndicators>;
export type PolicyMeta = RowOfQuery<typeof catalogPolicies>;

export interface Meta {
  regions: Map<string, RegionMeta>;
  regionList: RegionMeta[];
  indicators: Map<string, IndicatorMeta>;
  indicatorList: IndicatorMeta[];
  policies: Map<string, PolicyMeta>;
  defaults: RowOfQuery<typeof catalogDefaults>;
  illustrative: boolean;
}

export async function loadMeta(client: Queryable): Promise<Meta> {
  const [regionList, indicatorList, policies, defaults, illustrative] = await Promise.all([
    runPanelQuery(client, catalogRegions, {}),
    runPanelQuery(client, catalogIndicators, {}),
    runPanelQuery(client, catalogPolicies, {}),
    runPanelQuery(client, catalogDefaults, {}),
    runPanelQuery(client, catalogIllustrative, {}),
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
