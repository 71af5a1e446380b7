/** One target's state (the embed's reported value). */
import { panelQuery } from '../panelQuery.ts';
import { TARGET_PACE_COLUMNS, TARGET_PACE_SQL } from '../targetPaceColumns.ts';
import { EXAMPLE_INDICATOR, type RegionMonthIndicator } from '../inputs.ts';

export const embedValue = panelQuery({
  id: 'embed.value',
  sql: `SELECT ${TARGET_PACE_SQL}, p.year, p.month, p.illustrative
    FROM progress_at(?, ?) p WHERE p.region_id = ? AND p.indicator_id = ? AND p.is_primary`,
  params: (p: RegionMonthIndicator) => [p.year, p.month, p.regionId, p.indicatorId],
  columns: {
    ...TARGET_PACE_COLUMNS,
    year: 'int',
    month: 'int',
    illustrative: 'bool',
  },
  example: EXAMPLE_INDICATOR,
});
