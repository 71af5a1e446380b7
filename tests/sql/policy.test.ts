/**
 * The policy SQL on tests/fixtures/policy: task states, on-time rate, overdue days, department
 * aliases and ranking, deadlines ahead, document families, year-end attainment on the earlier
 * years' seasonal shape, monthly flows, and the incentive rules. Every expected number is worked
 * out by hand from the fixture CSVs in the comment next to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Db } from '../../src/db/types.ts';
import { loadFiles } from '../../src/data/intake.ts';
import { loadFixture, openWithSemanticLayer, ROOT } from '../helpers/loadFixture.ts';

type R = Record<string, number | string | boolean | null>;
let db: Db;
const REF = '2020-06-30';

beforeAll(async () => {
  const loaded = await loadFixture(join(ROOT, 'tests/fixtures/policy'));
  db = loaded.db;
  // every fixture row loads: the new roles are recognised by their headers
  for (const r of loaded.reports) expect(r.rowsRejected, r.file).toBe(0);
  expect(loaded.reports.map((r) => r.role).sort()).toEqual(['indicators', 'observations', 'policies', 'regions', 'reward_rules', 'targets', 'tasks', 'unit_aliases']);
});
afterAll(() => db.close());

const q = (sql: string, params: (string | number)[] = []) => db.query<R>(sql, params);

describe('task states on a reference date', () => {
  let byKey: Map<string, R>;
  beforeAll(async () => {
    const rows = await q('SELECT * FROM tasks_at(?::DATE)', [REF]);
    byKey = new Map(rows.map((r) => [`${r.doc_id}/${r.task_id}/${r.milestone ?? ''}`, r]));
  });
  const t = (k: string) => byKey.get(k)!;

  it('done by the deadline is on time; done after it is late by the days between', () => {
    expect(t('D1/1/').state).toBe('done_on_time'); // 05-20 <= 05-31
    expect(t('D1/2/')).toMatchObject({ state: 'done_late', days_late: 10 }); // 06-10 - 05-31
  });
  it('not done past the deadline is overdue by the days since the deadline', () => {
    expect(t('D1/3/')).toMatchObject({ state: 'overdue', days_overdue: 30 }); // 06-30 - 05-31
    expect(t('D1-A1/1/')).toMatchObject({ state: 'overdue', days_overdue: 15 }); // 06-30 - 06-15
  });
  it('a completion after the reference date does not count yet', () => {
    // 节点一 due 04-30, completed 07-15: on 06-30 it is 61 days overdue
    expect(t('D1/9/节点一')).toMatchObject({ state: 'overdue', days_overdue: 61 });
  });
  it('due on the reference date is still open, not overdue', () => {
    expect(t('D1/4/')).toMatchObject({ state: 'open', days_to_deadline: 0, days_overdue: null });
  });
  it('a standing task (长期, no deadline) is ongoing and never overdue', () => {
    expect(t('D1/8/')).toMatchObject({ state: 'ongoing', days_overdue: null });
  });
  it('cancelled tasks are set aside; a completion without a date counts only from the report date on', () => {
    expect(t('D1/11/').state).toBe('cancelled');
    // reported done as of 07-31 without a date: on 06-30 it is unknown, so overdue (06-30 - 05-15 = 46)
    expect(t('D1/10/')).toMatchObject({ state: 'overdue', days_overdue: 46 });
  });
  it('on the report date the late completion and the undated one are done', async () => {
    const rows = await q("SELECT task_id, milestone, state, days_late, after_report FROM tasks_at(DATE '2020-07-31') WHERE doc_id = 'D1' AND task_id IN ('9', '10', '4')");
    const m = new Map(rows.map((r) => [`${r.task_id}/${r.milestone ?? ''}`, r]));
    expect(m.get('9/节点一')).toMatchObject({ state: 'done_late', days_late: 76 }); // 07-15 - 04-30
    expect(m.get('10/')!.state).toBe('done');
    expect(m.get('4/')!.state).toBe('overdue');
    expect(m.get('4/')!.after_report).toBe(false);
  });
});

describe('on-time rate per document', () => {
  it('D1: 2 on time of 6 settled (2 on time, 1 late, 3 overdue) = 1/3; open and ongoing do not count', async () => {
    const [d] = await q("SELECT * FROM tasks_summary(?::DATE) WHERE family_id = 'D1' AND doc_id = 'D1'", [REF]);
    expect(d).toMatchObject({
      n_tasks: 12, n_done_on_time: 2, n_done_late: 1, n_overdue: 3, n_open: 4, n_ongoing: 1, n_cancelled: 1, n_settled: 6,
      max_days_overdue: 61, report_date: '2020-07-31', after_report: false,
    });
    expect(d!.on_time_rate).toBeCloseTo(1 / 3, 12);
  });
  it('the family D1 adds its annex: 2 on time of 7 settled (the annex task is 15 days overdue)', async () => {
    const [f] = await q("SELECT * FROM tasks_summary(?::DATE) WHERE family_id = 'D1' AND doc_id IS NULL", [REF]);
    expect(f).toMatchObject({ n_tasks: 13, n_settled: 7, n_overdue: 4 });
    expect(f!.on_time_rate).toBeCloseTo(2 / 7, 12);
  });
  it('after the report date the summary says so', async () => {
    const [d] = await q("SELECT after_report FROM tasks_summary(DATE '2020-09-01') WHERE family_id = 'D1' AND doc_id IS NULL");
    expect(d!.after_report).toBe(true);
  });
});

describe('document families', () => {
  it('a document includes its annexes; an annex without a region takes its root document region', async () => {
    const fam = await q("SELECT doc_id FROM doc_family WHERE family_id = 'D1' ORDER BY doc_id");
    expect(fam.map((r) => r.doc_id)).toEqual(['D1', 'D1-A1']);
    const [a] = await q("SELECT root_id, region_id, doc_number FROM doc_info WHERE doc_id = 'D1-A1'");
    expect(a).toMatchObject({ root_id: 'D1', region_id: 't', doc_number: '甲政发〔2020〕1号附件1' });
  });
});

describe('lead departments', () => {
  let depts: R[];
  beforeAll(async () => {
    depts = await q('SELECT * FROM dept_tasks_summary(?::DATE, ?) ORDER BY dept_rank', [REF, 'D1']);
  });
  it('县行政审批局 counts as 县行政审批服务局 (the alias file), also as the first of a list of units', () => {
    const sp = depts.find((d) => d.department === '县行政审批服务局')!;
    // tasks 1 (on time), 2 (late; lead list 县行政审批局、县财政局), 3 (overdue), annex 1 (overdue)
    expect(sp).toMatchObject({ n_tasks: 4, n_settled: 4, n_done_on_time: 1, n_done_late: 1, n_overdue: 2, n_names: 2 });
    expect(sp.names).toBe('县行政审批局、县行政审批服务局');
    expect(sp.on_time_rate).toBeCloseTo(0.25, 12);
    expect(depts.some((d) => d.department === '县行政审批局')).toBe(false);
  });
  it('ranks by on-time rate: 县财政局 1/3 first, 县行政审批服务局 1/4 second', () => {
    expect(depts.map((d) => [d.department, d.dept_rank])).toEqual([['县财政局', 1], ['县行政审批服务局', 2]]);
    const cz = depts[0]!;
    // 9 tasks: 4 open, 1 ongoing, 1 cancelled, 9/节点一 overdue 61, 10 overdue 46, 9/节点二 on time
    expect(cz).toMatchObject({ n_tasks: 9, n_overdue: 2, n_open: 4, total_days_overdue: 107, max_days_overdue: 61 });
  });
  it('an alias scoped to one region does not merge the same name in another region', async () => {
    const rows = await q('SELECT department FROM dept_tasks_summary(?::DATE, ?)', [REF, 'D2']);
    expect(rows.map((r) => r.department)).toEqual(['县行政审批局']);
  });
});

describe('deadlines ahead', () => {
  it('buckets the next 90 days by 30: due today -> 30, in 46 days -> 60, in 82 -> 90; 184 days is out', async () => {
    const rows = await q('SELECT task_id, days_to_deadline, bucket FROM deadlines_ahead(?::DATE, ?) ORDER BY days_to_deadline', [REF, 'D1']);
    expect(rows).toEqual([
      { task_id: '4', days_to_deadline: 0, bucket: 30 },
      { task_id: '5', days_to_deadline: 46, bucket: 60 },
      { task_id: '6', days_to_deadline: 82, bucket: 90 },
    ]);
  });
});

describe('targets of a document and the bulletin list of overdue tasks', () => {
  it('a family lists its own and its annexes targets in their latest state on the reference date', async () => {
    const rows = await q("SELECT target_id, month, status, doc_number FROM doc_targets_at('D1', DATE '2020-06-30') ORDER BY target_id");
    expect(rows.map((r) => [r.target_id, r.month, r.status])).toEqual([
      ['t_a', 6, 'far_behind'],
      ['t_b', 6, 'ahead'],
      ['t_z1', 6, 'ahead'],
    ]);
    expect(rows[2]!.doc_number).toBe('甲政发〔2020〕1号附件1');
  });
  it('before a target has any actual it is listed without data; a earlier month is used when that is the latest', async () => {
    const rows = await q("SELECT target_id, month, status FROM doc_targets_at('D1', DATE '2020-05-31') ORDER BY target_id");
    expect(rows.map((r) => [r.target_id, r.month, r.status])).toEqual([
      ['t_a', 5, 'far_behind'], // 37 of 110 = 33.6 % against 5/12 = 41.7 %
      ['t_b', null, 'no_data'],
      ['t_z1', null, 'no_data'],
    ]);
  });
  it('overdue tasks of the documents covering a region, by department: most overdue first, then the longest', async () => {
    const rows = await q("SELECT department, days_overdue, dept_overdue, dept_order FROM overdue_by_dept(DATE '2020-06-30', 't') ORDER BY dept_order, days_overdue DESC");
    expect(rows.map((r) => [r.department, r.days_overdue, r.dept_overdue, r.dept_order])).toEqual([
      ['县财政局', 61, 2, 1],
      ['县财政局', 46, 2, 1],
      ['县行政审批服务局', 30, 2, 2],
      ['县行政审批服务局', 15, 2, 2],
    ]);
    expect(await q("SELECT * FROM overdue_by_dept(DATE '2020-06-30', 'u')")).toEqual([]);
  });
});

describe('year-end attainment on the seasonal shape of the earlier years', () => {
  let p: Map<string, R>;
  beforeAll(async () => {
    const rows = await q('SELECT * FROM progress_at(2020, 6)');
    p = new Map(rows.map((r) => [r.target_id as string, r]));
  });
  it('a: June was 40 % of 2018 (36/90) and 50 % of 2019 (50/100): mean 45 %, so 45 -> 100 (last year alone would say 90)', () => {
    const a = p.get('t_a')!;
    expect(a.projection).toBeCloseTo(100, 10);
    expect(a).toMatchObject({ projection_method: 'seasonal', shape_years: 2 });
  });
  it('a: still needs (110 - 45) / 6 = 10.83 a month; the pace gives (100 - 45) / 6 = 9.17: out of reach', () => {
    const a = p.get('t_a')!;
    expect(a.needed_monthly).toBeCloseTo(65 / 6, 10);
    expect(a.pace_monthly).toBeCloseTo(55 / 6, 10);
    expect(a.out_of_reach).toBe(true);
  });
  it('b: 36 / 0.45 = 80 reaches 70: not out of reach; needs (70 - 36) / 6 a month', () => {
    const b = p.get('t_b')!;
    expect(b.projection).toBeCloseTo(80, 10);
    expect(b.needed_monthly).toBeCloseTo(34 / 6, 10);
    expect(b.out_of_reach).toBe(false);
  });
  it('a rate target has no monthly need and no flag', () => {
    expect(p.get('t_z1')).toMatchObject({ needed_monthly: null, out_of_reach: null });
  });
});

describe('monthly flows across years', () => {
  it('turns year to date into the month own flow and its growth on the same month a year earlier', async () => {
    const rows = await q("SELECT year, month, level, growth_pct FROM series_monthly WHERE indicator_id = 'flow' AND region_id = 'a' AND year = 2020 AND month IN (1, 3) ORDER BY month");
    // January: ytd 7 vs 8 -> -12.5 %; March: 22 - 14 = 8 vs 24 - 15 = 9 -> -11.1 %
    expect(rows[0]).toMatchObject({ level: 7, growth_pct: -12.5 });
    expect(rows[1]!.level).toBe(8);
    expect(rows[1]!.growth_pct).toBeCloseTo((8 / 9 - 1) * 100, 10);
  });
  it('leaves the flow unknown after a gap in the months (2019-12 after 2019-06)', async () => {
    const [r] = await q("SELECT level FROM series_monthly WHERE indicator_id = 'flow' AND region_id = 'a' AND year = 2019 AND month = 12");
    expect(r!.level).toBeNull();
  });
});

describe('incentive rules', () => {
  let lines: R[];
  const line = (rule: string, unit: string) => lines.find((l) => l.rule_id === rule && l.unit_key === unit)!;
  beforeAll(async () => {
    lines = await q('SELECT * FROM incentives_at(2020, 6)');
  });
  it('rank prizes go by completion among units on pace: c 60 % first (150), b 51.4 % second (100), a 40.9 % is behind pace and not ranked, so no third prize', () => {
    expect(line('R1', 'c')).toMatchObject({ rank_now: 1, earned: 150, status: 'earned' });
    expect(line('R2', 'b')).toMatchObject({ rank_now: 2, earned: 100, status: 'earned' });
    expect(line('R1', 'a')).toMatchObject({ rank_now: null, earned: 0, status: 'not_eligible' });
    expect(lines.filter((l) => l.rule_id === 'R3').every((l) => l.earned === 0)).toBe(true);
  });
  it('target met: nobody has 100 % in June; b (80 of 70) and c (66.7 of 50) are on track for the 50 at year end', () => {
    expect(line('R4', 'b')).toMatchObject({ earned: 0, projected: 50, status: 'on_track' });
    expect(line('R4', 'c')).toMatchObject({ earned: 0, projected: 50, status: 'on_track' });
    expect(line('R4', 'a')).toMatchObject({ earned: 0, projected: 0, status: 'not_earned' });
  });
  it('per unit: c has 30, four whole steps of 7: 4 x 3 = 12; its projection 66.7 gives 9 x 3 = 27', () => {
    expect(line('R5', 'c')).toMatchObject({ steps: 4, earned: 12, projected: 27, status: 'earned' });
  });
  it('a scope item that names no region is kept as a line without data', () => {
    expect(line('R5', '市直部门')).toMatchObject({ region_id: null, earned: 0, status: 'no_data' });
    expect(line('R7', '乙市开发区三')).toMatchObject({ status: 'no_data' });
  });
  it('per unit above target: c 30 is below 50 (0 now); projected 66.7 is 16.7 above: 4 steps of 4 x 5 = 20', () => {
    expect(line('R6', 'c')).toMatchObject({ earned: 0, projected: 20, status: 'on_track' });
    // z1 tax 14 against the minimum 12: 2 / 0.5 = 4 steps x 2 = 8
    expect(line('R6b', 'z1')).toMatchObject({ steps: 4, earned: 8, status: 'earned' });
  });
  it('per rank gained: 2019-06 z2 14 > z1 12 > z3 11; 2020-06 z3 15 > z1 14 > z2 13: z3 gains 2 ranks = 20, z1 holds, z2 falls', () => {
    expect(line('R7', 'z3')).toMatchObject({ rank_prev: 3, rank_now: 1, steps: 2, earned: 20 });
    expect(line('R7', 'z1')).toMatchObject({ rank_prev: 2, rank_now: 2, earned: 0 });
    expect(line('R7', 'z2')).toMatchObject({ rank_prev: 1, rank_now: 3, earned: 0, status: 'not_earned' });
    // the zone is found by its name 开发区三 as well as by its id
    expect(line('R7', 'z3').scope_item).toBe('开发区三');
  });
  it('overall prize without an indicator: b and c are both fully on pace; c wins on the mean gap (+10 vs +1.4 pp)', () => {
    expect(line('R8', 'c')).toMatchObject({ rank_now: 1, earned: 100 });
    expect(line('R8', 'b')).toMatchObject({ rank_now: 2, earned: 0 });
  });
  it('per unit totals add the clauses: c earns 150 + 12 + 100 = 262 now, 150 + 50 + 27 + 20 + 100 = 347 at year end', async () => {
    const [c] = await q("SELECT * FROM incentive_totals(2020, 6, 'D1') WHERE unit_key = 'c'");
    expect(c).toMatchObject({ earned: 262, projected: 347, n_earned: 3, n_projected: 5 });
    const [none] = await q("SELECT earned FROM incentive_totals(2020, 6, 'D2') WHERE unit_key = 'c'");
    expect(none).toBeUndefined();
  });
  it('every line names its rule and quotes its source', () => {
    for (const l of lines) {
      expect(l.rule_name_zh).toBeTruthy();
      expect(l.quote).toBeTruthy();
      expect(l.doc_number).toBe('甲政发〔2020〕1号');
    }
  });
});

describe('the intake of the new roles', () => {
  it('rejects reward rules and aliases it cannot use, with the line and the reason', async () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    const fresh = await openWithSemanticLayer();
    const reports = await loadFiles(fresh, [
      { path: 'regions.csv', bytes: enc('region_id,name_zh,level,parent_id\nt,甲市,city,\n') },
      { path: 'indicators.csv', bytes: enc('indicator_id,name_zh,unit,direction\nflow,流量,亿元,higher\n') },
      {
        path: 'rules.csv',
        bytes: enc(
          'rule_id,doc_id,rule_type,indicator_id,scope,amount,unit_size,rank_from\n' +
            'ok,D1,per_unit,flow,t,3,7,\n' + // line 2: loads
            'bad_type,D1,lottery,flow,t,3,,\n' + // line 3: unknown rule type
            'bad_ind,D1,target_met,nosuch,t,50,,\n' + // line 4: unknown indicator
            'no_step,D1,per_unit,flow,t,3,,\n' + // line 5: per_unit without a step
            'no_rank,D1,rank_prize,flow,t,150,,\n' + // line 6: a prize without a rank
            'ok,D1,per_unit,flow,t,3,7,\n', // line 7: the same rule id again
        ),
      },
      { path: 'aliases.csv', bytes: enc('region_id,alias,canonical\nt,县行政审批局,县行政审批服务局\nnowhere,甲,乙\n') },
    ]);
    const rules = reports.find((r) => r.file === 'rules.csv')!;
    expect(rules.role).toBe('reward_rules');
    expect(rules.rowsLoaded).toBe(1);
    expect(rules.rejects.map((p) => [p.line, p.code, p.column])).toEqual([
      [3, 'bad_enum', 'rule_type'],
      [4, 'unknown_indicator', 'indicator_id'],
      [5, 'missing_required', 'unit_size'],
      [6, 'missing_required', 'rank_from'],
      [7, 'duplicate_row', undefined],
    ]);
    const aliases = reports.find((r) => r.file === 'aliases.csv')!;
    expect(aliases.role).toBe('unit_aliases');
    expect(aliases.rejects.map((p) => [p.line, p.code])).toEqual([[3, 'unknown_region']]);
    await fresh.close();
  });
});
