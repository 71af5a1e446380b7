/** Every target of one region (the region screen). */
import { TARGET_COLUMNS } from '../indicator/query.ts';
import { panelQuery } from '../panelQuery.ts';
import { EXAMPLE_REGION_MONTH, type RegionMonth } from '../inputs.ts';

export const scorecard = panelQuery({
  id: 'scorecard.targets',
  sql: `SELECT p.*, d.doc_number, d.title AS doc_title, rr.name_zh AS ref_name_zh, rr.name_en AS ref_name_en
    FROM progress_at(?, ?) p
    JOIN indicators i USING (indicator_id)
    LEFT JOIN policies d USING (doc_id)
    LEFT JOIN regions rr ON rr.region_id = p.ref_region_id
    WHERE p.region_id = ?
    ORDER BY i.sort_order NULLS LAST, p.indicator_id, p.is_primary DESC, p.is_path, p.kind`,
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: TARGET_COLUMNS,
  example: EXAMPLE_REGION_MONTH,
});
