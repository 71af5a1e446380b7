/**
 * The SELECTs behind the wall's and the embeds' panels: filters and joins of the views in queries/
 * with bound parameters; no metric is computed here.
 */
export const WALL_SQL = {
  /**
   * The map of a region: its children (areas or markers) and the descendants one level further
   * down that have a marker position and a target for the indicator (development zones, parks).
   * Parameters: map region, year, month, indicator.
   */
  mapAreas: `SELECT r.region_id, r.name_zh, r.name_en, r.aliases, r.level, r.lon, r.lat, t.depth,
                    p.kind, p.actual, p.target_value, p.completion, p.expected, p.pace_gap, p.status, p.illustrative
             FROM regions r
             JOIN region_tree t ON t.region_id = r.region_id AND t.ancestor_id = ? AND t.depth BETWEEN 1 AND 2
             LEFT JOIN progress_at(?, ?) p ON p.region_id = r.region_id AND p.indicator_id = ? AND p.is_primary
             WHERE t.depth = 1 OR (r.lon IS NOT NULL AND p.target_id IS NOT NULL)
             ORDER BY t.depth, r.sort_order NULLS LAST, r.region_id`,
  /** One target's state (the embed's reported value). Parameters: year, month, region, indicator. */
  value: `SELECT p.region_id, p.indicator_id, p.kind, p.year, p.month, p.actual, p.target_value, p.completion, p.expected,
                 p.pace_gap, p.status, p.illustrative
          FROM progress_at(?, ?) p WHERE p.region_id = ? AND p.indicator_id = ? AND p.is_primary`,
  /** Children of a region with their standing. Parameters: year, month, parent. */
  summary: `SELECT s.region_id, s.n_targets, s.n_ahead, s.n_slightly_behind, s.n_far_behind, s.share_ahead, s.mean_gap,
                   s.overall_status, s.sibling_rank, s.illustrative
            FROM region_summary(?, ?) s WHERE s.parent_id = ? ORDER BY s.sibling_rank, s.region_id`,
  /** Headline indicators with a target somewhere under the region (the default playlist). Parameters: year, month, region. */
  headlines: `SELECT DISTINCT i.indicator_id, i.sort_order FROM indicators i
              JOIN progress_at(?, ?) p USING (indicator_id)
              JOIN region_tree t ON t.region_id = p.region_id AND t.ancestor_id = ?
              WHERE i.family IS NOT NULL AND p.is_primary
              ORDER BY i.sort_order NULLS LAST, i.indicator_id`,
  /** Units under the region with targets (the default playlist). Parameters: year, month, region. */
  units: `SELECT s.region_id FROM region_summary(?, ?) s JOIN regions r USING (region_id)
          WHERE s.parent_id = ? ORDER BY r.sort_order NULLS LAST, s.region_id`,
};
