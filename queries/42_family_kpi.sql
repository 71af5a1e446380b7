-- The headline cards: for each KPI family, the region's own primary target as of (y, m); when
-- the region has none (e.g. investment intensity is set per development zone), how many of its
-- descendants with such a target are on pace, and the one furthest behind.
CREATE OR REPLACE MACRO family_kpis(y, m, rid) AS TABLE
WITH fam AS (
  SELECT indicator_id, family, sort_order FROM indicators WHERE family IS NOT NULL
),
own AS (
  SELECT p.* FROM progress_at(y, m) p WHERE p.region_id = rid AND p.is_primary
),
kids AS (
  SELECT p.indicator_id, count(*) AS n_children,
         count(*) FILTER (WHERE p.status = 'ahead') AS n_children_ahead,
         arg_min(p.region_id, p.pace_gap) AS worst_region_id,
         min(p.pace_gap) AS worst_gap,
         arg_min(p.actual, p.pace_gap) AS worst_actual,
         arg_min(p.target_value, p.pace_gap) AS worst_target,
         bool_or(p.illustrative) AS children_illustrative,
         max(p.month) AS children_month
  FROM progress_at(y, m) p
  JOIN region_tree t ON t.region_id = p.region_id AND t.ancestor_id = rid AND t.depth > 0
  WHERE p.is_primary
  GROUP BY p.indicator_id
)
SELECT f.family, f.indicator_id, f.sort_order,
       o.target_id, o.kind, o.year, o.month, o.target_year, o.is_path, o.target_input, o.target_value,
       o.actual, o.completion, o.expected, o.pace_basis, o.time_progress, o.pace_gap, o.status, o.yoy_pct, o.yoy_diff,
       o.projection, o.projected_completion, o.behind_since_month, o.benchmark_value, o.own_measure,
       o.ref_region_id, o.illustrative, o.doc_id, o.quote, o.source_line,
       k.n_children, k.n_children_ahead, k.worst_region_id, k.worst_gap, k.worst_actual, k.worst_target,
       k.children_illustrative, k.children_month
FROM fam f
LEFT JOIN own o USING (indicator_id)
LEFT JOIN kids k USING (indicator_id)
ORDER BY f.sort_order;
