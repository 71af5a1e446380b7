/** data/sample/targets-plans.csv and indicators-plans.csv in, observations-plans.csv text out. */
import { generatePlanObservations, type PlanIndicator, type PlanTarget } from './planObservations.ts';
import { roundForSample } from './rounding.ts';

type Row = Record<string, string | undefined>;
const numOrNull = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : Number(s));

export function planObservationsCsv(targets: Row[], indicators: Row[]): string {
  const inds: PlanIndicator[] = indicators.map((i) => ({
    indicator_id: i.indicator_id!, value_type: i.value_type || 'ytd', direction: i.direction!, unit: i.unit!,
    decimals: Number.isFinite(numOrNull(i.decimals)) ? Number(i.decimals) : 2,
  }));
  const ts: PlanTarget[] = targets.map((t) => {
    const targetYear = Number(t.year);
    const baseYear = numOrNull(t.base_year);
    return {
      indicator_id: t.indicator_id!, region_id: t.region_id!, kind: t.kind!, value: numOrNull(t.value), value_high: numOrNull(t.value_high),
      base_year: baseYear, target_year: targetYear, ref_region_id: t.ref_region_id || null,
      // a target for a later year is shown on its way, from the year after its base year
      year: baseYear !== null && baseYear < targetYear ? baseYear + 1 : targetYear,
    };
  });
  const decimals = new Map(inds.map((i) => [i.indicator_id, i.decimals]));
  const lines = ['indicator_id,region_id,period,value,quality'];
  for (const o of generatePlanObservations(ts, inds)) {
    lines.push([o.indicator_id, o.region_id, o.period, roundForSample(o.value, decimals.get(o.indicator_id) ?? 2), 'illustrative'].join(','));
  }
  return lines.join('\n') + '\n';
}
