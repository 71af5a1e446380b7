-- The state of every target as of a chosen month: the latest month with data, no later than
-- (y, m), with rank among sibling regions (same parent, same indicator, primary targets) by pace.
-- Use with bound parameters: SELECT * FROM progress_at(?, ?) WHERE ...
CREATE OR REPLACE MACRO progress_at(y, m) AS TABLE
WITH as_of AS (
  SELECT * FROM target_status_snap
  WHERE year = y AND month <= m AND actual IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY target_id ORDER BY month DESC) = 1
)
SELECT a.*, r.parent_id,
  CASE WHEN a.is_primary THEN
    rank() OVER (PARTITION BY a.indicator_id, r.parent_id, a.is_primary ORDER BY a.pace_gap DESC NULLS LAST)
  END AS sibling_rank,
  CASE WHEN a.is_primary THEN
    count(*) OVER (PARTITION BY a.indicator_id, r.parent_id, a.is_primary)
  END AS sibling_count
FROM as_of a JOIN regions r USING (region_id);
