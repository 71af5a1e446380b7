/**
 * Targets behind pace anywhere under a region, furthest behind first. The region's own targets name
 * their lead department (巨野县's are all its own: 县人社局 says more than 巨野县 eighteen times).
 */
import { panelQuery } from '../panelQuery.ts';
import { TARGET_PACE_COLUMNS, TARGET_PACE_SQL } from '../targetPaceColumns.ts';
import { EXAMPLE_REGION_MONTH, type RegionMonth } from '../inputs.ts';

export const laggingTargets = panelQuery({
  id: 'lagging.targets',
  sql: `SELECT ${TARGET_PACE_SQL}, p.behind_since_month, p.month, p.illustrative, p.own_measure, p.benchmark_value,
           CASE WHEN t.depth = 0 THEN lead_department(p.lead_unit, p.region_id) END AS department
    FROM progress_at(?, ?) p
    JOIN region_tree t ON t.region_id = p.region_id AND t.ancestor_id = ?
    WHERE p.is_primary AND p.status IN ('slightly_behind', 'far_behind')
    ORDER BY p.pace_gap, p.region_id, p.indicator_id
    LIMIT 60`,
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: {
    ...TARGET_PACE_COLUMNS,
    behind_since_month: 'int?',
    month: 'int',
    illustrative: 'bool',
    own_measure: 'double?',
    benchmark_value: 'double?',
    department: 'text?',
  },
  example: EXAMPLE_REGION_MONTH,
});
