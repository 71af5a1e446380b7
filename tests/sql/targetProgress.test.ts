/**
 * The semantic layer against real DuckDB on tests/fixtures/semantics. Every expected number is
 * worked out by hand in the comment next to it from the fixture CSVs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Db } from '../../src/db/types.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';

let db: Db;
type P = Record<string, number | string | null | boolean>;
let at6: Map<string, P>;

beforeAll(async () => {
  ({ db } = await loadFixture(join(ROOT, 'tests/fixtures/semantics')));
  const rows = await db.query<P>('SELECT * FROM progress_at(?, ?)', [2020, 6]);
  at6 = new Map(rows.map((r) => [r.target_id as string, r]));
});
afterAll(() => db.close());

const row = (id: string) => {
  const r = at6.get(id);
  if (!r) throw new Error(`no row for ${id}`);
  return r;
};

describe('observations roll up and ratios are recomputed', () => {
  it('sums the counties into the city when the city reports nothing', async () => {
    // a 45 + b 30 = 75; the parks under b's zone are not added again because b reports itself
    const [r] = await db.query<P>("SELECT value, origin, n_parts FROM series WHERE indicator_id='flow' AND region_id='city' AND year=2020 AND month=6");
    expect(r).toMatchObject({ value: 75, origin: 'sum', n_parts: 2 });
  });
  it('sums parks into their zone', async () => {
    // p1 8 + p2 4
    const [r] = await db.query<P>("SELECT value FROM series WHERE indicator_id='flow' AND region_id='z' AND year=2020 AND month=6");
    expect(r!.value).toBe(12);
  });
  it('recomputes a ratio from summed numerator and denominator, never averaging ratios', async () => {
    // a 1/20 = 5 %, b 3/80 = 3.75 %; city = 100 * (1+3)/(20+80) = 4 % (the mean of ratios would be 4.375)
    const [r] = await db.query<P>("SELECT value, origin FROM series WHERE indicator_id='ratio' AND region_id='city' AND year=2020 AND month=6");
    expect(r!.value).toBeCloseTo(4, 10);
    expect(r!.origin).toBe('ratio');
  });
  it('accumulates a monthly period flow into year to date', async () => {
    // 5 + 7 + 8
    const [r] = await db.query<P>("SELECT value FROM series WHERE indicator_id='mflow' AND region_id='a' AND year=2020 AND month=3");
    expect(r!.value).toBe(20);
  });
  it('computes year-on-year growth from cumulative values', async () => {
    // city June: 75 vs 60 -> +25 %
    const [r] = await db.query<P>("SELECT yoy_pct FROM series WHERE indicator_id='flow' AND region_id='city' AND year=2020 AND month=6");
    expect(r!.yoy_pct).toBeCloseTo(25, 10);
  });
});

describe('level targets against time progress', () => {
  it('city: 75 of 150 at June is exactly on pace', () => {
    const r = row('t_city_level');
    expect(r.completion).toBeCloseTo(0.5, 10);
    expect(r.time_progress).toBeCloseTo(0.5, 10);
    expect(r.pace_gap).toBeCloseTo(0, 10);
    expect(r.status).toBe('ahead');
  });
  it('county a: 45 of 110 is 40.9 %, 9.1 points behind 50 %: far behind, since March', () => {
    const r = row('t_a_level');
    expect(r.completion).toBeCloseTo(45 / 110, 10);
    expect(r.pace_gap).toBeCloseTo((45 / 110 - 0.5) * 100, 8);
    expect(r.status).toBe('far_behind');
    // March: 20/110 = 18.2 % vs 25 %, never on pace this year
    expect(r.behind_since_month).toBe(3);
  });
  it('county b: 30 of 56 is 53.6 %, ahead', () => {
    expect(row('t_b_level').status).toBe('ahead');
    expect(row('t_b_level').pace_gap).toBeCloseTo((30 / 56 - 0.5) * 100, 8);
  });
  it('ranks siblings by pace: b first, a second, of two', () => {
    expect(row('t_b_level')).toMatchObject({ sibling_rank: 1, sibling_count: 2 });
    expect(row('t_a_level')).toMatchObject({ sibling_rank: 2, sibling_count: 2 });
  });
  it('projects the year end with last year shape: a 45 x 100/40 = 112.5', () => {
    const r = row('t_a_level');
    expect(r.projection).toBeCloseTo(112.5, 10);
    expect(r.projection_method).toBe('seasonal');
    expect(r.projected_completion).toBeCloseTo(112.5 / 110, 10);
  });
  it('uses the latest month with data when the chosen month has none (period flow, March)', () => {
    const r = row('t_a_mflow');
    expect(r.month).toBe(3);
    expect(r.completion).toBeCloseTo(0.25, 10);
    expect(r.status).toBe('ahead');
    // no previous year: linear projection 20 / (3/12)
    expect(r.projection).toBeCloseTo(80, 10);
  });
});

describe('growth targets follow last year', () => {
  it('city +20 %: target level 150 x 1.2 = 180; pace line 60 x 1.2 = 72; 75 is ahead', () => {
    const r = row('t_city_growth');
    expect(r.target_value).toBeCloseTo(180, 10);
    expect(r.path_value).toBeCloseTo(72, 10);
    expect(r.completion).toBeCloseTo(75 / 180, 10);
    expect(r.expected).toBeCloseTo(72 / 180, 10);
    expect(r.yoy_pct).toBeCloseTo(25, 10);
    expect(r.status).toBe('ahead');
  });
  it('a stock +10 %: 200 x 1.1 = 220; June pace 180 x 1.1 = 198; 215 ahead; trend projection 200 + 15/0.5', () => {
    const r = row('t_city_bal');
    expect(r.target_value).toBeCloseTo(220, 10);
    expect(r.expected).toBeCloseTo(198 / 220, 10);
    expect(r.pace_gap).toBeCloseTo(((215 - 198) / 220) * 100, 8);
    expect(r.projection).toBeCloseTo(230, 10);
  });
  it('a level target outranks a growth target as the primary one', () => {
    expect(row('t_city_level').is_primary).toBe(true);
    expect(row('t_city_growth').is_primary).toBe(false);
  });
});

describe('share, pp_change, multi-year path', () => {
  it('6 % by 2025 from 3 % in 2019: the 2020 path value is 3 + 3 x 1/6 = 3.5; 4 % is ahead', () => {
    const r = row('t_city_ratio');
    expect(r.is_path).toBe(true);
    expect(r.path_base).toBeCloseTo(3, 10);
    expect(r.target_value).toBeCloseTo(3.5, 10);
    expect(r.pace_gap).toBeCloseTo((4 / 3.5 - 1) * 100, 8);
    expect(r.status).toBe('ahead');
  });
  it('+0.5 pp on last year 3 % means 3.5 %', () => {
    expect(row('t_city_pp').target_value).toBeCloseTo(3.5, 10);
  });
  it('a park level for 2022 from 10 in 2019: 2020 path value 10 + 30/3 = 20; 8 by June is 40 %, far behind', () => {
    const r = row('t_p1_2022');
    expect(r.target_value).toBeCloseTo(20, 10);
    expect(r.completion).toBeCloseTo(0.4, 10);
    expect(r.pace_gap).toBeCloseTo(-10, 8);
    expect(r.status).toBe('far_behind');
  });
});

describe('lower is better, benchmark', () => {
  it('max 3 days: 3.3 days is 3/3.3 = 90.9 %, far behind; 2.9 days is ahead', () => {
    expect(row('t_a_days').completion).toBeCloseTo(3 / 3.3, 10);
    expect(row('t_a_days').status).toBe('far_behind');
    expect(row('t_b_days').status).toBe('ahead');
  });
  it('benchmark: city growth 25 % vs province 1200/1000 = 20 %: gap +5 pp', () => {
    const r = row('t_city_bench');
    expect(r.own_measure).toBeCloseTo(25, 10);
    expect(r.benchmark_value).toBeCloseTo(20, 10);
    expect(r.pace_gap).toBeCloseTo(5, 8);
    expect(r.completion).toBeNull();
  });
});

describe('status thresholds are defined once', () => {
  it('publishes the floor of slightly behind', async () => {
    const rows = await db.query<P>('SELECT status, gap_from FROM status_thresholds ORDER BY severity');
    expect(rows.map((r) => r.status)).toEqual(['ahead', 'slightly_behind', 'far_behind']);
    expect(rows[1]!.gap_from).toBe(-5);
  });
  it('maps gaps to statuses at the boundaries', async () => {
    const [r] = await db.query<P>('SELECT pace_status(0.0) a, pace_status(-0.01) b, pace_status(-5.0) c, pace_status(-5.01) d, pace_status(NULL) e');
    expect(r).toEqual({ a: 'ahead', b: 'slightly_behind', c: 'slightly_behind', d: 'far_behind', e: 'no_data' });
  });
});

describe('roll-up respects regions that report themselves', () => {
  it('never replaces a reporting region by the sum of its parts: b reports, so its zone parks only roll into the zone', async () => {
    const rows = await db.query<P>("SELECT region_id, value, origin FROM series WHERE indicator_id = 'flow' AND year = 2020 AND month = 6 ORDER BY region_id");
    const byId = new Map(rows.map((r) => [r.region_id, r]));
    expect(byId.get('b')).toMatchObject({ value: 30, origin: 'own' });
    expect(byId.get('z')).toMatchObject({ value: 12, origin: 'sum' });
    // the province reports itself (1200): it is not the sum of the city
    expect(byId.get('prov')).toMatchObject({ value: 1200, origin: 'own' });
  });
});

describe('progress as of a month stands on the latest month with data', () => {
  it('a target reported in March and June: nothing before March, March for April and May, June from then on', async () => {
    // t_a_level has actuals in months 3 and 6 of 2020 only (fixture observations)
    const rows = await db.query<{ asof_month: number; month: number }>(
      "SELECT asof_month::INTEGER AS asof_month, month FROM progress_asof WHERE target_id = 't_a_level' AND year = 2020 ORDER BY asof_month",
    );
    expect(rows.map((r) => [r.asof_month, r.month])).toEqual([
      [3, 3], [4, 3], [5, 3],
      [6, 6], [7, 6], [8, 6], [9, 6], [10, 6], [11, 6], [12, 6],
    ]);
  });
  it('one row per target, year and as-of month, however many months have data', async () => {
    // t_a_mflow has data in months 1, 2 and 3: twelve as-of months, not 1 + 2 + … candidates each
    const [r] = await db.query<{ n: number; keys: number }>(
      "SELECT count(*)::INTEGER AS n, count(DISTINCT asof_month)::INTEGER AS keys FROM progress_asof WHERE target_id = 't_a_mflow' AND year = 2020",
    );
    expect(r).toEqual({ n: 12, keys: 12 });
  });
});
