/** The wall's default playlist: headline indicators with a target under the region, and the units under it. */
import { panelQuery } from '../panelQuery.ts';
import { EXAMPLE_REGION_MONTH, type RegionMonth } from '../inputs.ts';

export const playlistIndicators = panelQuery({
  id: 'wall.playlistIndicators',
  sql: `SELECT DISTINCT i.indicator_id, i.sort_order FROM indicators i
    JOIN progress_at(?, ?) p USING (indicator_id)
    JOIN region_tree t ON t.region_id = p.region_id AND t.ancestor_id = ?
    WHERE i.family IS NOT NULL AND p.is_primary
    ORDER BY i.sort_order NULLS LAST, i.indicator_id`,
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: {
    indicator_id: 'text',
    sort_order: 'int?',
  },
  example: EXAMPLE_REGION_MONTH,
});

export const playlistUnits = panelQuery({
  id: 'wall.playlistUnits',
  sql: `SELECT s.region_id FROM region_summary(?, ?) s JOIN regions r USING (region_id)
    WHERE s.parent_id = ? ORDER BY r.sort_order NULLS LAST, s.region_id`,
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: {
    region_id: 'text',
  },
  example: EXAMPLE_REGION_MONTH,
});
