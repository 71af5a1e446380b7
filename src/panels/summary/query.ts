/** How many targets of a region (or of its tree) are on pace, behind, far behind (queries/41, 43). */
import { panelQuery } from '../panelQuery.ts';
import { EXAMPLE_REGION_MONTH, type RegionMonth } from '../inputs.ts';

export const treeSummary = panelQuery({
  id: 'summary.tree',
  sql: 'SELECT * FROM tree_summary(?, ?, ?)',
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: {
    n_targets: 'int',
    n_ahead: 'int',
    n_slightly_behind: 'int',
    n_far_behind: 'int',
    n_not_yet_due: 'int',
    n_regions_far_behind: 'int',
    n_regions: 'int',
    illustrative: 'bool',
  },
  example: EXAMPLE_REGION_MONTH,
});

export const regionSummary = panelQuery({
  id: 'summary.region',
  sql: 'SELECT * FROM region_summary(?, ?) WHERE region_id = ?',
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: {
    region_id: 'text',
    n_targets: 'int',
    n_ahead: 'int',
    n_slightly_behind: 'int',
    n_far_behind: 'int',
    mean_gap: 'double',
    illustrative: 'bool',
    share_ahead: 'double',
    parent_id: 'text?',
    overall_status: 'text',
    sibling_rank: 'int',
    sibling_count: 'int',
  },
  example: EXAMPLE_REGION_MONTH,
});
