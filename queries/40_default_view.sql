-- What the app opens on when the URL names nothing: the region with the most targets (the
-- shallowest one on a tie) and the latest month with data for its targets.
CREATE OR REPLACE VIEW default_view AS
WITH counts AS (
  SELECT t.region_id, count(*) AS n,
         (SELECT max(depth) FROM region_tree rt WHERE rt.region_id = t.region_id) AS depth
  FROM targets t GROUP BY t.region_id
),
best AS (
  SELECT c.region_id FROM counts c JOIN regions r USING (region_id)
  ORDER BY c.n DESC, c.depth, r.sort_order NULLS LAST, c.region_id LIMIT 1
)
SELECT b.region_id, p.year, p.month
FROM best b
LEFT JOIN (
  SELECT region_id, year, month FROM target_status_snap WHERE actual IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY region_id ORDER BY year DESC, month DESC) = 1
) p USING (region_id);
