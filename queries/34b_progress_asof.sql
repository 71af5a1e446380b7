-- The state of every target as of every month of its year: for as-of month m, the latest month
-- with data no later than m, with rank among sibling regions (same parent, same indicator,
-- primary targets) by pace. Kept as a table (34c) so that a filter change is a lookup.
CREATE OR REPLACE VIEW progress_asof AS
WITH as_of AS (
  SELECT s.*, m.asof_month
  FROM target_status_snap s
  JOIN (SELECT unnest(range(1, 13)) AS asof_month) m ON s.month <= m.asof_month
  WHERE s.actual IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY s.target_id, s.year, m.asof_month ORDER BY s.month DESC) = 1
)
SELECT a.*, r.parent_id,
  CASE WHEN a.is_primary THEN
    rank() OVER (PARTITION BY a.year, a.asof_month, a.indicator_id, r.parent_id, a.is_primary ORDER BY a.pace_gap DESC NULLS LAST)
  END AS sibling_rank,
  CASE WHEN a.is_primary THEN
    count(*) OVER (PARTITION BY a.year, a.asof_month, a.indicator_id, r.parent_id, a.is_primary)
  END AS sibling_count
FROM as_of a JOIN regions r USING (region_id);
