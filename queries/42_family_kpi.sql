-- The headline cards: for each headline family (families.csv, 41c), the region's own primary target as of (y, m); when
-- the region has none (e.g. investment intensity is set per development zone), how many of its
-- descendants with such a target are on pace, and the one furthest behind.
-- Defined for every (year, as-of month, region) at once; 42a keeps it as a table, and
-- family_kpis(y, m, rid) looks one up (a prepared statement's parameters do not let DuckDB skip
-- rows of a large table, so the per-query work must be small).
CREATE OR REPLACE VIEW family_kpis_all AS
WITH pf AS (
  SELECT p.* FROM progress_snap p
  WHERE p.is_primary AND p.indicator_id IN (SELECT indicator_id FROM family_members)
),
own AS (
  SELECT year AS k_year, asof_month AS k_month, region_id AS k_region, * FROM pf
),
kids AS (
  SELECT p.year AS k_year, p.asof_month AS k_month, t.ancestor_id AS k_region, p.indicator_id,
         count(*) AS n_children,
         count(*) FILTER (WHERE p.status = 'ahead') AS n_children_ahead,
         arg_min(p.region_id, p.pace_gap) AS worst_region_id,
         min(p.pace_gap) AS worst_gap,
         -- the worst child's status, by the same rule as every other status (10_status.sql)
         pace_status(min(p.pace_gap)) AS worst_status,
         arg_min(p.actual, p.pace_gap) AS worst_actual,
         arg_min(p.target_value, p.pace_gap) AS worst_target,
         bool_or(p.illustrative) AS children_illustrative,
         max(p.month) AS children_month
  FROM pf p
  JOIN region_tree t ON t.region_id = p.region_id AND t.depth > 0
  GROUP BY p.year, p.asof_month, t.ancestor_id, p.indicator_id
)
SELECT coalesce(o.k_year, k.k_year) AS k_year, coalesce(o.k_month, k.k_month) AS k_month,
       coalesce(o.k_region, k.k_region) AS k_region, coalesce(o.indicator_id, k.indicator_id) AS k_indicator,
       o.target_id, o.kind, o.year, o.month, o.target_year, o.is_path, o.target_input, o.target_value,
       o.actual, o.completion, o.expected, o.pace_basis, o.time_progress, o.pace_gap, o.status, o.yoy_pct, o.yoy_diff,
       o.projection, o.projected_completion, o.behind_since_month, o.benchmark_value, o.own_measure,
       o.ref_region_id, o.illustrative, o.doc_id, o.quote, o.source_line, o.is_partial,
       k.n_children, k.n_children_ahead, k.worst_region_id, k.worst_gap, k.worst_status, k.worst_actual, k.worst_target,
       k.children_illustrative, k.children_month
FROM own o
FULL JOIN kids k ON k.k_year = o.k_year AND k.k_month = o.k_month AND k.k_region = o.k_region AND k.indicator_id = o.indicator_id;
