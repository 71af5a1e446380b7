/** One indicator at one region: its targets, its months, the units it is compared with, the documents issued that year. */
import { panelQuery } from '../panelQuery.ts';
import { CHILD_COLUMNS, CHILD_SELECT } from '../ranking/query.ts';
import { EXAMPLE_INDICATOR, EXAMPLE_TARGET_ID, type ComparisonInput, type RegionMonthIndicator, type RegionYear, type SeriesYear, type TargetYear } from '../inputs.ts';

/** A target's full state (progress_at's columns) with its document and, for a benchmark, the reference region's name. */
export const TARGET_COLUMNS = {
  target_id: 'text',
  indicator_id: 'text',
  region_id: 'text',
  year: 'int',
  month: 'int',
  kind: 'text',
  target_year: 'int',
  is_path: 'bool',
  is_primary: 'bool',
  target_input: 'double?',
  target_value: 'double?',
  path_base: 'double?',
  prev_full: 'double?',
  ref_region_id: 'text?',
  actual: 'double?',
  actual_prev_year: 'double?',
  yoy_pct: 'double?',
  yoy_diff: 'double?',
  time_progress: 'double',
  path_value: 'double?',
  completion: 'double?',
  expected: 'double?',
  pace_basis: 'text?',
  benchmark_value: 'double?',
  own_measure: 'double?',
  pace_gap: 'double?',
  status: 'text',
  // the target kinds of county plans (queries/31_target_progress.sql)
  above_range: 'bool?',
  target_high: 'double?',
  due_month: 'int?',
  ref_group: 'text?',
  scope_note: 'text?',
  lead_unit: 'text?',
  // a parent's figure (or a benchmark's reference) summing only the children present in the data
  is_partial: 'bool',
  ref_is_partial: 'bool',
  cumulative_actual: 'double?',
  projection: 'double?',
  projection_method: 'text?',
  shape_years: 'int?',
  needed_monthly: 'double?',
  pace_monthly: 'double?',
  out_of_reach: 'bool?',
  illustrative: 'bool',
  origin: 'text?',
  n_parts: 'int?',
  value_type: 'text?',
  direction: 'text?',
  unit: 'text?',
  is_rate: 'bool',
  is_cumulative_target: 'bool',
  doc_id: 'text',
  quote: 'text?',
  source_line: 'text?',
  source_file: 'text?',
  behind_since_month: 'int?',
  projected_completion: 'double?',
  parent_id: 'text?',
  sibling_rank: 'int?',
  sibling_count: 'int?',
  doc_number: 'text?',
  doc_title: 'text?',
  ref_name_zh: 'text?',
  ref_name_en: 'text?',
} as const;

export const targetsOf = panelQuery({
  id: 'indicator.targets',
  sql: `SELECT p.*, d.doc_number, d.title AS doc_title, rr.name_zh AS ref_name_zh, rr.name_en AS ref_name_en
    FROM progress_at(?, ?) p
    LEFT JOIN policies d USING (doc_id)
    LEFT JOIN regions rr ON rr.region_id = p.ref_region_id
    WHERE p.region_id = ? AND p.indicator_id = ?
    ORDER BY p.is_primary DESC, p.is_path, p.kind`,
  params: (p: RegionMonthIndicator) => [p.year, p.month, p.regionId, p.indicatorId],
  columns: TARGET_COLUMNS,
  example: EXAMPLE_INDICATOR,
});

/** A month of the cumulative chart: a target's months, or an indicator's values where the region has no target. */
const MONTH_COLUMNS = {
  month: 'int',
  actual: 'double?',
  actual_prev_year: 'double?',
  path_value: 'double?',
  completion: 'double?',
  expected: 'double?',
  time_progress: 'double?',
  status: 'text?',
  illustrative: 'bool?',
} as const;

export const targetMonths = panelQuery({
  id: 'indicator.targetMonths',
  sql: `SELECT month, actual, actual_prev_year, path_value, completion, expected, time_progress, status, illustrative
    FROM target_status_snap WHERE target_id = ? AND year = CAST(? AS INTEGER) ORDER BY month`,
  params: (p: TargetYear) => [p.targetId, p.year],
  columns: MONTH_COLUMNS,
  example: { targetId: EXAMPLE_TARGET_ID, year: 2020 },
});

/** Without a target there is no path, completion or status: those columns stay empty. */
export const seriesMonths = panelQuery({
  id: 'indicator.seriesMonths',
  sql: `SELECT month, value AS actual, value_prev_year AS actual_prev_year, NULL::DOUBLE AS path_value, NULL::DOUBLE AS completion,
      NULL::DOUBLE AS expected, NULL::DOUBLE AS time_progress, NULL::VARCHAR AS status, illustrative
    FROM series_snap WHERE indicator_id = ? AND region_id = ? AND year = CAST(? AS INTEGER) ORDER BY month`,
  params: (p: SeriesYear) => [p.indicatorId, p.regionId, p.year],
  columns: MONTH_COLUMNS,
  example: { indicatorId: 'fdi', regionId: 'taian', year: 2020 },
});

/**
 * The regions an indicator's bars compare: the region's children, or, when none of them has a
 * target for it (a county whose parks report other things, or a region without children), the
 * region's siblings.
 */
export const comparison = panelQuery({
  id: 'indicator.comparison',
  sql: `WITH c AS (
      SELECT ${CHILD_SELECT}, parent_id = ? AS own
      FROM progress_at(?, ?) WHERE indicator_id = ? AND is_primary AND parent_id IN (?, ?))
    SELECT * EXCLUDE (own) FROM c WHERE own = (SELECT bool_or(own) FROM c)
    ORDER BY sibling_rank, region_id`,
  params: (p: ComparisonInput) => [p.regionId, p.year, p.month, p.indicatorId, p.regionId, p.parentId],
  columns: CHILD_COLUMNS,
  example: { ...EXAMPLE_INDICATOR, parentId: 'taian' },
});

export const policyEvents = panelQuery({
  id: 'indicator.policyEvents',
  sql: `SELECT d.doc_id, d.doc_number, d.issued_on, month(d.issued_on) AS month
    FROM doc_roots r
    JOIN doc_info d USING (doc_id)
    JOIN region_tree rt ON rt.ancestor_id = d.region_id AND rt.region_id = ?
    WHERE year(d.issued_on) = ?
    ORDER BY d.issued_on, d.doc_id`,
  params: (p: RegionYear) => [p.regionId, p.year],
  columns: {
    doc_id: 'text',
    doc_number: 'text?',
    issued_on: 'date',
    month: 'int',
  },
  example: { regionId: 'taian', year: 2020 },
});
