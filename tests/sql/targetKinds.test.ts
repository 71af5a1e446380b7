/**
 * The target kinds of county plans against real DuckDB on tests/fixtures/semantics-kinds. Every
 * expected number is worked out by hand next to it from the fixture CSVs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Db } from '../../src/db/types.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';

let db: Db;
type P = Record<string, number | string | null | boolean>;

beforeAll(async () => {
  ({ db } = await loadFixture(join(ROOT, 'tests/fixtures/semantics-kinds')));
});
afterAll(() => db.close());

async function at(id: string, year: number, month: number): Promise<P> {
  const [r] = await db.query<P>('SELECT * FROM target_status_snap WHERE target_id = ? AND year = ? AND month = ?', [id, year, month]);
  if (!r) throw new Error(`no row for ${id} ${year}-${month}`);
  return r;
}

describe('range (30–50 家)', () => {
  it('is paced on the low bound', async () => {
    // June: low path 30 x 6/12 = 15; completion 18/30 = 0.6, expected 0.5, gap +10
    const r = await at('t_range', 2024, 6);
    expect(r.pace_gap as number).toBeCloseTo(10, 9);
    expect(r.status).toBe('ahead');
    // high path 50 x 0.5 = 25, 18 is inside the range
    expect(r.above_range).toBe(false);
    expect(r.target_high).toBe(50);
  });
  it('says when the actual is above the range', async () => {
    // September: high path 50 x 9/12 = 37.5 < 40; gap (40/30 - 0.75) x 100 = 58.33
    const r = await at('t_range', 2024, 9);
    expect(r.above_range).toBe(true);
    expect(r.pace_gap as number).toBeCloseTo(58.3333, 3);
  });
});

describe('approx (左右, 约)', () => {
  it('is on pace within the default tolerance of 5 %', async () => {
    // December: 46/48 = 0.958333 against 1 x (1 - 0.05) = 0.95: gap +0.8333
    const r = await at('t_approx_default', 2024, 12);
    expect(r.pace_gap as number).toBeCloseTo(0.8333, 3);
    expect(r.status).toBe('ahead');
  });
  it('uses the tolerance written in the data', async () => {
    // tolerance 2: expected 0.98; gap (0.958333 - 0.98) x 100 = -2.1667, slightly behind
    const r = await at('t_approx_tight', 2024, 12);
    expect(r.pace_gap as number).toBeCloseTo(-2.1667, 3);
    expect(r.status).toBe('slightly_behind');
  });
});

describe('threshold due inside the year (5月底前压缩至4个工作日)', () => {
  it('is not judged before its due month, and shows the current value', async () => {
    const r = await at('t_due', 2024, 3);
    expect(r.status).toBe('not_yet_due');
    expect(r.actual).toBe(6);
    expect(r.pace_gap).toBeNull();
  });
  it('is missed at the due month when the time limit is not reached', async () => {
    // May: 5 days against 4: completion 4/5 = 0.8, must hold (1.0): gap -20
    const r = await at('t_due', 2024, 5);
    expect(r.pace_gap as number).toBeCloseTo(-20, 9);
    expect(r.status).toBe('far_behind');
  });
  it('is met once the time limit is reached, and keeps its scope note and lead unit', async () => {
    // June: 3.5 days: completion 4/3.5 = 1.142857, gap +14.2857
    const r = await at('t_due', 2024, 6);
    expect(r.pace_gap as number).toBeCloseTo(14.2857, 3);
    expect(r.status).toBe('ahead');
    expect(r.scope_note).toBe('对分类管理类别为一、二类的出口企业');
    expect(r.lead_unit).toBe('县税务局');
  });
});

describe('multi-year cumulative total (2023–2025 累计 300 家)', () => {
  it('adds the earlier years of the period and compares with a straight path to the total', async () => {
    // 2024-06: 2023 full year 90 + 2024 to date 40 = 130; completion 130/300 = 0.43333;
    // path: (2024 - 2022 - 1 + 6/12) / (2025 - 2022) = 1.5/3 = 0.5; gap -6.667, far behind
    const r = await at('t_cumulative', 2024, 6);
    expect(r.cumulative_actual).toBe(130);
    expect(r.target_value).toBe(300);
    expect(r.pace_gap as number).toBeCloseTo(-6.6667, 3);
    expect(r.status).toBe('far_behind');
  });
  it('at the year end', async () => {
    // 2024-12: 90 + 100 = 190 = 0.63333 against 2/3: gap -3.333, slightly behind
    const r = await at('t_cumulative', 2024, 12);
    expect(r.cumulative_actual).toBe(190);
    expect(r.pace_gap as number).toBeCloseTo(-3.3333, 3);
    expect(r.status).toBe('slightly_behind');
  });
});

describe('coverage (全覆盖 = a 100 % share)', () => {
  it('is behind at 99 % and on pace at 100 %', async () => {
    // 99/100 - 1 = -1 pp; 100/100 - 1 = 0
    expect((await at('t_coverage', 2024, 6)).pace_gap as number).toBeCloseTo(-1, 9);
    expect((await at('t_coverage', 2024, 6)).status).toBe('slightly_behind');
    expect((await at('t_coverage', 2024, 9)).status).toBe('ahead');
  });
});

describe('benchmarks', () => {
  it('a lower-is-better benchmark is ahead when own is below the reference', async () => {
    // own 2.3 days, reference 3.6 days: 3.6 - 2.3 = +1.3 (not -1.3)
    const r = await at('t_bench_lower', 2024, 6);
    expect(r.own_measure).toBe(2.3);
    expect(r.benchmark_value).toBe(3.6);
    expect(r.pace_gap as number).toBeCloseTo(1.3, 9);
    expect(r.status).toBe('ahead');
  });
  it('against the average of the regions with a tag', async () => {
    // devzone: z1 60, z2 50, z3 40: average 50; own 60: +10
    const r = await at('t_bench_tag', 2024, 6);
    expect(r.benchmark_value).toBe(50);
    expect(r.pace_gap as number).toBeCloseTo(10, 9);
  });
  it('against the average of a list of regions', async () => {
    // z1 60, z2 50: average 55; own 40: -15, far behind
    const r = await at('t_bench_list', 2024, 6);
    expect(r.benchmark_value).toBe(55);
    expect(r.pace_gap as number).toBeCloseTo(-15, 9);
    expect(r.status).toBe('far_behind');
  });
});

describe('a summed figure missing some of its parts is partial', () => {
  it('complete when every reporting part has the month', async () => {
    // June: a 18 + b 5 = 23, both report
    const r = await at('t_partial_city', 2024, 6);
    expect(r.actual).toBe(23);
    expect(r.is_partial).toBe(false);
  });
  it('partial when a reporting part lacks the month', async () => {
    // September: only a (40); b reports in June and December but not September
    const r = await at('t_partial_city', 2024, 9);
    expect(r.actual).toBe(40);
    expect(r.is_partial).toBe(true);
  });
  it('partial when the regions file lists only some of the parts (tag partial_children)', async () => {
    const r = await at('t_partial_prov', 2024, 6);
    expect(r.actual).toBe(23);
    expect(r.is_partial).toBe(true);
  });
  it('own figures are never partial', async () => {
    expect((await at('t_range', 2024, 6)).is_partial).toBe(false);
  });
});
