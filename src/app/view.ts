/** The URL's view state resolved against the data: defaults filled in, unknown ids flagged. */
import type { ViewState } from '../state/urlState.ts';
import type { Meta } from './meta.ts';

export interface ResolvedView extends ViewState {
  regionId: string;
  indicatorId: string;
  year: number;
  month: number;
  /** ids from the URL that name nothing in the data */
  unknown: { key: 'region' | 'indicator'; value: string }[];
}

export function resolveView(state: ViewState, meta: Meta): ResolvedView {
  const unknown: ResolvedView['unknown'] = [];
  let regionId = meta.defaults.region_id ?? meta.regionList[0]?.region_id ?? '';
  if (state.region) {
    if (meta.regions.has(state.region)) regionId = state.region;
    else unknown.push({ key: 'region', value: state.region });
  }
  // the region's first headline card (巨野县: its service time limit, not Tai'an's foreign capital)
  const headline = meta.regionPlans.get(regionId)?.headline_indicator_id;
  const firstFamily = meta.indicatorList.find((i) => i.family)?.indicator_id ?? meta.indicatorList[0]?.indicator_id ?? '';
  let indicatorId = headline && meta.indicators.has(headline) ? headline : firstFamily;
  if (state.indicator) {
    if (meta.indicators.has(state.indicator)) indicatorId = state.indicator;
    else unknown.push({ key: 'indicator', value: state.indicator });
  }
  // each government opens on its own plan: the latest month with data for the region's targets
  const plan = meta.regionPlans.get(regionId);
  const openYear = plan?.default_year ?? meta.defaults.year;
  const openMonth = plan?.default_year != null ? plan.default_month : meta.defaults.month;
  const year = state.year ?? openYear ?? new Date().getFullYear();
  const month = state.month ?? (state.year !== null && state.year !== openYear ? 12 : (openMonth ?? 12));
  return { ...state, regionId, indicatorId, year, month, unknown };
}
