-- The state of every target as of every month of its year: for as-of month m, the latest month
-- with data no later than m, with rank among sibling regions (same parent, same indicator,
-- primary targets) by pace. Kept as a table (34c) so that a filter change is a lookup.
CREATE OR REPLACE VIEW progress_asof AS
-- A month with data stands for every as-of month up to the next month with data (lead), so each
-- row is joined once to the as-of months it answers, not to every later month and then filtered.
WITH with_data AS (
  SELECT s.*, lead(s.month) OVER (PARTITION BY s.target_id, s.year ORDER BY s.month) AS next_month
  FROM target_status_snap s
  WHERE s.actual IS NOT NULL
),
as_of AS (
  SELECT d.* EXCLUDE (next_month), m.asof_month
  FROM with_data d
  JOIN (SELECT unnest(range(1, 13)) AS asof_month) m ON m.asof_month >= d.month AND m.asof_month < coalesce(d.next_month, 13)
)
SELECT a.*, r.parent_id,
  CASE WHEN a.is_primary THEN
    rank() OVER (PARTITION BY a.year, a.asof_month, a.indicator_id, r.parent_id, a.is_primary ORDER BY a.pace_gap DESC NULLS LAST)
  END AS sibling_rank,
  CASE WHEN a.is_primary THEN
    count(*) OVER (PARTITION BY a.year, a.asof_month, a.indicator_id, r.parent_id, a.is_primary)
  END AS sibling_count
FROM as_of a JOIN regions r USING (region_id);
