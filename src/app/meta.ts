/** Catalogue rows every screen needs for names and units, read once after load. */
import { sameRows } from '../db/sameRows.ts';
import type { Lang } from '../i18n/strings.ts';
import { catalogDefaults, catalogIllustrative, catalogIndicators, catalogPolicies, catalogRegionPlans, catalogRegions } from '../panels/catalog/query.ts';
import type { RowOfQuery } from '../panels/panelQuery.ts';
import { runPanelQuery, type Queryable } from '../panels/runPanelQuery.ts';

export type RegionMeta = RowOfQuery<typeof catalogRegions>;
export type IndicatorMeta = RowOfQuery<typeof catalogIndicators>;
export type PolicyMeta = RowOfQuery<typeof catalogPolicies>;
export type RegionPlan = RowOfQuery<typeof catalogRegionPlans>;

export interface Meta {
  regions: Map<string, RegionMeta>;
  regionList: RegionMeta[];
  indicators: Map<string, IndicatorMeta>;
  indicatorList: IndicatorMeta[];
  policies: Map<string, PolicyMeta>;
  defaults: RowOfQuery<typeof catalogDefaults>;
  illustrative: boolean;
  /** each region's own plan: the month it opens on, its months with data, its plan's document number */
  regionPlans: Map<string, RegionPlan>;
}

/**
 * The catalogue. After a reload, `previous` comes back as it was when every list is the same: the
 * panels drawn from it keep their charts (a reload that changed one figure redraws only that).
 */
export async function loadMeta(client: Queryable, previous?: Meta): Promise<Meta> {
  const [regionList, indicatorList, policies, defaults, illustrative, regionPlans] = await Promise.all([
    runPanelQuery(client, catalogRegions, {}),
    runPanelQuery(client, catalogIndicators, {}),
    runPanelQuery(client, catalogPolicies, {}),
    runPanelQuery(client, catalogDefaults, {}),
    runPanelQuery(client, catalogIllustrative, {}),
    runPanelQuery(client, catalogRegionPlans, {}),
  ]);
  if (
    previous &&
    sameRows(regionList, previous.regionList) &&
    sameRows(indicatorList, previous.indicatorList) &&
    sameRows(policies, [...previous.policies.values()]) &&
    sameRows(defaults, [previous.defaults]) &&
    (illustrative[0]?.any ?? false) === previous.illustrative &&
    sameRows(regionPlans, [...previous.regionPlans.values()])
  )
    return previous;
  return {
    regions: new Map(regionList.map((r) => [r.region_id, r])),
    regionList,
    indicators: new Map(indicatorList.map((i) => [i.indicator_id, i])),
    indicatorList,
    policies: new Map(policies.map((p) => [p.doc_id, p])),
    defaults: defaults[0] ?? { region_id: null, year: null, month: null },
    illustrative: illustrative[0]?.any ?? false,
    regionPlans: new Map(regionPlans.map((p) => [p.region_id, p])),
  };
}

/** A unit a list or ranking names: a lead department as the plan writes it (a region's own target), else the region. */
export function unitName(meta: Meta, r: { region_id: string; department?: string | null }, lang: Lang): string {
  return r.department ?? regionName(meta, r.region_id, lang);
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

/** Whether a region has data in a month (inside the span of its months with data). */
export function regionHasMonth(meta: Meta, id: string, year: number, month: number): boolean {
  const p = meta.regionPlans.get(id);
  if (!p || p.first_month_index == null || p.last_month_index == null) return false;
  const i = year * 12 + month - 1;
  return i >= p.first_month_index && i <= p.last_month_index;
}
