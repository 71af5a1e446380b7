-- Per region, as of (y, m): how many of its own primary targets are on pace, slightly and far
-- behind, and the mean gap to pace. Ranks siblings by the share on pace (then by mean gap).
-- Defined for every (year, as-of month) at once; 41a keeps it as a table and region_summary(y, m)
-- reads one month of it, so a filter change costs a lookup.
CREATE OR REPLACE VIEW region_summary_all AS
WITH s AS (
  SELECT year, asof_month, region_id,
         count(*) AS n_targets,
         count(*) FILTER (WHERE status = 'ahead') AS n_ahead,
         count(*) FILTER (WHERE status = 'slightly_behind') AS n_slightly_behind,
         count(*) FILTER (WHERE status = 'far_behind') AS n_far_behind,
         avg(pace_gap) AS mean_gap,
         bool_or(illustrative) AS illustrative
  -- a threshold not yet due is not judged: it neither helps nor hurts a unit's standing
  FROM progress_snap WHERE is_primary AND status NOT IN ('no_data', 'not_yet_due')
  GROUP BY year, asof_month, region_id
)
SELECT s.year, s.asof_month, s.region_id, s.n_targets, s.n_ahead, s.n_slightly_behind, s.n_far_behind, s.mean_gap, s.illustrative,
       n_ahead / n_targets AS share_ahead, r.parent_id,
       overall_status(n_ahead, n_slightly_behind, n_far_behind) AS overall_status,
       rank() OVER (PARTITION BY s.year, s.asof_month, r.parent_id ORDER BY n_ahead / n_targets DESC, mean_gap DESC) AS sibling_rank,
       count(*) OVER (PARTITION BY s.year, s.asof_month, r.parent_id) AS sibling_count
FROM s JOIN regions r USING (region_id);
