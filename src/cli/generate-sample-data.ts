/**
 * Illustrative actuals (示例数据) for the bundled sample plans.
 *
 * The targets in data/sample/targets.csv are real (copied from the seed plans, with doc_id,
 * line and quote). The monthly statistics are NOT in the seeds: this script invents them,
 * deterministically, so the screens have something coherent to show. Every row it writes
 * carries quality = `illustrative`.
 *
 * The invented numbers follow the plans:
 * - 2019 full year (December year-to-date) ≈ 2020 target / (1 + target growth), so the level
 *   target and the growth target tell the same story; unit bases get a factor in [0.88, 1.12].
 * - ytd flows are cumulative and non-decreasing within a year; a common seasonal profile per
 *   family (investment heavier in December), a COVID dip in 2020-01…03, then recovery.
 * - At 2020-10 (time progress 10/12) a deliberate mix of units ahead of / slightly behind /
 *   far behind pace, different units per indicator (see UNIT_COMPLETION).
 *
 * Run: `npx tsx src/cli/generate-sample-data.ts` (reads regions/indicators/targets from
 * data/sample/, writes data/sample/observations-illustrative.csv). Same output on every run.
 */
import Papa from 'papaparse';
import { readFileSync, writeFileSync } from 'node:fs';
import { planObservationsCsv } from './sample/planCsv.ts';
import { fnv1a, mulberry32 } from './sample/random.ts';
import { roundForSample } from './sample/rounding.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type CsvRow = Record<string, string>;

export interface Observation {
  indicator_id: string;
  region_id: string;
  period: string;
  value: number;
}

export const OBS_HEADER = ['indicator_id', 'region_id', 'period', 'value', 'quality'] as const;
export const QUALITY = 'illustrative';
export const SEED = 20200417; // date of 泰安市工业经济发展攻坚指挥部〔2020〕1号

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

export { fnv1a, mulberry32 } from './sample/random.ts';

/** One stream per series, so adding a series never shifts the numbers of another. */
function rngFor(key: string): () => number {
  return mulberry32((SEED ^ fnv1a(key)) >>> 0);
}

const between = (rng: () => number, lo: number, hi: number) => lo + (hi - lo) * rng();

// ---------------------------------------------------------------------------------------------
// Shapes

/** Monthly flow weights (Jan…Dec, sum 100): the seasonal profile of each family. */
const PROFILE = {
  investment: [5, 5, 9, 7, 8, 11, 7, 8, 10, 10, 8, 12],
  trade: [7, 6, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9],
  industry: [7, 6, 8, 8, 8, 9, 8, 8, 9, 9, 10, 10],
  rd: [6, 5, 8, 8, 8, 9, 8, 8, 9, 9, 10, 12],
  loans: [14, 6, 12, 7, 7, 11, 5, 7, 9, 4, 7, 11],
  techContracts: [4, 4, 7, 7, 7, 10, 7, 7, 10, 9, 10, 18],
} as const;
type ProfileName = keyof typeof PROFILE;

/** 2020 multipliers on the Jan…Oct flows: the COVID dip and the recovery. */
const COVID: Record<ProfileName, readonly number[]> = {
  investment: [0.55, 0.25, 0.55, 0.9, 1.05, 1.1, 1.1, 1.1, 1.1, 1.1],
  trade: [0.9, 0.55, 0.8, 0.95, 1, 1.05, 1.05, 1.05, 1.05, 1.05],
  industry: [0.85, 0.35, 0.75, 0.95, 1.02, 1.05, 1.05, 1.05, 1.05, 1.05],
  rd: [0.85, 0.35, 0.75, 0.95, 1.02, 1.05, 1.05, 1.05, 1.05, 1.05],
  loans: [1, 0.8, 1.1, 1, 1, 1, 1, 1, 1, 1],
  techContracts: [0.8, 0.4, 0.7, 0.95, 1, 1.05, 1.05, 1.05, 1.05, 1.05],
};

/** Share of the year's flow that the profile puts in months 1..m. */
export function cumShare(profile: ProfileName, m: number): number {
  const w = PROFILE[profile];
  let s = 0;
  for (let i = 0; i < m; i++) s += w[i] ?? 0;
  return s / 100;
}

const LAST_YEAR = 2020;
const LAST_MONTH = 10; // data end: 2020-10

/** Months of one year's flow that add up to `total` over the first `months` months. */
function yearFlows(rng: () => number, profile: ProfileName, total: number, months: number, mult?: readonly number[]): number[] {
  const w: number[] = [];
  for (let m = 0; m < months; m++) {
    const noise = 1 + 0.12 * (2 * rng() - 1);
    w.push((PROFILE[profile][m] ?? 0) * (mult?.[m] ?? 1) * noise);
  }
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (x / s) * total);
}

const period = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

/**
 * Year-to-date series. `years` lists, per year, the value the ytd reaches at its last month:
 * full years end in December; the current year ends at LAST_MONTH with the COVID shape.
 */
function ytdSeries(key: string, profile: ProfileName, years: { year: number; total: number }[]): [string, number][] {
  const rng = rngFor(key);
  const out: [string, number][] = [];
  for (const { year, total } of years) {
    const months = year === LAST_YEAR ? LAST_MONTH : 12;
    const flows = yearFlows(rng, profile, total, months, year === 2020 ? COVID[profile] : undefined);
    let cum = 0;
    flows.forEach((f, i) => {
      cum += f;
      out.push([period(year, i + 1), cum]);
    });
  }
  return out;
}

/** A slowly moving monthly value through anchor points (exact at the anchors, small noise between). */
function anchoredSeries(key: string, anchors: [number, number, number][], noise: number): [string, number][] {
  const rng = rngFor(key);
  const idx = (y: number, m: number) => y * 12 + (m - 1);
  const out: [string, number][] = [];
  for (let a = 0; a < anchors.length - 1; a++) {
    const [y0, m0, v0] = anchors[a]!;
    const [y1, m1, v1] = anchors[a + 1]!;
    const i0 = idx(y0, m0);
    const i1 = idx(y1, m1);
    for (let i = a === 0 ? i0 : i0 + 1; i <= i1; i++) {
      const t = (i - i0) / (i1 - i0);
      const atAnchor = i === i0 || i === i1;
      const v = (v0 + (v1 - v0) * t) * (atAnchor ? 1 : 1 + noise * (2 * rng() - 1));
      out.push([period(Math.floor(i / 12), (i % 12) + 1), v]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The story at 2020-10 (time progress 83.3%): completion of each unit's 2020 level target.
// ≥ 0.833 ahead of pace; 0.783–0.833 slightly behind; < 0.783 far behind.

export const UNIT_COMPLETION: Record<string, Record<string, number>> = {
  fdi: {
    gaoxin: 0.91, xintai: 0.87, taishan_scenic: 0.95, ningyang: 0.86, // ahead
    taishan: 0.81, feicheng: 0.8, culaishan: 0.79, // slightly behind
    daiyue: 0.66, dongping: 0.62, tourism_zone: 0.58, // far behind
  },
  domestic_funds: {
    taishan: 0.88, daiyue: 0.9, feicheng: 0.84, tourism_zone: 0.92,
    ningyang: 0.8, gaoxin: 0.82, culaishan: 0.81,
    xintai: 0.76, dongping: 0.7, taishan_scenic: 0.65,
  },
  trade_goods: {
    taishan: 0.9, xintai: 0.88, feicheng: 0.92, gaoxin: 0.95, culaishan: 0.86,
    daiyue: 0.79, dongping: 0.81,
    ningyang: 0.74, taishan_scenic: 0.7,
  },
  trade_services: {
    daiyue: 0.9, feicheng: 0.86, ningyang: 0.95, gaoxin: 0.84,
    taishan: 0.8, taishan_scenic: 0.8,
    xintai: 0.72, dongping: 0.6,
  },
};

/** Per additive unit indicator: seasonal family and the 2018→2019 growth range. */
const UNIT_ADDITIVE: Record<string, { profile: ProfileName; growth2019: [number, number] }> = {
  fdi: { profile: 'investment', growth2019: [-0.08, 0.25] },
  domestic_funds: { profile: 'investment', growth2019: [0.04, 0.18] },
  trade_goods: { profile: 'trade', growth2019: [0.0, 0.14] },
  trade_services: { profile: 'trade', growth2019: [0.02, 0.12] },
};

/** City-only year-to-date indicators: assumed 2020-over-2019 plan growth and 2020-10 completion. */
const CITY_YTD: Record<string, { profile: ProfileName; planGrowth: number; growth2019: number; completion: number }> = {
  new_loans: { profile: 'loans', planGrowth: 0.145, growth2019: 0.11, completion: 0.907 }, // ahead
  tech_contracts: { profile: 'techContracts', planGrowth: 0.23, growth2019: 0.2, completion: 0.76 }, // behind linear pace, on track seasonally
};

/** Industrial financing balance (stock, 亿元) at the end of 2019: illustrative scale. */
const FINANCE_BALANCE_2019 = 1130;
/** Share of the 10% balance-growth target reached pro rata by 2020-10. */
const FINANCE_BALANCE_PACE = 0.96;

/** Industry by unit (6 counties + 泰安高新区): 2019 revenue (亿元), R&D and high-tech intensity weights, 2020-10 yoy. */
const INDUSTRY_UNITS: Record<string, { revenue2019: number; rd: number; hitech: number; yoy2020: number }> = {
  taishan: { revenue2019: 260, rd: 0.9, hitech: 0.95, yoy2020: 0.01 },
  daiyue: { revenue2019: 420, rd: 0.8, hitech: 0.85, yoy2020: -0.02 },
  xintai: { revenue2019: 520, rd: 0.85, hitech: 0.9, yoy2020: 0.03 },
  feicheng: { revenue2019: 560, rd: 1.0, hitech: 1.0, yoy2020: 0.04 },
  ningyang: { revenue2019: 330, rd: 0.75, hitech: 0.8, yoy2020: -0.01 },
  dongping: { revenue2019: 230, rd: 0.6, hitech: 0.7, yoy2020: 0.02 },
  gaoxin: { revenue2019: 380, rd: 1.9, hitech: 1.55, yoy2020: 0.06 },
};
/** Share of the yearly percentage-point target reached in 2020: R&D lags, high-tech leads. */
const RATIO_PACE: Record<string, number> = { rd_ratio: 0.6, hitech_share: 1.5 };

/** Development-zone rates at 2020-10 as a multiple of the 280 / 12 万元/亩 minimum. */
const DEVZONE_RATIO: Record<string, { intensity: number; tax: number }> = {
  gaoxin: { intensity: 1.26, tax: 1.63 },
  taishan_edz: { intensity: 1.14, tax: 1.27 },
  daiyue_edz: { intensity: 1.06, tax: 1.09 },
  xintai_edz: { intensity: 1.09, tax: 1.17 },
  feicheng_edz: { intensity: 1.03, tax: 1.05 },
  feicheng_htz: { intensity: 1.04, tax: 0.96 }, // tax below 12
  ningyang_edz: { intensity: 1.07, tax: 1.12 },
  dongping_edz: { intensity: 0.94, tax: 1.02 }, // intensity below 280
};

/** Parks with a 2020 target (新泰): completion at 2020-10. Others draw theirs from the rng. */
const PARK_COMPLETION: Record<string, number> = {
  xintai_edz_optoelectronics: 0.88,
  xintai_edz_biomed: 0.79,
  xintai_edz_smart_mfg: 0.72,
};

/** Days indicators (lower is better): value at month 10 of the target year, as a multiple of the limit. */
const DAYS_RATIO: Record<string, { start: number; prevEnd: number; end: number }> = {
  // export_refund_days by county
  juye: { start: 1.55, prevEnd: 1.2, end: 0.87 },
  gaotang: { start: 1.7, prevEnd: 1.35, end: 1.15 }, // above its 2-day limit
  shanting: { start: 1.48, prevEnd: 1.18, end: 0.9 },
  // credit_approval_days, 泰安市
  taian: { start: 2.17, prevEnd: 1.63, end: 1.1 }, // 3.3 days vs 3
};

/** Shandong goods trade (亿元): 2019 full year, illustrative scale, and growth at 2020-10. */
const SHANDONG_TRADE_2019 = 20420;
const SHANDONG_TRADE_YOY_2020_10 = 0.052;

// ---------------------------------------------------------------------------------------------

function num(s: string | undefined): number {
  if (s === undefined || s.trim() === '') return NaN;
  return Number(s);
}

export function parseCsv(text: string): CsvRow[] {
  const res = Papa.parse<CsvRow>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return res.data;
}

/**
 * The pure generator: regions, indicators and targets in, observations CSV text out.
 * Deterministic: the same inputs always give the same bytes.
 */
export function generateObservations(regions: CsvRow[], indicators: CsvRow[], targets: CsvRow[]): string {
  const obs: Observation[] = [];
  const regionIds = new Set(regions.map((r) => r.region_id));
  const hasTag = (r: CsvRow, tag: string) => (r.tags ?? '').split(';').includes(tag);
  const units = regions.filter((r) => hasTag(r, 'unit')).map((r) => r.region_id!);
  const devzones = regions.filter((r) => hasTag(r, 'devzone')).map((r) => r.region_id!);
  const indicatorIds = new Set(indicators.map((i) => i.indicator_id));

  const target = (ind: string, region: string, year: number, kind: string): number | undefined => {
    const t = targets.find((x) => x.indicator_id === ind && x.region_id === region && Number(x.year) === year && x.kind === kind);
    const v = num(t?.value);
    return Number.isFinite(v) ? v : undefined;
  };
  const push = (ind: string, region: string, series: [string, number][]) => {
    if (!indicatorIds.has(ind) || !regionIds.has(region)) return;
    for (const [p, v] of series) obs.push({ indicator_id: ind, region_id: region, period: p, value: v });
  };

  // 1. Additive unit indicators: units only (the app sums them into 泰安市).
  for (const [ind, cfg] of Object.entries(UNIT_ADDITIVE)) {
    const unitTargets = units
      .map((u) => ({ u, t: target(ind, u, 2020, 'level') }))
      .filter((x): x is { u: string; t: number } => x.t !== undefined);
    if (unitTargets.length === 0) continue;
    const sumUnits = unitTargets.reduce((a, x) => a + x.t, 0);
    const cityLevel = target(ind, 'taian', 2020, 'level') ?? sumUnits;
    const g = (target(ind, 'taian', 2020, 'growth') ?? 10) / 100;
    const cityBase = cityLevel / (1 + g);
    const raw = unitTargets.map(({ u, t }) => {
      const rng = rngFor(`${ind}|${u}|factor`);
      return { u, t, raw: (t / (1 + g)) * between(rng, 0.88, 1.12), g18: between(rng, ...cfg.growth2019), c: between(rng, 0.72, 0.95) };
    });
    const k = cityBase / raw.reduce((a, x) => a + x.raw, 0);
    for (const x of raw) {
      const base2019 = x.raw * k;
      const completion = UNIT_COMPLETION[ind]?.[x.u] ?? x.c;
      push(ind, x.u, ytdSeries(`${ind}|${x.u}`, cfg.profile, [
        { year: 2018, total: base2019 / (1 + x.g18) },
        { year: 2019, total: base2019 },
        { year: 2020, total: x.t * completion },
      ]));
    }
  }

  // 2. City-only flows (no unit split in the plan): 泰安市 rows.
  for (const [ind, cfg] of Object.entries(CITY_YTD)) {
    const t = target(ind, 'taian', 2020, 'level');
    if (t === undefined) continue;
    const base2019 = t / (1 + cfg.planGrowth);
    push(ind, 'taian', ytdSeries(`${ind}|taian`, cfg.profile, [
      { year: 2018, total: base2019 / (1 + cfg.growth2019) },
      { year: 2019, total: base2019 },
      { year: 2020, total: t * cfg.completion },
    ]));
  }

  // 3. Industrial financing balance (stock): month-end values, growth target from the plan.
  {
    const g = (target('ind_finance_balance', 'taian', 2020, 'growth') ?? 10) / 100;
    const end2019 = FINANCE_BALANCE_2019;
    const end2018 = end2019 / 1.072;
    const end2017 = end2018 / 1.058;
    const oct2020 = end2019 * (1 + g * (LAST_MONTH / 12) * FINANCE_BALANCE_PACE);
    const rng = rngFor('ind_finance_balance|taian');
    const series: [string, number][] = [];
    const legs: [number, number, number, number][] = [
      [2018, end2017, end2018, 12],
      [2019, end2018, end2019, 12],
      [2020, end2019, oct2020, LAST_MONTH],
    ];
    for (const [year, from, to, months] of legs) {
      const rate = (to / from) ** (1 / months);
      for (let m = 1; m <= months; m++) {
        const exact = m === months;
        series.push([period(year, m), from * rate ** m * (exact ? 1 : 1 + 0.004 * (2 * rng() - 1))]);
      }
    }
    push('ind_finance_balance', 'taian', series);
  }

  // 4. R&D and high-tech components for the 6 counties + 泰安高新区 (the app derives the ratios).
  {
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

  // 5. Shandong goods trade (for the 全省平均 benchmark), 2019-01…2020-10.
  push('trade_goods', 'shandong', ytdSeries('trade_goods|shandong', 'trade', [
    { year: 2019, total: SHANDONG_TRADE_2019 },
    { year: 2020, total: SHANDONG_TRADE_2019 * cumShare('trade', LAST_MONTH) * (1 + SHANDONG_TRADE_YOY_2020_10) },
  ]));

  // 6. Development-zone rates, 2020-01…2020-10, slowly moving.
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

  // 7. Park output, 2019-01…2020-10, for parks with a numeric target.
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

  // 8. Days (lower is better): each plan's year up to month 10, plus the year before.
  const daysSeries = (ind: string, region: string, year: number, limit: number) => {
    const r = DAYS_RATIO[region];
    if (!r) return;
    push(ind, region, anchoredSeries(`${ind}|${region}`, [
      [year - 1, 1, limit * r.start],
      [year - 1, 12, limit * r.prevEnd],
      [year, LAST_MONTH, limit * r.end],
    ], 0.03));
  };
  for (const t of targets.filter((x) => x.indicator_id === 'export_refund_days' && x.kind === 'max')) {
    daysSeries('export_refund_days', t.region_id!, Number(t.year), Number(t.value));
  }
  const credit = target('credit_approval_days', 'taian', 2020, 'max');
  if (credit !== undefined) daysSeries('credit_approval_days', 'taian', 2020, credit);

  // Round (cumulative values are rounded after summing, so ytd stays non-decreasing) and write.
  const decimals = new Map(indicators.map((i) => [i.indicator_id, Number.isFinite(num(i.decimals)) ? num(i.decimals) : 2]));
  const indOrder = new Map(indicators.map((i, k) => [i.indicator_id, num(i.sort_order) || k]));
  const regOrder = new Map(regions.map((r, k) => [r.region_id, num(r.sort_order) || k]));
  obs.sort(
    (a, b) =>
      (indOrder.get(a.indicator_id) ?? 0) - (indOrder.get(b.indicator_id) ?? 0) ||
      (regOrder.get(a.region_id) ?? 0) - (regOrder.get(b.region_id) ?? 0) ||
      a.period.localeCompare(b.period),
  );
  const lines = [OBS_HEADER.join(',')];
  for (const o of obs) {
    const d = decimals.get(o.indicator_id) ?? 2;
    lines.push([o.indicator_id, o.region_id, o.period, roundForSample(o.value, d), QUALITY].join(','));
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------

export const SAMPLE_DIR = fileURLToPath(new URL('../../data/sample/', import.meta.url));

export function readSample(name: string): CsvRow[] {
  return parseCsv(readFileSync(SAMPLE_DIR + name, 'utf8'));
}

function main() {
  const csv = generateObservations(readSample('regions.csv'), readSample('indicators.csv'), readSample('targets.csv'));
  const file = SAMPLE_DIR + 'observations-illustrative.csv';
  writeFileSync(file, csv, 'utf8');
  console.log(`wrote ${file}: ${csv.trimEnd().split('\n').length - 1} rows`);
  // the other plans' targets: their own file and their own seeded streams (src/cli/sample/)
  const plans = planObservationsCsv(readSample('targets-plans.csv'), readSample('indicators-plans.csv'));
  const planFile = SAMPLE_DIR + 'observations-plans.csv';
  writeFileSync(planFile, plans, 'utf8');
  console.log(`wrote ${planFile}: ${plans.trimEnd().split('\n').length - 1} rows`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
