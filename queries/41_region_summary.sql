-- Per region, as of (y, m): how many of its own primary targets are on pace, slightly and far
-- behind, and the mean gap to pace. Ranks siblings by the share on pace (then by mean gap).
CREATE OR REPLACE MACRO region_summary(y, m) AS TABLE
WITH s AS (
  SELECT region_id,
         count(*) AS n_targets,
         count(*) FILTER (WHERE status = 'ahead') AS n_ahead,
         count(*) FILTER (WHERE status = 'slightly_behind') AS n_slightly_behind,
         count(*) FILTER (WHERE status = 'far_behind') AS n_far_behind,
         avg(pace_gap) AS mean_gap,
         bool_or(illustrative) AS illustrative
  FROM progress_at(y, m) WHERE is_primary AND status <> 'no_data'
  GROUP BY region_id
)
SELECT s.*, n_ahead / n_targets AS share_ahead, r.parent_id,
       overall_status(n_ahead, n_slightly_behind, n_far_behind) AS overall_status,
       rank() OVER (PARTITION BY r.parent_id ORDER BY n_ahead / n_targets DESC, mean_gap DESC) AS sibling_rank,
       count(*) OVER (PARTITION BY r.parent_id) AS sibling_count
FROM s JOIN regions r USING (region_id);
