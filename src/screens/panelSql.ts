/**
 * The SELECTs behind each panel. They only filter and join the views of queries/ with bound
 * parameters; no metric is computed here.
 */
/** What a bar or a row per region shows of a target (ChildProgress in Overview.tsx). */
const CHILD_COLUMNS = `region_id, indicator_id, kind, actual, target_value, path_value, completion, expected, time_progress, pace_gap,
  status, sibling_rank, sibling_count, yoy_pct, projection, projected_completion, behind_since_month, month, illustrative`;

export const PANEL_SQL = {
  kpis: `SELECT k.*, d.doc_number, d.title AS doc_title, wr.name_zh AS worst_name_zh, wr.name_en AS worst_name_en
         FROM family_kpis(?, ?, ?) k
         LEFT JOIN policies d USING (doc_id)
         LEFT JOIN regions wr ON wr.region_id = k.worst_region_id`,
  rankingOverall: `SELECT region_id, n_targets, n_ahead, n_slightly_behind, n_far_behind, share_ahead, mean_gap, overall_status, sibling_rank, illustrative
                   FROM region_summary(?, ?) WHERE parent_id = ? ORDER BY sibling_rank, region_id`,
  rankingIndicators: `SELECT DISTINCT indicator_id FROM progress_at(?, ?) WHERE parent_id = ? AND is_primary AND status <> 'no_data'`,
  childProgress: `SELECT ${CHILD_COLUMNS}
                  FROM progress_at(?, ?) WHERE parent_id = ? AND indicator_id = ? AND is_primary
                  ORDER BY sibling_rank, region_id`,
  /**
   * The regions an indicator's bars compare: the region's children, or, when none of them has a
   * target for it (a county whose parks report other things, or a region without children), the
   * region's siblings. Parameters: region, year, month, indicator, region, parent (the region
   * itself when it has no parent).
   */
  comparison: `WITH c AS (
                 SELECT ${CHILD_COLUMNS}, parent_id = ? AS own
                 FROM progress_at(?, ?) WHERE indicator_id = ? AND is_primary AND parent_id IN (?, ?))
               SELECT * EXCLUDE (own) FROM c WHERE own = (SELECT bool_or(own) FROM c)
               ORDER BY sibling_rank, region_id`,
  lagging: `SELECT p.region_id, p.indicator_id, p.kind, p.actual, p.target_value, p.completion, p.expected, p.pace_gap, p.status,
                   p.behind_since_month, p.month, p.illustrative, p.own_measure, p.benchmark_value
            FROM progress_at(?, ?) p
            JOIN region_tree t ON t.region_id = p.region_id AND t.ancestor_id = ?
            WHERE p.is_primary AND p.status IN ('slightly_behind', 'far_behind')
            ORDER BY p.pace_gap, p.region_id, p.indicator_id
            LIMIT 60`,
  targetsOf: `SELECT p.*, d.doc_number, d.title AS doc_title, rr.name_zh AS ref_name_zh, rr.name_en AS ref_name_en
              FROM progress_at(?, ?) p
              LEFT JOIN policies d USING (doc_id)
              LEFT JOIN regions rr ON rr.region_id = p.ref_region_id
              WHERE p.region_id = ? AND p.indicator_id = ?
              ORDER BY p.is_primary DESC, p.is_path, p.kind`,
  monthly: `SELECT month, actual, actual_prev_year, path_value, completion, expected, time_progress, status, illustrative
            FROM target_status_snap WHERE target_id = ? AND year = CAST(? AS INTEGER) ORDER BY month`,
  seriesYear: `SELECT month, value AS actual, value_prev_year AS actual_prev_year, illustrative
               FROM series_snap WHERE indicator_id = ? AND region_id = ? AND year = CAST(? AS INTEGER) ORDER BY month`,
  scorecard: `SELECT p.*, d.doc_number, d.title AS doc_title, rr.name_zh AS ref_name_zh, rr.name_en AS ref_name_en
              FROM progress_at(?, ?) p
              JOIN indicators i USING (indicator_id)
              LEFT JOIN policies d USING (doc_id)
              LEFT JOIN regions rr ON rr.region_id = p.ref_region_id
              WHERE p.region_id = ?
              ORDER BY i.sort_order NULLS LAST, p.indicator_id, p.is_primary DESC, p.is_path, p.kind`,
  regionSummary: `SELECT * FROM region_summary(?, ?) WHERE region_id = ?`,
  treeSummary: `SELECT * FROM tree_summary(?, ?, ?)`,
  months: `SELECT DISTINCT year, month FROM data_months_snap t JOIN region_tree rt ON rt.region_id = t.region_id
           WHERE rt.ancestor_id = ? ORDER BY year DESC, month DESC`,
};
