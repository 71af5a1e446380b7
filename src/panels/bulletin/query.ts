/** The monthly bulletin's own tables: the units ranked, completion per indicator, far-behind units, overdue tasks by department (queries/56_bulletin.sql). */
import { panelQuery } from '../panelQuery.ts';
import { TARGET_PACE_COLUMNS, TARGET_PACE_SQL } from '../targetPaceColumns.ts';
import { EXAMPLE_REGION_MONTH, type RegionDate, type RegionMonth } from '../inputs.ts';

/**
 * The units a bulletin ranks (queries/56_bulletin.sql, bulletin_units): the region's member units,
 * or its lead departments when it has none (a county's plan, 巨野县); a department's row has
 * `department` set and the region itself as region_id.
 */
export const bulletinUnits = panelQuery({
  id: 'bulletin.units',
  sql: `SELECT * FROM bulletin_units(?, ?, ?) ORDER BY sibling_rank, region_id, department`,
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: {
    region_id: 'text',
    department: 'text?',
    n_targets: 'int',
    n_ahead: 'int',
    n_slightly_behind: 'int',
    n_far_behind: 'int',
    share_ahead: 'double?',
    mean_gap: 'double?',
    overall_status: 'text',
    sibling_rank: 'int',
    illustrative: 'bool',
  },
  example: EXAMPLE_REGION_MONTH,
});

export const bulletinIndicators = panelQuery({
  id: 'bulletin.indicators',
  sql: `SELECT ${TARGET_PACE_SQL}, p.unit_rank AS sibling_rank, p.department, p.is_cumulative_target, d.doc_number
    FROM bulletin_targets(?, ?, ?) p
    JOIN indicators i USING (indicator_id)
    LEFT JOIN doc_info d ON d.doc_id = p.doc_id
    WHERE p.kind NOT IN ('benchmark')
    ORDER BY i.sort_order NULLS LAST, p.indicator_id, p.unit_rank, p.region_id`,
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: {
    ...TARGET_PACE_COLUMNS,
    sibling_rank: 'int?',
    department: 'text?',
    is_cumulative_target: 'bool',
    doc_number: 'text?',
  },
  example: EXAMPLE_REGION_MONTH,
});

export const bulletinLagging = panelQuery({
  id: 'bulletin.lagging',
  sql: `SELECT p.region_id, p.department, p.indicator_id, p.completion, p.pace_gap, p.behind_since_month
    FROM bulletin_targets(?, ?, ?) p
    WHERE p.status = 'far_behind'
    ORDER BY p.region_id, p.department, p.pace_gap`,
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: {
    region_id: 'text',
    department: 'text?',
    indicator_id: 'text',
    completion: 'double?',
    pace_gap: 'double?',
    behind_since_month: 'int?',
  },
  example: EXAMPLE_REGION_MONTH,
});

export const bulletinOverdue = panelQuery({
  id: 'bulletin.overdue',
  sql: 'SELECT * FROM overdue_by_dept(?::DATE, ?) ORDER BY dept_order, days_overdue DESC, doc_id, task_id',
  params: (p: RegionDate) => [p.date, p.regionId],
  columns: {
    doc_id: 'text',
    root_id: 'text',
    region_id: 'text',
    doc_number: 'text?',
    task_id: 'text',
    title: 'text',
    milestone: 'text?',
    area: 'text?',
    lead_unit: 'text?',
    lead_named: 'text?',
    department: 'text',
    deadline: 'date?',
    status: 'text',
    completed_on: 'date?',
    as_of: 'date?',
    illustrative: 'bool',
    source_line: 'int?',
    source_file: 'text?',
    state: 'text',
    days_overdue: 'int',
    days_late: 'int?',
    days_to_deadline: 'int?',
    after_report: 'bool',
    dept_overdue: 'int',
    dept_max_days: 'int',
    dept_order: 'int',
  },
  example: { regionId: 'taian', date: '2020-10-31' },
});
