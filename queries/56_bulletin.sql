-- @later: the policy and bulletin layer; a start-up from the build applies it after the first answers.
-- The monthly bulletin (月通报): overdue tasks of the documents covering a region, on a
-- date (the bulletin uses the last day of its month), grouped by lead department: each row is a
-- task, with its department's overdue count and the department's place in the list (most overdue
-- first, then the longest overdue).
CREATE OR REPLACE MACRO overdue_by_dept(p_date, p_region) AS TABLE
WITH t AS (
  SELECT a.* FROM tasks_at(p_date) a
  JOIN region_tree rt ON rt.region_id = a.region_id AND rt.ancestor_id = p_region
  WHERE a.state = 'overdue'
),
d AS (
  SELECT coalesce(department, '') AS dept_key, count(*) AS dept_overdue, max(days_overdue) AS dept_max_days
  FROM t GROUP BY ALL
)
SELECT t.*, d.dept_overdue, d.dept_max_days,
       dense_rank() OVER (ORDER BY d.dept_overdue DESC, d.dept_max_days DESC, d.dept_key) AS dept_order
FROM t JOIN d ON d.dept_key = coalesce(t.department, '');

-- The units a bulletin ranks: a region's member units (region_summary), or, for a region without
-- any (ranks_departments), its lead departments, counted the same way: n_targets are the targets
-- judged (on pace, slightly or far behind), a target not yet due is left out as region_summary
-- leaves it out. A department's row carries the region itself as region_id.
CREATE OR REPLACE MACRO bulletin_units(y, m, rid) AS TABLE
SELECT region_id, NULL::VARCHAR AS department, n_targets, n_ahead, n_slightly_behind, n_far_behind,
       share_ahead, mean_gap, overall_status, sibling_rank, illustrative
FROM region_summary(y, m) WHERE parent_id = rid
UNION ALL
SELECT rid AS region_id, department, n_judged AS n_targets,
       n_ahead, n_slightly_behind, n_far_behind, share_on_pace AS share_ahead, mean_gap,
       status AS overall_status, rank AS sibling_rank, illustrative
FROM department_ranking(y, m, rid)
WHERE ranks_departments(rid);

-- The targets a bulletin lists, with their unit: each member unit's primary targets, or, for a
-- region that ranks its departments, the region's own targets with their lead department (no
-- rank among units then: the region is the only one).
CREATE OR REPLACE MACRO bulletin_targets(y, m, rid) AS TABLE
SELECT p.*,
       CASE WHEN p.region_id = rid THEN lead_department(p.lead_unit, p.region_id) END AS department,
       CASE WHEN p.region_id = rid THEN NULL ELSE p.sibling_rank END AS unit_rank
FROM progress_at(y, m) p
WHERE p.is_primary
  AND (p.parent_id = rid OR (p.region_id = rid AND ranks_departments(rid)));
