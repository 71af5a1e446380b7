/**
 * The SELECTs behind the policy screen, the bulletin and the policy markers. They only
 * filter and join the views and macros of queries/50-59 with bound parameters; no metric is
 * computed here.
 */
export const POLICY_SQL = {
  /** documents issued in a year that cover a region (the region or one above it): chart markers */
  events: `SELECT d.doc_id, d.doc_number, d.issued_on, month(d.issued_on) AS month
           FROM doc_roots r
           JOIN doc_info d USING (doc_id)
           JOIN region_tree rt ON rt.ancestor_id = d.region_id AND rt.region_id = ?
           WHERE year(d.issued_on) = ?
           ORDER BY d.issued_on, d.doc_id`,
  /** documents to choose from: the roots first, each followed by its parts */
  documents: `SELECT d.doc_id, d.root_id, d.doc_number, d.title, d.title_en, d.region_id, d.issued_on,
                     d.doc_id = d.root_id AS is_root,
                     (SELECT count(*) FROM tasks t JOIN doc_family f ON f.doc_id = t.doc_id WHERE f.family_id = d.doc_id) AS n_tasks,
                     (SELECT max(t.as_of) FROM tasks t JOIN doc_family f ON f.doc_id = t.doc_id WHERE f.family_id = d.doc_id) AS report_date
              FROM doc_info d
              ORDER BY d.issued_on, d.root_id, d.doc_id <> d.root_id, length(d.doc_id), d.doc_id`,
  /** the family's row (doc_id NULL) first, then one row per document in it */
  docSummary: `SELECT s.*, d.doc_number, d.title, d.title_en
               FROM tasks_summary(?::DATE) s
               LEFT JOIN doc_info d ON d.doc_id = s.doc_id
               WHERE s.family_id = ?
               ORDER BY s.doc_id IS NOT NULL, length(s.doc_id), s.doc_id`,
  overdue: `SELECT a.doc_id, a.task_id, a.title, a.milestone, a.lead_unit, a.lead_named, a.department, a.deadline, a.days_overdue,
                   a.area, a.source_line, a.illustrative, d.doc_number
            FROM tasks_at(?::DATE) a
            JOIN doc_family f ON f.doc_id = a.doc_id AND f.family_id = ?
            LEFT JOIN doc_info d ON d.doc_id = a.doc_id
            WHERE a.state = 'overdue'
            ORDER BY a.days_overdue DESC, a.doc_id, a.task_id`,
  departments: `SELECT * FROM dept_tasks_summary(?::DATE, ?) ORDER BY dept_rank NULLS LAST, n_tasks DESC, department`,
  deadlines: `SELECT doc_id, task_id, title, milestone, lead_named, department, deadline, days_to_deadline, bucket
              FROM deadlines_ahead(?::DATE, ?) ORDER BY days_to_deadline, doc_id, task_id`,
  targets: `SELECT * FROM doc_targets_at(?, ?::DATE) ORDER BY sort_order NULLS LAST, indicator_id, region_sort NULLS LAST, region_id, target_year, kind`,
  /** indicators with monthly values in the region a document covers (or below it) */
  effectIndicators: `SELECT DISTINCT sm.indicator_id, i.sort_order
                     FROM series_monthly sm
                     JOIN indicators i USING (indicator_id)
                     JOIN region_tree rt ON rt.region_id = sm.region_id
                     JOIN doc_info d ON d.region_id = rt.ancestor_id AND d.doc_id = ?
                     ORDER BY i.sort_order NULLS LAST, sm.indicator_id`,
  effect: `SELECT * FROM policy_effect(?, ?, ?)`,
  effectSeries: `SELECT year, month, phase, treated_outcome, control_outcome, gap FROM policy_effect_series(?, ?, ?)`,
  /** the clause lines, the units that earn most first */
  incentives: `SELECT i.*, tot.earned AS unit_earned
               FROM incentives_at(?, ?) i
               JOIN incentive_totals(?, ?, ?) tot USING (unit_key)
               WHERE i.doc_id IN (SELECT doc_id FROM doc_family WHERE family_id = ?)
               ORDER BY tot.earned DESC, tot.projected DESC, i.unit_key, i.earned DESC, i.rule_id`,
  incentiveTotals: `SELECT * FROM incentive_totals(?, ?, ?) ORDER BY earned DESC, projected DESC, unit_key`,
  /** the bulletin */
  bulletinSummary: `SELECT * FROM region_summary(?, ?) WHERE region_id = ?`,
  bulletinRanking: `SELECT * FROM region_summary(?, ?) WHERE parent_id = ? ORDER BY sibling_rank, region_id`,
  bulletinIndicators: `SELECT p.region_id, p.indicator_id, p.kind, p.actual, p.target_value, p.completion, p.expected, p.pace_gap, p.status,
                              p.sibling_rank, d.doc_number
                       FROM progress_at(?, ?) p
                       JOIN indicators i USING (indicator_id)
                       LEFT JOIN doc_info d ON d.doc_id = p.doc_id
                       WHERE p.parent_id = ? AND p.is_primary AND p.kind NOT IN ('benchmark')
                       ORDER BY i.sort_order NULLS LAST, p.indicator_id, p.sibling_rank, p.region_id`,
  bulletinLagging: `SELECT p.region_id, p.indicator_id, p.completion, p.pace_gap, p.behind_since_month
                    FROM progress_at(?, ?) p
                    JOIN region_tree t ON t.region_id = p.region_id AND t.ancestor_id = ? AND t.depth = 1
                    WHERE p.is_primary AND p.status = 'far_behind'
                    ORDER BY p.region_id, p.pace_gap`,
  bulletinOverdue: `SELECT * FROM overdue_by_dept(?::DATE, ?) ORDER BY dept_order, days_overdue DESC, doc_id, task_id`,
};
