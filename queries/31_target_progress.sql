-- The heart: every target against every month of actuals in the year it is judged in.
--   completion  actual / target (target / actual when lower is better)
--   expected    where the pace line (序时进度) says completion should be this month
--   pace_gap    (completion - expected) in percentage points; >= 0 is on pace. For a benchmark,
--               own growth minus the reference region's growth, in percentage points.
-- Pace lines: a cumulative (ytd) or stock level target follows time progress, months / 12; a
-- growth target follows last year's same month x (1 + g), which carries last year's seasonal
-- shape; rate, min and max targets must hold at every month.
-- Year-end: a cumulative value is projected with the seasonal shape of the earlier
-- years (the share of the full year reached by each month, averaged over every earlier year with
-- both values); `needed_monthly` is the monthly average still needed to hit the target,
-- `pace_monthly` the monthly average the projection implies, and `out_of_reach` flags a target
-- the year end misses at the current pace.
CREATE OR REPLACE VIEW target_progress AS
WITH shape AS (
  SELECT m.indicator_id, m.region_id, m.year, m.month, m.value / d.value AS share
  FROM obs_all_snap m
  JOIN obs_all_snap d ON d.indicator_id = m.indicator_id AND d.region_id = m.region_id
                AND d.year = m.year AND d.month = 12
  JOIN indicators i ON i.indicator_id = m.indicator_id
  WHERE d.value > 0 AND i.value_type IN ('ytd', 'period') AND i.numerator_id IS NULL
),
prior_shape AS (
  SELECT k.indicator_id, k.region_id, k.year, sh.month, avg(sh.share) AS shape_share, count(*) AS shape_years
  FROM (SELECT DISTINCT indicator_id, region_id, year FROM target_years) k
  JOIN shape sh ON sh.indicator_id = k.indicator_id AND sh.region_id = k.region_id AND sh.year < k.year
  GROUP BY ALL
),
group_members AS (
  SELECT DISTINCT ty.target_id, ty.year, ty.indicator_id, r.region_id AS member_id
  FROM target_years ty
  JOIN regions r ON CASE WHEN ty.ref_group LIKE 'tag:%'
                         THEN list_contains(string_split(coalesce(r.tags, ''), ';'), substr(ty.ref_group, 5))
                         ELSE list_contains(string_split(ty.ref_group, ';'), r.region_id) END
  WHERE ty.kind = 'benchmark' AND ty.ref_group IS NOT NULL
),
group_ref AS (
  SELECT gm.target_id, gm.year, s.month, avg(s.value) AS ref_value, avg(s.yoy_pct) AS ref_yoy_pct
  FROM group_members gm
  JOIN series_snap s ON s.indicator_id = gm.indicator_id AND s.region_id = gm.member_id AND s.year = gm.year
  GROUP BY ALL
),
-- computed once for both joins below (a target's own figure and a benchmark's reference)
partial AS MATERIALIZED (
  SELECT * FROM series_partial
),
joined AS (
  -- every month of the year, so that the path is drawn to December; months without data have
  -- a NULL actual and status no_data
  SELECT ty.*, mo.month, s.value AS actual, py.value AS actual_prev_year,
         s.yoy_pct, s.yoy_diff, s.illustrative, s.origin, s.n_parts,
         mo.month / 12.0 AS time_progress,
         coalesce(r.yoy_pct, gr.ref_yoy_pct) AS ref_yoy_pct, coalesce(r.value, gr.ref_value) AS ref_value,
         ps.shape_share, ps.shape_years, coalesce(pg.is_partial, false) AS is_partial, coalesce(rp.is_partial, false) AS ref_is_partial,
         CASE WHEN ty.kind = 'cumulative' THEN ty.prior_cumulative + s.value ELSE s.value END AS measure
  FROM target_years ty
  CROSS JOIN (SELECT unnest(range(1, 13)) AS month) mo
  LEFT JOIN series_snap s ON s.indicator_id = ty.indicator_id AND s.region_id = ty.region_id
                    AND s.year = ty.year AND s.month = mo.month
  LEFT JOIN obs_all_snap py ON py.indicator_id = ty.indicator_id AND py.region_id = ty.region_id
                      AND py.year = ty.year - 1 AND py.month = mo.month
  -- ref_region_id is set only on benchmark targets, so other rows find no match
  LEFT JOIN series_snap r ON r.indicator_id = ty.indicator_id
                    AND r.region_id = ty.ref_region_id AND r.year = ty.year AND r.month = mo.month
  LEFT JOIN prior_shape ps ON ps.indicator_id = ty.indicator_id AND ps.region_id = ty.region_id
                          AND ps.year = ty.year AND ps.month = mo.month
  LEFT JOIN group_ref gr ON gr.target_id = ty.target_id AND gr.year = ty.year AND gr.month = mo.month
  LEFT JOIN partial pg ON pg.indicator_id = ty.indicator_id AND pg.region_id = ty.region_id
                             AND pg.year = ty.year AND pg.month = mo.month
  LEFT JOIN partial rp ON rp.indicator_id = ty.indicator_id AND rp.region_id = ty.ref_region_id
                             AND rp.year = ty.year AND rp.month = mo.month
),
paced AS (
  SELECT *,
    CASE
      WHEN kind = 'benchmark' THEN NULL
      -- the whole total by the end of the period, in a straight line from the base year
      WHEN kind = 'cumulative' THEN target_value * (year - base_year - 1 + time_progress) / (target_year - base_year)
      WHEN is_rate OR due_month IS NOT NULL OR kind IN ('share', 'pp_change', 'min', 'max') THEN target_value
      WHEN kind = 'growth' AND actual_prev_year IS NOT NULL THEN actual_prev_year * (1 + target_input / 100)
      WHEN value_type = 'stock' AND prev_full IS NOT NULL THEN prev_full + (target_value - prev_full) * time_progress
      WHEN value_type = 'stock' THEN target_value
      ELSE target_value * time_progress
    END AS path_value,
    CASE WHEN kind = 'benchmark' THEN CASE WHEN is_rate THEN ref_value ELSE ref_yoy_pct END END AS benchmark_value,
    CASE WHEN kind = 'benchmark' THEN CASE WHEN is_rate THEN actual ELSE yoy_pct END END AS own_measure
  FROM joined
),
scored AS (
  SELECT *,
    CASE
      WHEN kind = 'benchmark' OR target_value IS NULL OR target_value = 0 THEN NULL
      WHEN kind = 'max' OR (kind = 'approx' AND direction = 'lower') THEN CASE WHEN actual > 0 THEN target_value / actual END
      ELSE measure / target_value
    END AS completion,
    CASE
      WHEN kind = 'benchmark' OR target_value IS NULL OR target_value = 0 THEN NULL
      WHEN kind = 'max' THEN 1.0
      -- 左右: within the tolerance below the value (above it when lower is better) is on pace
      WHEN kind = 'approx' THEN CASE WHEN direction = 'lower' THEN 1.0 ELSE path_value / target_value END
                                * (1 - coalesce(tolerance, default_tolerance()) / 100)
      ELSE path_value / target_value
    END AS expected,
    -- what the pace line is, for labels: time elapsed, last year's shape, or the target itself
    CASE
      WHEN kind = 'benchmark' THEN 'benchmark'
      WHEN is_rate OR kind IN ('share', 'pp_change', 'min', 'max') THEN 'target'
      WHEN kind = 'growth' AND actual_prev_year IS NOT NULL THEN 'last_year'
      ELSE 'time'
    END AS pace_basis,
    -- year-end projection: cumulative values scale by the earlier years' shape when known (else
    -- by last year's same month against its full year, else by time progress); stock values
    -- extend their trend from last December; rates hold
    CASE WHEN kind = 'cumulative' THEN prior_cumulative ELSE 0 END + CASE
      WHEN is_rate OR kind IN ('min', 'max') THEN actual
      WHEN value_type = 'stock' AND prev_full IS NOT NULL THEN prev_full + (actual - prev_full) / time_progress
      WHEN value_type = 'stock' THEN actual
      WHEN shape_share > 0 THEN actual / shape_share
      WHEN actual_prev_year > 0 AND prev_full IS NOT NULL THEN actual * prev_full / actual_prev_year
      ELSE actual / time_progress
    END AS projection,
    CASE
      WHEN is_rate OR kind IN ('min', 'max') OR month = 12 THEN 'hold'
      WHEN value_type = 'stock' THEN CASE WHEN prev_full IS NOT NULL THEN 'trend' ELSE 'hold' END
      WHEN shape_share > 0 OR (actual_prev_year > 0 AND prev_full IS NOT NULL) THEN 'seasonal'
      ELSE 'linear'
    END AS projection_method,
    -- a target reached by adding up the year: what is left per remaining month makes sense
    NOT is_rate AND kind IN ('level', 'growth') AND value_type IN ('ytd', 'period', 'stock') AND direction = 'higher'
      AS is_cumulative_target
  FROM paced
),
gapped AS (
  SELECT *,
    CASE
      -- lower is better: a reference of 3.6 days against own 2.3 is 1.3 ahead, not behind
      WHEN kind = 'benchmark' AND direction = 'lower' THEN benchmark_value - own_measure
      WHEN kind = 'benchmark' THEN own_measure - benchmark_value
      ELSE (completion - expected) * 100
    END AS gap,
    coalesce(due_month IS NOT NULL AND month < due_month, false) AS not_yet_due
  FROM scored
)
SELECT
  target_id, indicator_id, region_id, year, month, kind, target_year, is_path, is_primary,
  target_input, target_value, path_base, prev_full, ref_region_id,
  actual, actual_prev_year, yoy_pct, yoy_diff, time_progress,
  path_value, completion, expected, pace_basis,
  benchmark_value, own_measure,
  CASE WHEN NOT not_yet_due THEN gap END AS pace_gap,
  CASE WHEN not_yet_due THEN 'not_yet_due' ELSE pace_status(gap) END AS status,
  kind = 'range' AND actual > path_value * target_high / target_value AS above_range,
  target_high, due_month, ref_group, scope_note, lead_unit, is_partial, ref_is_partial,
  CASE WHEN kind = 'cumulative' THEN measure END AS cumulative_actual,
  projection, projection_method,
  CASE WHEN projection_method = 'seasonal' THEN coalesce(shape_years, 1) END AS shape_years,
  CASE WHEN is_cumulative_target AND actual IS NOT NULL AND month < 12
       THEN greatest(target_value - actual, 0) / (12 - month) END AS needed_monthly,
  CASE WHEN is_cumulative_target AND actual IS NOT NULL AND month < 12
       THEN (projection - actual) / (12 - month) END AS pace_monthly,
  CASE WHEN is_cumulative_target AND actual IS NOT NULL AND target_value IS NOT NULL
       THEN projection < target_value END AS out_of_reach,
  illustrative, origin, n_parts, value_type, direction, unit, is_rate, is_cumulative_target,
  doc_id, quote, source_line, source_file
FROM gapped;
