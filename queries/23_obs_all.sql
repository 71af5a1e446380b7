-- Own values, plus values derived where a region has none of its own:
--  * additive indicators (ytd, period, stock) sum the top-most reporting layer of descendants;
--  * ratio indicators are recomputed as scale * sum(numerator) / sum(denominator) — ratios and
--    rates are never summed across regions.
CREATE OR REPLACE VIEW obs_all AS
WITH own AS (
  SELECT * FROM obs_level
),
additive AS (
  SELECT indicator_id FROM indicators
  WHERE value_type IN ('ytd', 'period', 'stock') AND numerator_id IS NULL
),
reporters AS (
  SELECT DISTINCT indicator_id, region_id FROM own
),
-- where each reporting region's values go: every ancestor above it, up to but not including the
-- nearest ancestor that reports the indicator itself (a region that reports is never replaced by
-- the sum of its parts). Worked out on the small (indicator, region) set, then applied to rows.
reach AS (
  SELECT r.indicator_id, r.region_id AS part_id, t.ancestor_id, t.depth, a.region_id IS NOT NULL AS ancestor_reports
  FROM reporters r
  SEMI JOIN additive USING (indicator_id)
  JOIN region_tree t ON t.region_id = r.region_id AND t.depth > 0
  LEFT JOIN reporters a ON a.indicator_id = r.indicator_id AND a.region_id = t.ancestor_id
),
edges AS (
  SELECT indicator_id, part_id, ancestor_id FROM (
    SELECT *, min(depth) FILTER (WHERE ancestor_reports) OVER (PARTITION BY indicator_id, part_id) AS blocked_at
    FROM reach
  )
  WHERE NOT ancestor_reports AND (blocked_at IS NULL OR depth < blocked_at)
),
rolled AS (
  SELECT e.ancestor_id AS region_id, o.indicator_id, o.year, o.month,
         sum(o.value) AS value, bool_or(o.illustrative) AS illustrative, count(*)::INTEGER AS n_parts
  FROM own o JOIN edges e ON e.indicator_id = o.indicator_id AND e.part_id = o.region_id
  GROUP BY ALL
),
base AS (
  SELECT indicator_id, region_id, year, month, value, illustrative, 0 AS n_parts, 'own' AS origin FROM own
  UNION ALL
  SELECT indicator_id, region_id, year, month, value, illustrative, n_parts, 'sum' AS origin FROM rolled
),
ratios AS (
  SELECT i.indicator_id, n.region_id, n.year, n.month,
         coalesce(i.scale, 1) * n.value / d.value AS value,
         n.illustrative OR d.illustrative AS illustrative,
         greatest(n.n_parts, d.n_parts) AS n_parts, 'ratio' AS origin
  FROM indicators i
  JOIN base n ON n.indicator_id = i.numerator_id
  JOIN base d ON d.indicator_id = i.denominator_id AND d.region_id = n.region_id
             AND d.year = n.year AND d.month = n.month
  ANTI JOIN own o ON o.indicator_id = i.indicator_id AND o.region_id = n.region_id
                 AND o.year = n.year AND o.month = n.month
  WHERE i.numerator_id IS NOT NULL AND i.denominator_id IS NOT NULL AND d.value <> 0
)
SELECT * FROM base
UNION ALL
SELECT * FROM ratios;
