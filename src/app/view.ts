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
  const firstFamily = meta.indicatorList.find((i) => i.family)?.indicator_id ?? meta.indicatorList[0]?.indicator_id ?? '';
  let indicatorId = firstFamily;
  if (state.indicator) {
    if (meta.indicators.has(state.indicator)) indicatorId = state.indicator;
    else unknown.push({ key: 'indicator', value: state.indicator });
  }
  const year = state.year ?? meta.defaults.year ?? new Date().getFullYear();
  const month = state.month ?? (state.year !== null && state.year !== meta.defaults.year ? 12 : (meta.defaults.month ?? 12));
  return { ...state, regionId, indicatorId, year, month, unknown };
}
