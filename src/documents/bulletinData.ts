/**
 * Everything the documents (Word bulletin, Excel workbooks, the work-group message) show, gathered
 * in one place with the screens' own panel declarations, so a figure in a document is the figure on
 * screen. The builders take these plain rows and names, never a database. The browser passes its
 * query client, the command its native DuckDB: both answer `query(sql, params)`.
 */
import { childrenOf, type Meta } from '../app/meta.ts';
import { bulletinIndicators, bulletinLagging, bulletinOverdue, bulletinUnits } from '../panels/bulletin/query.ts';
import { incentiveLines } from '../panels/incentives/query.ts';
import { familyKpis } from '../panels/kpis/query.ts';
import { laggingTargets } from '../panels/lagging/query.ts';
import { monthsOfRegion } from '../panels/months/query.ts';
import type { RowOfQuery } from '../panels/panelQuery.ts';
import { deadlinesAhead, departmentTasks, docSummary, docTargets, overdueTasks, policyDocuments } from '../panels/policy/query.ts';
import { runPanelQuery, type Queryable } from '../panels/runPanelQuery.ts';
import { regionSummary, treeSummary } from '../panels/summary/query.ts';

export type Querier = Queryable;

export type RegionSummaryRow = RowOfQuery<typeof regionSummary>;
/** a unit the bulletin ranks: a member unit, or a lead department (`department` set) */
export type RankedUnitRow = RowOfQuery<typeof bulletinUnits>;
export type IndicatorRow = RowOfQuery<typeof bulletinIndicators>;
export type FarBehindRow = RowOfQuery<typeof bulletinLagging>;
export type BehindRow = RowOfQuery<typeof laggingTargets>;
export type OverdueTaskRow = RowOfQuery<typeof bulletinOverdue>;
export type TreeSummaryRow = RowOfQuery<typeof treeSummary>;
export type KpiFigure = RowOfQuery<typeof familyKpis>;

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
  /** a region without member units ranks and names its lead departments (queries/45_region_plan.sql, ranks_departments) */
  byDepartment: boolean;
  summary: RegionSummaryRow | null;
  ranking: RankedUnitRow[];
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
  const at = { regionId, year, month };
  const [summary, ranking, indicators, farBehind, overdue, tree, kpis, behind] = await inTurn<
    [RegionSummaryRow[], RankedUnitRow[], IndicatorRow[], FarBehindRow[], OverdueTaskRow[], TreeSummaryRow[], KpiFigure[], BehindRow[]]
  >([
    () => runPanelQuery(q, regionSummary, at),
    () => runPanelQuery(q, bulletinUnits, at),
    () => runPanelQuery(q, bulletinIndicators, at),
    () => runPanelQuery(q, bulletinLagging, at),
    () => runPanelQuery(q, bulletinOverdue, { regionId, date }),
    () => runPanelQuery(q, treeSummary, at),
    () => runPanelQuery(q, familyKpis, at),
    () => runPanelQuery(q, laggingTargets, at),
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
    byDepartment: childrenOf(meta, regionId).length === 0,
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
  return runPanelQuery(q, monthsOfRegion, { regionId });
}

// ---- the policy screen, as one workbook --------------------------------------------------------

export type PolicyDocRow = RowOfQuery<typeof policyDocuments>;
export type PolicySummaryRow = RowOfQuery<typeof docSummary>;
export type PolicyOverdueRow = RowOfQuery<typeof overdueTasks>;
export type PolicyDeptRow = RowOfQuery<typeof departmentTasks>;
export type PolicyDueRow = RowOfQuery<typeof deadlinesAhead>;
export type PolicyTargetRow = RowOfQuery<typeof docTargets>;
export type PolicyIncentiveRow = RowOfQuery<typeof incentiveLines>;

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
  const fd = { family, date };
  const [docs, summary, overdue, departments, deadlines, targets, incentives] = await inTurn<
    [PolicyDocRow[], PolicySummaryRow[], PolicyOverdueRow[], PolicyDeptRow[], PolicyDueRow[], PolicyTargetRow[], PolicyIncentiveRow[]]
  >([
    () => runPanelQuery(q, policyDocuments, {}),
    () => runPanelQuery(q, docSummary, fd),
    () => runPanelQuery(q, overdueTasks, fd),
    () => runPanelQuery(q, departmentTasks, fd),
    () => runPanelQuery(q, deadlinesAhead, fd),
    () => runPanelQuery(q, docTargets, fd),
    () => runPanelQuery(q, incentiveLines, { family, year: y, month: m }),
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
