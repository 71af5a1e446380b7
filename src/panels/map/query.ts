/** The map of a region: its children (areas or markers) and the descendants one level further down that have a marker position and a target for the indicator (development zones, parks). */
import { panelQuery } from '../panelQuery.ts';
import { EXAMPLE_INDICATOR, type RegionMonthIndicator } from '../inputs.ts';

export const mapAreas = panelQuery({
  id: 'map.areas',
  sql: `SELECT r.region_id, r.name_zh, r.name_en, r.aliases, r.level, r.lon, r.lat, t.depth,
           p.kind, p.actual, p.target_value, p.completion, p.expected, p.pace_gap, p.status, p.illustrative
    FROM regions r
    JOIN region_tree t ON t.region_id = r.region_id AND t.ancestor_id = ? AND t.depth BETWEEN 1 AND 2
    LEFT JOIN progress_at(?, ?) p ON p.region_id = r.region_id AND p.indicator_id = ? AND p.is_primary
    WHERE t.depth = 1 OR (r.lon IS NOT NULL AND p.target_id IS NOT NULL)
    ORDER BY t.depth, r.sort_order NULLS LAST, r.region_id`,
  params: (p: RegionMonthIndicator) => [p.regionId, p.year, p.month, p.indicatorId],
  columns: {
    region_id: 'text',
    name_zh: 'text',
    name_en: 'text?',
    aliases: 'text?',
    level: 'text',
    lon: 'double?',
    lat: 'double?',
    depth: 'int',
    kind: 'text?',
    actual: 'double?',
    target_value: 'double?',
    completion: 'double?',
    expected: 'double?',
    pace_gap: 'double?',
    status: 'text?',
    illustrative: 'bool?',
  },
  example: EXAMPLE_INDICATOR,
});
