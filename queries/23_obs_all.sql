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
cand AS (
  SELECT t.ancestor_id, o.region_id AS part_id, o.indicator_id, o.year, o.month, o.value, o.illustrative
  FROM own o
  JOIN additive USING (indicator_id)
  JOIN region_tree t ON t.region_id = o.region_id AND t.depth > 0
  ANTI JOIN own a ON a.region_id = t.ancestor_id AND a.indicator_id = o.indicator_id
                 AND a.year = o.year AND a.month = o.month
),
top_parts AS (
  -- drop a part when one of its ancestors below the target ancestor reports too
  SELECT c.* FROM cand c
  ANTI JOIN (
    SELECT c2.ancestor_id, c2.indicator_id, c2.year, c2.month, tm.region_id AS covered_id
    FROM cand c2 JOIN region_tree tm ON tm.ancestor_id = c2.part_id AND tm.depth > 0
  ) m ON m.ancestor_id = c.ancestor_id AND m.indicator_id = c.indicator_id
     AND m.year = c.year AND m.month = c.month AND m.covered_id = c.part_id
),
rolled AS (
  SELECT ancestor_id AS region_id, indicator_id, year, month,
         sum(value) AS value, bool_or(illustrative) AS illustrative, count(*)::INTEGER AS n_parts
  FROM top_parts GROUP BY ALL
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
