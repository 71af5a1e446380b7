/**
 * Each government on its own plan, on the bundled sample (data/): the month a region opens on,
 * the headline families it shows, the department ranking, the allocation warning and the
 * partial sum of 山东省. The panel declarations of src/panels are run as the screens run them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Db, Param } from '../../src/db/types.ts';
import { bulletinIndicators, bulletinLagging, bulletinUnits } from '../../src/panels/bulletin/query.ts';
import { departmentRanking, regionDefaultMonth, regionFamilies } from '../../src/panels/departments/query.ts';
import { unitRanking } from '../../src/panels/ranking/query.ts';
import { allocationWarnings, untrackedLines } from '../../src/panels/planLines/query.ts';
import { loadFixture, ROOT } from '../helpers/loadFixture.ts';

let db: Db;
type R = Record<string, unknown>;
beforeAll(async () => {
  ({ db } = await loadFixture(join(ROOT, 'data')));
}, 120_000);
afterAll(() => db.close());

describe('a region opens on the latest month with data for its own targets', () => {
  it.each([
    ['taian', 2020], ['juye', 2023], ['gaotang', 2021], ['shanting', 2021], ['tancheng', 2024],
  ])('%s opens in %i, October (the data end of every plan year)', async (regionId, year) => {
    const rows = await db.query<R>(regionDefaultMonth.sql, regionDefaultMonth.params({ regionId }));
    expect(rows).toEqual([{ year, month: 10 }]);
  });
});

describe('headline families come from families.csv', () => {
  const families = async (regionId: string, year: number) =>
    (await db.query<R>(regionFamilies.sql, regionFamilies.params({ regionId, year }))).map((r) => [r.family_id, r.indicator_id]);

  it('泰安 keeps its five, in order, with the zones carrying the park family', async () => {
    expect(await families('taian', 2020)).toEqual([
      ['fdi', 'fdi'], ['trade', 'trade_goods'], ['loans', 'new_loans'], ['rd', 'rd_ratio'], ['park', 'zone_invest_intensity'],
    ]);
  });
  it('a business-environment plan gets families from its own content, and none without a target', async () => {
    const juye = await families('juye', 2023);
    expect(juye.map(([f]) => f)).toEqual(['time_limit', 'online', 'market', 'credit', 'tax', 'talent']);
    // the headline of the tax family is the export-refund time limit of 巨政发〔2023〕5号
    expect(juye.find(([f]) => f === 'tax')?.[1]).toBe('export_refund_days');
    // 郯城 has no tax target: no tax card
    expect((await families('tancheng', 2024)).map(([f]) => f)).not.toContain('tax');
    // no family of 泰安's five for 巨野, and none at all in a year without targets
    expect(juye.map(([f]) => f)).not.toContain('fdi');
    expect(await families('juye', 2020)).toEqual([]);
  });
  it('every family returned has names in both languages', async () => {
    const rows = await db.query<R>(regionFamilies.sql, regionFamilies.params({ regionId: 'gaotang', year: 2021 }));
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      expect(String(r.name_zh).length).toBeGreaterThan(0);
      expect(String(r.name_en).length).toBeGreaterThan(0);
    }
  });
});

describe('departments ranked by their targets on pace', () => {
  it('巨野: the departments of its plan, names merged through the aliases, ranked by share on pace', async () => {
    const rows = await db.query<R>(departmentRanking.sql, departmentRanking.params({ regionId: 'juye', year: 2023, month: 10 }));
    expect(rows.length).toBeGreaterThan(4);
    const names = rows.map((r) => r.department);
    // 县发展和改革委员会 is an alias of 县发展和改革局: never listed apart
    expect(names).not.toContain('县发展和改革委员会');
    expect(new Set(names).size).toBe(names.length);
    for (const r of rows) {
      expect((r.n_ahead as number) + (r.n_slightly_behind as number) + (r.n_far_behind as number) + (r.n_not_yet_due as number))
        .toBeLessThanOrEqual(r.n_targets as number);
    }
    // ranks follow the share on pace
    const shares = rows.map((r) => (r.share_on_pace as number | null) ?? -1);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    expect(rows[0]!.rank).toBe(1);
  });
});

describe("a county without member units: its bulletin ranks and names its lead departments", () => {
  const juye = { regionId: 'juye', year: 2023, month: 10 };
  const run = (q: { sql: string; params: (p: typeof juye) => readonly Param[] }, p = juye) => db.query<R>(q.sql, q.params(p));

  it("ranks 巨野县's departments, counting only the targets judged, so the counts add up to the county's 37", async () => {
    const rows = await run(bulletinUnits);
    expect(rows.every((r) => r.region_id === 'juye' && typeof r.department === 'string')).toBe(true);
    const sum = (k: string) => rows.reduce((s, r) => s + (r[k] as number), 0);
    // by hand, from department_ranking: on pace 1+1+1+2+3+1+1+1+3+2+1+2 = 19; slightly behind
    // 2 (科学技术局) + 2 (人社局) + 1 (公安局) + 1 (综合行政执法局) = 6; far behind 1+1+5+1+1+1+2 = 12
    expect([sum('n_ahead'), sum('n_slightly_behind'), sum('n_far_behind'), sum('n_targets')]).toEqual([19, 6, 12, 37]);
    const hr = rows.find((r) => r.department === '县人力资源和社会保障局')!;
    // 2 on pace of 9 judged: 2 / 9
    expect([hr.n_targets, hr.n_ahead, hr.n_far_behind, hr.share_ahead, hr.overall_status]).toEqual([9, 2, 5, 2 / 9, 'far_behind']);
    // 县市场监督管理局: one on pace, one not yet due, which is not judged: 1 of 1
    const market = rows.find((r) => r.department === '县市场监督管理局')!;
    expect([market.n_targets, market.share_ahead]).toEqual([1, 1]);
    // 县大数据中心 and 县委依法治县办 have only thresholds due later in the year: not yet due, not without data
    expect(rows.filter((r) => r.overall_status === 'not_yet_due').map((r) => [r.department, r.n_targets])).toEqual([['县大数据中心', 0], ['县委依法治县办', 0]]);
  });

  it("lists the county's own targets with their departments, and names each far-behind department", async () => {
    const inds = await run(bulletinIndicators);
    expect(inds.length).toBeGreaterThan(30);
    expect(inds.every((r) => r.region_id === 'juye' && r.sibling_rank === null && typeof r.department === 'string')).toBe(true);
    const lag = await run(bulletinLagging);
    // the 12 far behind of the county's summary, 5 of them 人社局's
    expect(lag.length).toBe(12);
    expect(lag.filter((r) => r.department === '县人力资源和社会保障局').length).toBe(5);
  });

  it('a region with member units still ranks them, as the overview does', async () => {
    const taian = { regionId: 'taian', year: 2020, month: 10 };
    const units = await run(bulletinUnits, taian);
    const overview = await run(unitRanking, taian);
    expect(units.map((r) => [r.region_id, r.department, r.sibling_rank, r.n_targets])).toEqual(overview.map((r) => [r.region_id, null, r.sibling_rank, r.n_targets]));
    expect(units.length).toBe(10);
  });
});

describe('plan checks on the sample', () => {
  it('warns that 泰安 services trade units add up to 35.14 against the stated 35.16', async () => {
    const rows = await db.query<R>(allocationWarnings.sql, allocationWarnings.params({}));
    expect(rows.map((r) => r.target_id)).toEqual(['t_trade_services_taian_2020']);
    // 10.01 + 1.65 + 2.53 + 11.66 + 0.17 + 0.20 + 8.91 + 0.01 = 35.14
    expect(rows[0]!.parts_sum as number).toBeCloseTo(35.14, 9);
    expect(rows[0]!.stated).toBe(35.16);
    expect(rows[0]!.difference as number).toBeCloseTo(-0.02, 9);
  });
  it('lists the untracked lines with their reasons', async () => {
    const rows = await db.query<R>(untrackedLines.sql, untrackedLines.params({}));
    expect(rows.find((r) => r.doc_id === '000-D2' && r.source_line === '81')?.reason).toBe('fact');
    expect(rows.find((r) => r.doc_id === '001' && r.source_line === '29')?.reason).toBe('rule_condition');
  });
  it('山东省 sums only the cities in the data: partial, also as the reference of 泰安 benchmarks; 泰安 is not', async () => {
    const [sh] = await db.query<R>("SELECT is_partial FROM series_partial WHERE region_id = 'shandong' AND indicator_id = 'fdi' AND year = 2020 AND month = 10");
    expect(sh!.is_partial).toBe(true);
    const [ref] = await db.query<R>("SELECT bool_and(ref_is_partial) AS p, count(*) AS n FROM target_status_snap WHERE target_id = 't_fdi_taian_2020_benchmark' AND benchmark_value IS NOT NULL");
    expect(ref!.n).toBeGreaterThan(0);
    expect(ref!.p).toBe(true);
    const [ta] = await db.query<R>("SELECT bool_or(is_partial) AS p FROM target_status_snap WHERE region_id = 'taian' AND indicator_id = 'fdi' AND year = 2020");
    expect(ta!.p).toBe(false);
  });
});
