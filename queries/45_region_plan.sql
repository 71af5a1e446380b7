-- Each government on its own plan: the month it opens on, its headline families, its departments.

-- A region opens on the latest month with data for its own targets (泰安 2020-10, 巨野 2023-10,
-- 郯城 2024-10 …); a region without targets of its own, on the latest month of its descendants'.
CREATE OR REPLACE VIEW region_default_month AS
SELECT rt.ancestor_id AS region_id, d.year, d.month
FROM region_tree rt
JOIN data_months_snap d ON d.region_id = rt.region_id
QUALIFY row_number() OVER (PARTITION BY rt.ancestor_id ORDER BY rt.depth = 0 DESC, d.year DESC, d.month DESC) = 1;

-- The headline families of the data (families.csv): each family's indicators in headline order.
CREATE OR REPLACE VIEW family_members AS
SELECT f.family_id, trim(m.indicator_id) AS indicator_id, m.member_order::INTEGER AS member_order
FROM families f,
     unnest(string_split(f.indicator_ids, ';')) WITH ORDINALITY AS m(indicator_id, member_order)
WHERE trim(m.indicator_id) <> '';

-- The families a region's overview shows in year y: those with a target judged in y for the
-- region or a descendant; a family without one is not returned. The headline indicator is the
-- first of the family with a target of the region itself, else the first with one below it.
-- (A target counts in its own year and, with a base year, in every year on the way.)
CREATE OR REPLACE MACRO region_families(y, rid) AS TABLE
WITH has AS (
  SELECT m.family_id, m.indicator_id, m.member_order, min(rt.depth) AS depth
  FROM family_members m
  JOIN targets t ON t.indicator_id = m.indicator_id
  JOIN region_tree rt ON rt.region_id = t.region_id AND rt.ancestor_id = rid
  WHERE CAST(y AS INTEGER) BETWEEN CASE WHEN t.base_year < t.year THEN t.base_year + 1 ELSE t.year END AND t.year
  GROUP BY ALL
)
SELECT f.family_id, f.name_zh, f.name_en, f.sort_order,
       arg_min(h.indicator_id, h.depth * 10000 + h.member_order) AS indicator_id,
       count(*)::INTEGER AS n_indicators
FROM families f JOIN has h USING (family_id)
GROUP BY f.family_id, f.name_zh, f.name_en, f.sort_order
ORDER BY f.sort_order NULLS LAST, f.family_id;

-- Departments (牵头单位) ranked the way units are: by the share of their targets on pace as of
-- (y, m), then by the mean gap. Names are merged through unit_aliases (the region's own aliases
-- and the general ones). A target not yet due counts apart and is not judged.
CREATE OR REPLACE MACRO department_ranking(y, m, rid) AS TABLE
WITH p AS (
  SELECT p.*, coalesce(
           (SELECT any_value(a.canonical) FROM unit_aliases a
            WHERE a.alias = p.lead_unit AND (a.region_id = p.region_id OR a.region_id IS NULL)),
           p.lead_unit) AS department
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
         avg(pace_gap) AS mean_gap,
         bool_or(illustrative) AS illustrative
  FROM p GROUP BY department
)
SELECT *,
  CASE WHEN n_ahead + n_slightly_behind + n_far_behind > 0
       THEN n_ahead / (n_ahead + n_slightly_behind + n_far_behind) END AS share_on_pace,
  overall_status(n_ahead, n_slightly_behind, n_far_behind) AS status,
  rank() OVER (ORDER BY CASE WHEN n_ahead + n_slightly_behind + n_far_behind > 0
                             THEN n_ahead / (n_ahead + n_slightly_behind + n_far_behind) END DESC NULLS LAST,
                        mean_gap DESC NULLS LAST)::INTEGER AS rank
FROM agg
ORDER BY rank, department;
