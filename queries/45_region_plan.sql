-- Each government on its own plan: the month it opens on, its plan's document, its departments.
-- (Its headline families are in 41c_region_families.sql: the headline cards of 42 read them.)

-- A region opens on the latest month with data for its own targets (泰安 2020-10, 巨野 2023-10,
-- 郯城 2024-10 …); a region without targets of its own, on the latest month of its descendants'.
CREATE OR REPLACE VIEW region_default_month AS
SELECT rt.ancestor_id AS region_id, d.year, d.month
FROM region_tree rt
JOIN data_months_snap d ON d.region_id = rt.region_id
QUALIFY row_number() OVER (PARTITION BY rt.ancestor_id ORDER BY rt.depth = 0 DESC, d.year DESC, d.month DESC) = 1;

-- The plan a region's dashboard follows: of the documents issued for the region, the one with the
-- most of its targets (巨野县 · 巨政发〔2023〕5号), an annex counting for its parent document
-- (003-A5 for 003) when that is in the data; the earliest issued on a tie.
CREATE OR REPLACE VIEW region_plan_doc AS
WITH counted AS (
  SELECT t.region_id, coalesce(parent.doc_id, d.doc_id) AS doc_id, count(*) AS n_targets
  FROM targets t
  JOIN policies d ON d.doc_id = t.doc_id AND d.region_id = t.region_id
  LEFT JOIN policies parent ON parent.doc_id = split_part(d.doc_id, '-', 1) AND parent.doc_id <> d.doc_id
  GROUP BY ALL
)
SELECT c.region_id, d.doc_id, d.doc_number, d.title
FROM counted c JOIN policies d USING (doc_id)
QUALIFY row_number() OVER (PARTITION BY c.region_id ORDER BY c.n_targets DESC, d.issued_on NULLS LAST, d.doc_id) = 1;

-- A target's lead department under its one name: the region's own aliases and the general ones
-- merged (县人社局 and 县人力资源和社会保障局 are one department).
CREATE OR REPLACE MACRO lead_department(lead_unit, rid) AS coalesce(
  (SELECT any_value(a.canonical) FROM unit_aliases a WHERE a.alias = lead_unit AND (a.region_id = rid OR a.region_id IS NULL)),
  lead_unit);

-- A region whose plan has no member units to rank: its lead departments are the units a bulletin
-- ranks and names (巨野县, 郯城县 …).
CREATE OR REPLACE MACRO ranks_departments(rid) AS NOT EXISTS (SELECT 1 FROM regions r WHERE r.parent_id = rid);

-- Departments (牵头单位) ranked the way units are: by the share of their targets on pace as of
-- (y, m), then by the mean gap. Names are merged through unit_aliases (the region's own aliases
-- and the general ones). A target not yet due counts apart and is not judged.
CREATE OR REPLACE MACRO department_ranking(y, m, rid) AS TABLE
WITH p AS (
  SELECT p.*, lead_department(p.lead_unit, p.region_id) AS department
  FROM progress_at(y, m) p
  WHERE p.region_id = rid AND p.lead_unit IS NOT NULL
),
agg AS (
  SELECT department,
         count(*)::INTEGER AS n_targets,
         count(*) FILTER (WHERE status = 'ahead')::INTEGER AS n_ahead,
         count(*) FILTER (WHERE status = 'slightly_behind')::INTEGER AS n_slightly_behind,
         count(*) FILTER (WHERE status = 'far_behind')::INTEGER AS n_far_behind,
         count(*) FILTER (WHERE status = 'not_yet_due')::INTEGER AS n_not_yet_due,
         -- the targets judged against pace (a target not yet due, or without data, is not)
         count(*) FILTER (WHERE status IN ('ahead', 'slightly_behind', 'far_behind'))::INTEGER AS n_judged,
         avg(pace_gap) AS mean_gap,
         bool_or(illustrative) AS illustrative
  FROM p GROUP BY department
),
shares AS (
  SELECT *, CASE WHEN n_judged > 0 THEN n_ahead / n_judged END AS share_on_pace FROM agg
)
SELECT *,
  -- a department whose targets are all due later in the year is not yet due, not without data
  CASE WHEN n_judged = 0 AND n_not_yet_due > 0 THEN 'not_yet_due'
       ELSE overall_status(n_ahead, n_slightly_behind, n_far_behind) END AS status,
  rank() OVER (ORDER BY share_on_pace DESC NULLS LAST, mean_gap DESC NULLS LAST)::INTEGER AS rank
FROM shares
ORDER BY rank, department;
