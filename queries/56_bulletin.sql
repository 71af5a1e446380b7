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
