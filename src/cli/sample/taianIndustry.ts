/** 泰安's illustrative series, one function per family (called by src/cli/generate-sample-data.ts). */
import type { SampleContext } from './context.ts';
import { LAST_MONTH, between, cumShare, rngFor, ytdSeries } from './shapes.ts';
import { INDUSTRY_UNITS, RATIO_PACE } from './taianPlan.ts';

/** R&D and high-tech components for the 6 counties + 泰安高新区 (the app derives the ratios). */
export function industryComponents(ctx: SampleContext): void {
  const { regionIds, target, push } = ctx;

  const rdShare2025 = target('rd_ratio', 'taian', 2025, 'share') ?? 3;
  const rdPp = target('rd_ratio', 'taian', 2020, 'pp_change') ?? 0.23;
  const htShare2025 = target('hitech_share', 'taian', 2025, 'share') ?? 48;
  const htPp = target('hitech_share', 'taian', 2020, 'pp_change') ?? 0.62;
  // The yearly pp steps of the plan, walked back from 2025 to 2019.
  const rd2019 = rdShare2025 - rdPp * (2025 - 2019);
  const ht2019 = htShare2025 - htPp * (2025 - 2019);
  const city = {
    rd: { 2018: rd2019 - rdPp * 0.8, 2019: rd2019, 2020: rd2019 + rdPp * (RATIO_PACE.rd_ratio ?? 1) },
    ht: { 2018: ht2019 - htPp * 0.7, 2019: ht2019, 2020: ht2019 + htPp * (RATIO_PACE.hitech_share ?? 1) },
  };
  const ids = Object.keys(INDUSTRY_UNITS).filter((u) => regionIds.has(u));
  const unitYear = (u: string, key: 'rd' | 'ht', year: 2018 | 2019 | 2020) => {
    const rng = rngFor(`${key}|${u}|${year}`);
    return between(rng, 0.95, 1.05);
  };
  // Revenue and output by unit and year (2020 = Oct ytd).
  const rev: Record<string, Record<number, number>> = {};
  const out: Record<string, Record<number, number>> = {};
  for (const u of ids) {
    const c = INDUSTRY_UNITS[u]!;
    const rng = rngFor(`industry|${u}`);
    const g18 = between(rng, 0.03, 0.09);
    const outFactor = between(rng, 1.0, 1.06);
    rev[u] = { 2018: c.revenue2019 / (1 + g18), 2019: c.revenue2019, 2020: c.revenue2019 * cumShare('industry', LAST_MONTH) * (1 + c.yoy2020) };
    out[u] = { 2018: rev[u][2018]! * outFactor, 2019: rev[u][2019]! * outFactor, 2020: rev[u][2020]! * outFactor };
  }
  // Unit ratios: weight × unit noise, normalised so the summed ratio equals the city ratio.
  const ratios = (key: 'rd' | 'ht', denom: Record<string, Record<number, number>>) => {
    const res: Record<string, Record<number, number>> = {};
    for (const year of [2018, 2019, 2020] as const) {
      const w = ids.map((u) => (key === 'rd' ? INDUSTRY_UNITS[u]!.rd : INDUSTRY_UNITS[u]!.hitech) * unitYear(u, key, year));
      const totalDen = ids.reduce((a, u) => a + denom[u]![year]!, 0);
      const weighted = ids.reduce((a, u, i) => a + denom[u]![year]! * w[i]!, 0) / totalDen;
      ids.forEach((u, i) => {
        (res[u] ??= {})[year] = (city[key][year] * w[i]!) / weighted;
      });
    }
    return res;
  };
  const rdR = ratios('rd', rev);
  const htR = ratios('ht', out);
  // R&D spending is a little more December-heavy than revenue: scale the Oct ytd accordingly.
  const rdOct = cumShare('rd', LAST_MONTH) / cumShare('industry', LAST_MONTH);
  for (const u of ids) {
    const yrs = (v: Record<number, number>) => [
      { year: 2018, total: v[2018]! },
      { year: 2019, total: v[2019]! },
      { year: 2020, total: v[2020]! },
    ];
    const rd = { 2018: (rev[u]![2018]! * rdR[u]![2018]!) / 100, 2019: (rev[u]![2019]! * rdR[u]![2019]!) / 100, 2020: (rev[u]![2020]! * rdR[u]![2020]! * rdOct) / 100 };
    const ht = { 2018: (out[u]![2018]! * htR[u]![2018]!) / 100, 2019: (out[u]![2019]! * htR[u]![2019]!) / 100, 2020: (out[u]![2020]! * htR[u]![2020]!) / 100 };
    push('ind_revenue', u, ytdSeries(`ind_revenue|${u}`, 'industry', yrs(rev[u]!)));
    push('ind_output', u, ytdSeries(`ind_output|${u}`, 'industry', yrs(out[u]!)));
    push('rd_spend', u, ytdSeries(`rd_spend|${u}`, 'rd', yrs(rd)));
    push('hitech_output', u, ytdSeries(`hitech_output|${u}`, 'industry', yrs(ht)));
  }
}
