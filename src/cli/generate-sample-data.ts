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
import type { SampleContext } from './sample/context.ts';
import { daysSeries } from './sample/daysSeries.ts';
import { cityFlows, financeBalance, unitAdditive } from './sample/taianFlows.ts';
import { industryComponents } from './sample/taianIndustry.ts';
import { devzoneRates, parkOutput, shandongTrade } from './sample/taianZones.ts';
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

export { fnv1a, mulberry32 } from './sample/random.ts';
export { cumShare, SEED } from './sample/shapes.ts';
export { UNIT_COMPLETION } from './sample/taianPlan.ts';

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

  const ctx: SampleContext = { regions, targets, units, devzones, regionIds, target, push };
  for (const family of [unitAdditive, cityFlows, financeBalance, industryComponents, shandongTrade, devzoneRates, parkOutput, daysSeries]) family(ctx);

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
