/**
 * The overview's department ranking: where a region's targets are assigned to departments
 * (牵头单位) rather than to sub-regions, the departments ranked by their share of targets on pace
 * as of the month (queries/45_region_plan.sql, department_ranking), names merged through the
 * unit aliases.
 */
import { panelQuery, type RegionMonth } from '../panelQuery.ts';

export const departmentRanking = panelQuery({
  id: 'departments.ranking',
  sql: `SELECT department, n_targets, n_judged, n_ahead, n_slightly_behind, n_far_behind, n_not_yet_due,
               share_on_pace, mean_gap, status, rank, illustrative
        FROM department_ranking(?, ?, ?)`,
  params: (p: RegionMonth) => [p.year, p.month, p.regionId],
  columns: {
    department: 'text',
    n_targets: 'int',
    n_judged: 'int',
    n_ahead: 'int',
    n_slightly_behind: 'int',
    n_far_behind: 'int',
    n_not_yet_due: 'int',
    share_on_pace: 'double?',
    mean_gap: 'double?',
    status: 'text',
    rank: 'int',
    illustrative: 'bool?',
  },
  example: { regionId: 'juye', year: 2023, month: 10 },
});

/** The month a region opens on: the latest with data for its own targets. */
export const regionDefaultMonth = panelQuery({
  id: 'region.defaultMonth',
  sql: 'SELECT year, month FROM region_default_month WHERE region_id = ?',
  params: (p: { regionId: string }) => [p.regionId],
  columns: { year: 'int', month: 'int' },
  example: { regionId: 'tancheng' },
});

/** The headline families a region's overview shows in a year, in order, with their names. */
export const regionFamilies = panelQuery({
  id: 'region.families',
  sql: 'SELECT family_id, name_zh, name_en, sort_order, indicator_id, n_indicators FROM region_families(?, ?)',
  params: (p: { regionId: string; year: number }) => [p.year, p.regionId],
  columns: { family_id: 'text', name_zh: 'text', name_en: 'text?', sort_order: 'int?', indicator_id: 'text', n_indicators: 'int' },
  example: { regionId: 'taian', year: 2020 },
});
