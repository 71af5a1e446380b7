/** Units ranked: by share of targets on pace (region_summary), or by completion of one indicator. The overview, the wall's ranking and summary and the bulletin's ranking table read the same query. */
import { panelQuery } from '../panelQuery.ts';
import { EXAMPLE_INDICATOR, EXAMPLE_REGION_MONTH, type RegionMonth, type RegionMonthIndicator } from '../inputs.ts';

export const unitRanking = panelQuery({
  id: 'ranking.units',
  sql: `SELECT region_id, n_targets, n_ahead, n_slightly_behind, n_far_behind, share_ahead, mean_gap, overall_status, sibling_rank, illustrative
    FROM region_summary(?, ?) WHERE parent_id = ? ORDER BY sibling_rank, region_id`,
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: {
    region_id: 'text',
    n_targets: 'int',
    n_ahead: 'int',
    n_slightly_behind: 'int',
    n_far_behind: 'int',
    share_ahead: 'double',
    mean_gap: 'double',
    overall_status: 'text',
    sibling_rank: 'int',
    illustrative: 'bool',
  },
  example: EXAMPLE_REGION_MONTH,
});

export const rankingIndicators = panelQuery({
  id: 'ranking.indicators',
  sql: `SELECT DISTINCT indicator_id FROM progress_at(?, ?) WHERE parent_id = ? AND is_primary AND status <> 'no_data' ORDER BY indicator_id`,
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: {
    indicator_id: 'text',
  },
  example: EXAMPLE_REGION_MONTH,
});

/** What a bar or a row per region shows of a target: the ranking by indicator, the wall's card, the indicator screen's comparison. */
export const CHILD_COLUMNS = {
  region_id: 'text',
  indicator_id: 'text',
  kind: 'text',
  actual: 'double?',
  target_value: 'double?',
  path_value: 'double?',
  completion: 'double?',
  expected: 'double?',
  time_progress: 'double',
  pace_gap: 'double?',
  status: 'text',
  sibling_rank: 'int?',
  sibling_count: 'int?',
  yoy_pct: 'double?',
  projection: 'double?',
  projected_completion: 'double?',
  behind_since_month: 'int?',
  month: 'int',
  illustrative: 'bool',
} as const;

/** The same columns as SQL (the keys above, in order). */
export const CHILD_SELECT = Object.keys(CHILD_COLUMNS).join(', ');

export const childProgress = panelQuery({
  id: 'ranking.childProgress',
  sql: `SELECT ${CHILD_SELECT}
    FROM progress_at(?, ?) WHERE parent_id = ? AND indicator_id = ? AND is_primary
    ORDER BY sibling_rank, region_id`,
  params: (p: RegionMonthIndicator) => [p.year, p.month, p.regionId, p.indicatorId],
  columns: CHILD_COLUMNS,
  example: EXAMPLE_INDICATOR,
});
