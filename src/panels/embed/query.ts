/** One target's state (the embed's reported value). */
import { panelQuery } from '../panelQuery.ts';
import { EXAMPLE_INDICATOR, type RegionMonthIndicator } from '../inputs.ts';

export const embedValue = panelQuery({
  id: 'embed.value',
  sql: `SELECT p.region_id, p.indicator_id, p.kind, p.year, p.month, p.actual, p.target_value, p.completion, p.expected,
           p.pace_gap, p.status, p.illustrative
    FROM progress_at(?, ?) p WHERE p.region_id = ? AND p.indicator_id = ? AND p.is_primary`,
  params: (p: RegionMonthIndicator) => [p.year, p.month, p.regionId, p.indicatorId],
  columns: {
    region_id: 'text',
    indicator_id: 'text',
    kind: 'text',
    year: 'int',
    month: 'int',
    actual: 'double?',
    target_value: 'double?',
    completion: 'double?',
    expected: 'double?',
    pace_gap: 'double?',
    status: 'text',
    illustrative: 'bool',
  },
  example: EXAMPLE_INDICATOR,
});
