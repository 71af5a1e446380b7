/** 泰安's illustrative series, one function per family (called by src/cli/generate-sample-data.ts). */
import type { SampleContext } from './context.ts';
import { LAST_MONTH, anchoredSeries } from './shapes.ts';
import { DAYS_RATIO } from './taianPlan.ts';

/** Days (lower is better): each plan's year up to month 10, plus the year before. */
export function daysSeries(ctx: SampleContext): void {
  const { targets, target, push } = ctx;
  const series = (ind: string, region: string, year: number, limit: number) => {
    const r = DAYS_RATIO[region];
    if (!r) return;
    push(ind, region, anchoredSeries(`${ind}|${region}`, [
      [year - 1, 1, limit * r.start],
      [year - 1, 12, limit * r.prevEnd],
      [year, LAST_MONTH, limit * r.end],
    ], 0.03));
  };
  for (const t of targets.filter((x) => x.indicator_id === 'export_refund_days' && x.kind === 'max')) {
    series('export_refund_days', t.region_id!, Number(t.year), Number(t.value));
  }
  const credit = target('credit_approval_days', 'taian', 2020, 'max');
  if (credit !== undefined) series('credit_approval_days', 'taian', 2020, credit);
}
