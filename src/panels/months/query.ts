/** The months with data under a region (the header's month choice). */
import { panelQuery } from '../panelQuery.ts';
import type { RegionOnly } from '../inputs.ts';

export const monthsOfRegion = panelQuery({
  id: 'months.ofRegion',
  sql: `SELECT DISTINCT year, month FROM data_months_snap t JOIN region_tree rt ON rt.region_id = t.region_id
    WHERE rt.ancestor_id = ? ORDER BY year DESC, month DESC`,
  params: (p: RegionOnly) => [p.regionId],
  columns: {
    year: 'int',
    month: 'int',
  },
  example: { regionId: 'taian' },
});
