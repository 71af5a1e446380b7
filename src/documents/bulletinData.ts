/**
 * Everything the documents (Word bulletin, Excel workbooks, the work-group message) show, gathered
 * in one place with the screens' own queries, so a figure in a document is the figure on screen.
 * The builders take these plain rows and names, never a database. The browser passes its query
 * client, the command its native DuckDB: both answer `query(sql, params)`.
 */
import type { Meta } from '../app/meta.ts';
import type { Param } from '../db/types.ts';
import { PANEL_SQL } from '../screens/panelSql.ts';
import { POLICY_SQL } from '../screens/policySql.ts';

export interface Querier {
  query<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
}

export interface RegionSummaryRow {
  region_id: string;
  n_targets: number;
  n_ahead: number;
  n_slightly_behind: number;
  n_far_behind: number;
  share_ahead: number;
  mean_gap: number;
  overall_status: string;
  sibling_rank: number;
  illustrative: boolean;
}

export interface IndicatorRow {
  region_id: string;
  indicator_id: string;
  kind: string;
  actual: number | null;
  target_value: number | null;
  completion: number | null;
  expected: number | null;
  pace_gap: number | null;
  status: string;
  sibling_rank: number | null;
  doc_number: string | null;
}

export interface FarBehindRow {
  region_id: string;
  indicator_id: string;
  completion: number | null;
  pace_gap: number | null;
  behind_since_month: number | null;
}

export interface BehindRow extends FarBehindRow {
  kind: string;
  actual: number | null;
  target_value: number | null;
  expected: number | null;
  status: string;
  illustrative: boolean;
}

export interface OverdueTaskRow {
  doc_id: string;
  task_id: string;
  title: string;
  milestone: string | null;
  department: string | null;
  deadline: string;
  days_overdue: number;
  doc_number: string | null;
  illustrative: boolean;
  dept_overdue: number;
  dept_order: number;
}

export interface TreeSummaryRow {
  n_targets: number;
  n_ahead: number;
  n_slightly_behind: number;
  n_far_behind: number;
  n_regions_far_behind: number;
  n_regions: number;
}

export interface KpiFigure {
  family: string;
  indicator_id: string;
  actual: number | null;
  target_value: number | null;
  completion: number | null;
  expected: number | null;
  pace_gap: number | null;
  status: string | null;
  illustrative: boolean | null;
  doc_number: string | null;
}

export interface RegionName {
  name_zh: string;
  name_en: string | null;
}

export interface IndicatorInfo extends RegionName {
  unit: string;
  decimals: number | null;
  is_rate: boolean;
}

export interface BulletinData {
  regionId: string;
  year: number;
  month: number;
  /** the month's last day, ISO: task statuses are judged on it */
  date: string;
  /** illustrative figures shown (示例数据) */
  illustrative: boolean;
  /** the documents the targets and tasks come from, by number */
  docNumbers: string[];
  summary: RegionSummaryRow | null;
  ranking: RegionSummaryRow[];
  indicators: IndicatorRow[];
  farBehind: FarBehindRow[];
  /** targets below pace anywhere under the region, furthest behind first */
  behind: BehindRow[];
  overdue: OverdueTaskRow[];
  tree: TreeSummaryRow | null;
  kpis: KpiFigure[];
  regions: Record<string, RegionName>;
  indicatorInfo: Record<string, IndicatorInfo>;
}

/** The last day of a month, ISO. */
export function monthEndIso(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function names(meta: Meta): Pick<BulletinData, 'regions' | 'indicatorInfo'> {
  const regions: Record<string, RegionName> = {};
  for (const r of meta.regionList) regions[r.region_id] = { name_zh: r.name_zh, name_en: r.name_en };
  const indicatorInfo: Record<string, IndicatorInfo> = {};
  for (const i of meta.indicatorList) indicatorInfo[i.indicator_id] = { name_zh: i.name_zh, name_en: i.name_en, unit: i.unit, decimals: i.decimals, is_rate: i.is_rate };
  return { regions, indicatorInfo };
}

/**
 * The queries one after another: a native DuckDB connection runs one statement at a time, and the
 * browser's engine is single-threaded anyway.
 */
async function inTurn<T extends unknown[]>(jobs: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  const out: unknown[] = [];
  for (const job of jobs) out.push(await job());
  return out as T;
}

function distinct(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

export async function gatherBulletin(q: Querier, meta: Meta, regionId: string, year: number, month: number): Promise<BulletinData> {
  const date = monthEndIso(year, month);
  const ym = [year, month, regionId];
  const [summary, ranking, indicators, farBehind, overdue, tree, kpis, behind] = await inTurn<[RegionSummaryRow[], RegionSummaryRow[], IndicatorRow[], FarBehindRow[], OverdueTaskRow[], TreeSummaryRow[], KpiFigure[], BehindRow[]]>([
    () => q.query(POLICY_SQL.bulletinSummary, ym),
    () => q.query(POLICY_SQL.bulletinRanking, ym),
    () => q.query(POLICY_SQL.bulletinIndicators, ym),
    () => q.query(POLICY_SQL.bulletinLagging, ym),
    () => q.query(POLICY_SQL.bulletinOverdue, [date, regionId]),
    () => q.query(PANEL_SQL.treeSummary, ym),
    () => q.query(PANEL_SQL.kpis, ym),
    () => q.query(PANEL_SQL.lagging, ym),
  ]);
  const illustrative =
    meta.illustrative || [...ranking, ...summary, ...overdue, ...behind].some((r) => r.illustrative) || kpis.some((r) => r.illustrative === true);
  return {
    regionId,
    year,
    month,
    date,
    illustrative,
    docNumbers: distinct([...kpis.map((r) => r.doc_number), ...indicators.map((r) => r.doc_number), ...overdue.map((r) => r.doc_number)]),
    summary: summary[0] ?? null,
    ranking,
    indicators,
    farBehind,
    behind,
    overdue,
    tree: tree[0] ?? null,
    kpis,
    ...names(meta),
  };
}

/** The months with data under a region, newest first (what the month picker offers). */
export async function dataMonths(q: Querier, regionId: string): Promise<{ year: number; month: number }[]> {
  return q.query<{ year: number; month: number }>(PANEL_SQL.months, [regionId]);
}

// ---- the policy screen, as one workbook --------------------------------------------------------

export interface PolicyDocRow {
  doc_id: string;
  doc_number: string | null;
  title: string;
  title_en: string | null;
}

export interface PolicySummaryRow {
  doc_id: string | null;
  doc_number: string | null;
  title: string | null;
  title_en: string | null;
  n_tasks: number;
  n_done_on_time: number;
  n_done_late: number;
  n_overdue: number;
  n_open: number;
  n_ongoing: number;
  n_settled: number;
  on_time_rate: number | null;
  max_days_overdue: number | null;
  illustrative: boolean;
}

export interface PolicyOverdueRow {
  doc_id: string;
  task_id: string;
  title: string;
  milestone: string | null;
  lead_named: string | null;
  department: string | null;
  deadline: string;
  days_overdue: number;
  doc_number: string | null;
  illustrative: boolean;
}

export interface PolicyDeptRow {
  department: string;
  n_tasks: number;
  n_settled: number;
  n_overdue: number;
  on_time_rate: number | null;
  max_days_overdue: number | null;
  dept_rank: number | null;
  illustrative: boolean;
}

export interface PolicyDueRow {
  doc_id: string;
  task_id: string;
  title: string;
  milestone: string | null;
  lead_named: string | null;
  deadline: string;
  days_to_deadline: number;
}

export interface PolicyTargetRow {
  indicator_id: string;
  region_id: string;
  target_year: number;
  kind: string;
  target_value: number | null;
  doc_number: string | null;
  actual: number | null;
  completion: number | null;
  expected: number | null;
  status: string;
  projection: number | null;
  needed_monthly: number | null;
  illustrative: boolean;
}

export interface PolicyIncentiveRow {
  unit_key: string;
  region_id: string | null;
  rule_name_zh: string | null;
  rule_name_en: string | null;
  doc_number: string | null;
  earned: number;
  projected: number;
  status: string;
  illustrative: boolean;
}

export interface PolicyData {
  family: string;
  date: string;
  doc: PolicyDocRow | null;
  illustrative: boolean;
  docNumbers: string[];
  summary: PolicySummaryRow[];
  overdue: PolicyOverdueRow[];
  departments: PolicyDeptRow[];
  deadlines: PolicyDueRow[];
  targets: PolicyTargetRow[];
  incentives: PolicyIncentiveRow[];
  regions: Record<string, RegionName>;
  indicatorInfo: Record<string, IndicatorInfo>;
}

export async function gatherPolicy(q: Querier, meta: Meta, family: string, date: string): Promise<PolicyData> {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const [docs, summary, overdue, departments, deadlines, targets, incentives] = await inTurn<[PolicyDocRow[], PolicySummaryRow[], PolicyOverdueRow[], PolicyDeptRow[], PolicyDueRow[], PolicyTargetRow[], PolicyIncentiveRow[]]>([
    () => q.query(POLICY_SQL.documents),
    () => q.query(POLICY_SQL.docSummary, [date, family]),
    () => q.query(POLICY_SQL.overdue, [date, family]),
    () => q.query(POLICY_SQL.departments, [date, family]),
    () => q.query(POLICY_SQL.deadlines, [date, family]),
    () => q.query(POLICY_SQL.targets, [family, date]),
    () => q.query(POLICY_SQL.incentives, [y, m, y, m, family, family]),
  ]);
  const all = [...summary, ...overdue, ...departments, ...targets, ...incentives];
  return {
    family,
    date,
    doc: docs.find((d) => d.doc_id === family) ?? null,
    illustrative: meta.illustrative || all.some((r) => r.illustrative),
    docNumbers: distinct([...summary.map((r) => r.doc_number), ...targets.map((r) => r.doc_number), ...incentives.map((r) => r.doc_number)]),
    summary,
    overdue,
    departments,
    deadlines,
    targets,
    incentives,
    ...names(meta),
  };
}
