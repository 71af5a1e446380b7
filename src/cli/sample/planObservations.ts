/**
 * Illustrative actuals for the targets of data/sample/targets-plans.csv: the business-environment
 * plans of 郯城, 巨野, 高唐 and 山亭 and the rest of 泰安's plan. One generator per kind of target,
 * each on its own seeded stream (keyed by indicator and region), so the series of the original
 * sample (observations-illustrative.csv) never move when a plan target is added or changed.
 *
 * Months: the plan year from January to the data end (October, as for 泰安 2020); the year
 * before when a growth, a stock or a path from the base year needs it. Some series end ahead of
 * pace and some behind: a per-series performance factor draws from 0.8–1.2 of the target.
 */
import { fnv1a, mulberry32 } from './random.ts';

export interface PlanTarget {
  indicator_id: string; region_id: string; year: number; kind: string;
  value: number | null; value_high: number | null; base_year: number | null; target_year: number;
  ref_region_id: string | null;
}
export interface PlanIndicator { indicator_id: string; value_type: string; direction: string; unit: string; decimals: number }
export interface PlanObservation { indicator_id: string; region_id: string; period: string; value: number }

/** The data end of every plan year: October, as for 泰安 2020. */
export const PLAN_LAST_MONTH = 10;
const PLAN_SEED = 0x5eed2024;

type Rng = () => number;
const rngFor = (key: string): Rng => mulberry32((PLAN_SEED ^ fnv1a(key)) >>> 0);
const between = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng();
const period = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
const months = (last: number) => Array.from({ length: last }, (_, i) => i + 1);

/** A year-to-date count or amount: ends the year at `total`, with a mild seasonal bend. */
function ytdPath(rng: Rng, total: number, last: number): number[] {
  const bend = between(rng, 0.85, 1.2);
  let prev = 0;
  return months(last).map((m) => {
    const v = Math.max(prev, total * (m / 12) ** bend * between(rng, 0.97, 1.03));
    prev = v;
    return v;
  });
}

/** A value that moves from `from` to `to` over the months, with a little noise. */
function drift(rng: Rng, from: number, to: number, last: number, noise = 0.02): number[] {
  return months(last).map((m) => (from + (to - from) * (m / last)) * between(rng, 1 - noise, 1 + noise));
}

/** A plausible size for a series whose plan gives only a growth rate, by its unit. */
function magnitude(rng: Rng, unit: string): number {
  if (unit.includes('户')) return Math.round(between(rng, 2500, 6000));
  if (unit.includes('件')) return Math.round(between(rng, 3000, 9000));
  if (unit.includes('家')) return Math.round(between(rng, 40, 160));
  if (unit.includes('亿')) return between(rng, 20, 120);
  return between(rng, 50, 500);
}

interface Ctx { t: PlanTarget; ind: PlanIndicator; rng: Rng; perf: number; out: PlanObservation[] }
const push = (c: Ctx, region: string, y: number, values: number[]) =>
  values.forEach((v, i) => c.out.push({ indicator_id: c.ind.indicator_id, region_id: region, period: period(y, i + 1), value: v }));

/** A time limit or count that must not exceed the value: starts above, ends near it. */
function atMost(c: Ctx): void {
  const v = c.t.value!;
  const start = v * between(c.rng, 1.1, 1.6);
  const end = v * (2 - c.perf) * between(c.rng, 0.95, 1.05);
  push(c, c.t.region_id, c.t.year, drift(c.rng, start, Math.max(end, v * 0.6), PLAN_LAST_MONTH));
}

/** A rate that must reach the value (a share, 全覆盖 = 100 %): rises towards it, capped at 100. */
function atLeastRate(c: Ctx): void {
  const v = c.t.value!;
  const cap = c.ind.unit === '%' ? 100 : Infinity;
  const start = v * between(c.rng, 0.82, 0.95);
  const end = Math.min(cap, v * (0.94 + 0.1 * (c.perf - 0.8) / 0.4));
  // a share to reach by a later year starts from last December's value
  if (c.t.base_year !== null) push(c, c.t.region_id, c.t.year - 1, drift(c.rng, start * 0.97, start, 12, 0.005));
  push(c, c.t.region_id, c.t.year, drift(c.rng, start, end, PLAN_LAST_MONTH, 0.01).map((x) => Math.min(cap, x)));
}

/** A year's count or amount (level, range, 左右, or this year's share of a multi-year total). */
function yearTotal(c: Ctx): void {
  const t = c.t;
  let annual = t.value!;
  if (t.kind === 'cumulative' && t.base_year !== null) annual = t.value! / (t.target_year - t.base_year);
  if (t.kind === 'range') annual = t.value! + (t.value_high! - t.value!) * between(c.rng, 0, 0.6);
  push(c, t.region_id, t.year, ytdPath(c.rng, annual * c.perf, PLAN_LAST_MONTH));
}

/** A stock (a balance, a number of firms) on a path from its base year to the target year. */
function stockPath(c: Ctx): void {
  const t = c.t;
  const base = t.value! * between(c.rng, 0.45, 0.65);
  const yearEnd = base + ((t.value! - base) / (t.target_year - t.base_year!)) * c.perf;
  push(c, t.region_id, t.year - 1, drift(c.rng, base * 0.95, base, 12, 0.005));
  push(c, t.region_id, t.year, drift(c.rng, base, base + (yearEnd - base) * (PLAN_LAST_MONTH / 12), PLAN_LAST_MONTH, 0.005));
}

/** Growth on last year: last year's months, then this year's at last year × (1 + g) × performance. */
function growth(c: Ctx): void {
  const t = c.t;
  const g = t.value! / 100;
  const size = magnitude(c.rng, c.ind.unit);
  if (c.ind.value_type === 'stock') {
    const prev = drift(c.rng, size * 0.9, size, 12, 0.005);
    const end = size * (1 + g) * (0.97 + 0.06 * (c.perf - 0.8) / 0.4);
    push(c, t.region_id, t.year - 1, prev);
    push(c, t.region_id, t.year, drift(c.rng, size, size + (end - size) * (PLAN_LAST_MONTH / 12), PLAN_LAST_MONTH, 0.005));
    return;
  }
  const prev = ytdPath(c.rng, size, 12);
  push(c, t.region_id, t.year - 1, prev);
  const factor = (1 + g) * (0.9 + 0.2 * (c.perf - 0.8) / 0.4);
  push(c, t.region_id, t.year, prev.slice(0, PLAN_LAST_MONTH).map((v) => v * factor * between(c.rng, 0.99, 1.01)));
}

/** Percentage points on last year's rate. */
function ppChange(c: Ctx): void {
  const t = c.t;
  const base = between(c.rng, 15, 30);
  push(c, t.region_id, t.year - 1, drift(c.rng, base - 0.5, base, 12, 0.005));
  push(c, t.region_id, t.year, drift(c.rng, base, base + t.value! * c.perf, PLAN_LAST_MONTH, 0.005));
}

/** A rate judged against a reference region: the reference's series once, then the region's. */
function benchmark(c: Ctx, refDone: Set<string>): void {
  const t = c.t;
  const ref = t.ref_region_id!;
  const level = between(rngFor(`${t.indicator_id}|ref`), 40, 80);
  const refKey = `${t.indicator_id}|${ref}|${t.year}`;
  if (!refDone.has(refKey)) {
    refDone.add(refKey);
    push(c, ref, t.year, drift(rngFor(refKey), level * 0.96, level * 1.02, PLAN_LAST_MONTH, 0.005));
  }
  const own = level * (0.9 + 0.2 * (c.perf - 0.8) / 0.4);
  push(c, t.region_id, t.year, drift(c.rng, own * 0.97, own, PLAN_LAST_MONTH, 0.01));
}

/** Which generator a target needs, from its kind and its indicator's value type. */
function pick(t: PlanTarget, ind: PlanIndicator): ((c: Ctx) => void) | 'benchmark' {
  if (t.kind === 'benchmark') return 'benchmark';
  if (t.kind === 'growth') return growth;
  if (t.kind === 'pp_change') return ppChange;
  if (t.kind === 'max' || (ind.direction === 'lower' && ind.value_type === 'rate')) return atMost;
  if (ind.value_type === 'rate') return atLeastRate;
  if (ind.value_type === 'stock' && t.base_year !== null) return stockPath;
  return yearTotal;
}

/**
 * One series per indicator and region, from the target judged in the plan year (the first
 * listed when several are, e.g. the 2020 land target before the 2020–2025 total).
 */
export function generatePlanObservations(targets: PlanTarget[], indicators: PlanIndicator[]): PlanObservation[] {
  const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
  const out: PlanObservation[] = [];
  const done = new Set<string>();
  const refDone = new Set<string>();
  for (const t of targets) {
    const ind = byId.get(t.indicator_id);
    const key = `${t.indicator_id}|${t.region_id}`;
    if (!ind || done.has(key)) continue;
    done.add(key);
    const rng = rngFor(key);
    const c: Ctx = { t, ind, rng, perf: between(rng, 0.8, 1.2), out };
    const gen = pick(t, ind);
    if (gen === 'benchmark') benchmark(c, refDone);
    else gen(c);
  }
  return out;
}
