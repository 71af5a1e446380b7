/** 泰安's illustrative series, one function per family (called by src/cli/generate-sample-data.ts). */
import type { SampleContext } from './context.ts';
import { LAST_MONTH, anchoredSeries, between, cumShare, rngFor, ytdSeries } from './shapes.ts';
import { DEVZONE_RATIO, PARK_COMPLETION, SHANDONG_TRADE_2019, SHANDONG_TRADE_YOY_2020_10 } from './taianPlan.ts';

/** Shandong goods trade (for the 全省平均 benchmark), 2019-01…2020-10. */
export function shandongTrade(ctx: SampleContext): void {
  const { push } = ctx;
  push('trade_goods', 'shandong', ytdSeries('trade_goods|shandong', 'trade', [
    { year: 2019, total: SHANDONG_TRADE_2019 },
    { year: 2020, total: SHANDONG_TRADE_2019 * cumShare('trade', LAST_MONTH) * (1 + SHANDONG_TRADE_YOY_2020_10) },
  ]));
}

/** Development-zone rates, 2020-01…2020-10, slowly moving. */
export function devzoneRates(ctx: SampleContext): void {
  const { devzones, target, push } = ctx;
  for (const z of devzones) {
    const r = DEVZONE_RATIO[z];
    if (!r) continue;
    const minI = target('zone_invest_intensity', z, 2020, 'min') ?? 280;
    const minT = target('zone_tax_per_mu', z, 2020, 'min') ?? 12;
    const rng = rngFor(`devzone|${z}`);
    const driftI = between(rng, 0.015, 0.04);
    const driftT = between(rng, 0.01, 0.05);
    push('zone_invest_intensity', z, anchoredSeries(`zone_invest_intensity|${z}`, [[2020, 1, (minI * r.intensity) / (1 + driftI)], [2020, LAST_MONTH, minI * r.intensity]], 0.004));
    push('zone_tax_per_mu', z, anchoredSeries(`zone_tax_per_mu|${z}`, [[2020, 1, (minT * r.tax) / (1 + driftT)], [2020, LAST_MONTH, minT * r.tax]], 0.006));
  }
}

/** Park output, 2019-01…2020-10, for parks with a numeric target. */
export function parkOutput(ctx: SampleContext): void {
  const { regions, target, push } = ctx;
  const parks = regions.filter((r) => r.level === 'park').map((r) => r.region_id!);
  for (const p of parks) {
    const t2020 = target('park_output', p, 2020, 'level');
    const t2022 = target('park_output', p, 2022, 'level');
    if (t2020 === undefined && t2022 === undefined) continue;
    const rng = rngFor(`park_output|${p}|plan`);
    let plan2020: number;
    let base2019: number;
    if (t2020 !== undefined) {
      plan2020 = t2020;
      base2019 = t2020 / (1 + between(rng, 0.08, 0.15));
    } else {
      const cagr = between(rng, 0.12, 0.22);
      base2019 = t2022! / (1 + cagr) ** 3;
      plan2020 = base2019 * (1 + cagr);
    }
    const completion = PARK_COMPLETION[p] ?? between(rng, 0.72, 0.95);
    push('park_output', p, ytdSeries(`park_output|${p}`, 'industry', [
      { year: 2019, total: base2019 },
      { year: 2020, total: plan2020 * completion },
    ]));
  }
}
