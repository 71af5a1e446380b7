-- The heart: every target against every month of actuals in the year it is judged in.
--   completion  actual / target (target / actual when lower is better)
--   expected    where the pace line (序时进度) says completion should be this month
--   pace_gap    (completion - expected) in percentage points; >= 0 is on pace. For a benchmark,
--               own growth minus the reference region's growth, in percentage points.
-- Pace lines: a cumulative (ytd) or stock level target follows time progress, months / 12; a
-- growth target follows last year's same month x (1 + g), which carries last year's seasonal
-- shape; rate, min and max targets must hold at every month.
CREATE OR REPLACE VIEW target_progress AS
WITH joined AS (
  -- every month of the year, so that the path is drawn to December; months without data have
  -- a NULL actual and status no_data
  SELECT ty.*, mo.month, s.value AS actual, py.value AS actual_prev_year,
         s.yoy_pct, s.yoy_diff, s.illustrative, s.origin, s.n_parts,
         mo.month / 12.0 AS time_progress,
         r.yoy_pct AS ref_yoy_pct, r.value AS ref_value
  FROM target_years ty
  CROSS JOIN (SELECT unnest(range(1, 13)) AS month) mo
  LEFT JOIN series_snap s ON s.indicator_id = ty.indicator_id AND s.region_id = ty.region_id
                    AND s.year = ty.year AND s.month = mo.month
  LEFT JOIN obs_all_snap py ON py.indicator_id = ty.indicator_id AND py.region_id = ty.region_id
                      AND py.year = ty.year - 1 AND py.month = mo.month
  -- ref_region_id is set only on benchmark targets, so other rows find no match
  LEFT JOIN series_snap r ON r.indicator_id = ty.indicator_id
                    AND r.region_id = ty.ref_region_id AND r.year = ty.year AND r.month = mo.month
),
paced AS (
  SELECT *,
    CASE
      WHEN kind = 'benchmark' THEN NULL
      WHEN is_rate OR kind IN ('share', 'pp_change', 'min', 'max') THEN target_value
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
      WHEN kind = 'max' THEN CASE WHEN actual > 0 THEN target_value / actual END
      ELSE actual / target_value
    END AS completion,
    CASE
      WHEN kind = 'benchmark' OR target_value IS NULL OR target_value = 0 THEN NULL
      WHEN kind = 'max' THEN 1.0
      ELSE path_value / target_value
    END AS expected,
    -- what the pace line is, for labels: time elapsed, last year's shape, or the target itself
    CASE
      WHEN kind = 'benchmark' THEN 'benchmark'
      WHEN is_rate OR kind IN ('share', 'pp_change', 'min', 'max') THEN 'target'
      WHEN kind = 'growth' AND actual_prev_year IS NOT NULL THEN 'last_year'
      ELSE 'time'
    END AS pace_basis
  FROM paced
)
SELECT
  target_id, indicator_id, region_id, year, month, kind, target_year, is_path, is_primary,
  target_input, target_value, path_base, prev_full, ref_region_id,
  actual, actual_prev_year, yoy_pct, yoy_diff, time_progress,
  path_value, completion, expected, pace_basis,
  benchmark_value, own_measure,
  CASE
    WHEN kind = 'benchmark' THEN own_measure - benchmark_value
    ELSE (completion - expected) * 100
  END AS pace_gap,
  pace_status(CASE WHEN kind = 'benchmark' THEN own_measure - benchmark_value
                   ELSE (completion - expected) * 100 END) AS status,
  -- year-end projection: cumulative values scale by last year's shape when known, else by
  -- time progress; stock values extend their trend from last December; rates hold
  CASE
    WHEN is_rate OR kind IN ('min', 'max') THEN actual
    WHEN value_type = 'stock' AND prev_full IS NOT NULL THEN prev_full + (actual - prev_full) / time_progress
    WHEN value_type = 'stock' THEN actual
    WHEN actual_prev_year > 0 AND prev_full IS NOT NULL THEN actual * prev_full / actual_prev_year
    ELSE actual / time_progress
  END AS projection,
  CASE
    WHEN is_rate OR kind IN ('min', 'max') OR month = 12 THEN 'hold'
    WHEN value_type = 'stock' THEN CASE WHEN prev_full IS NOT NULL THEN 'trend' ELSE 'hold' END
    WHEN actual_prev_year > 0 AND prev_full IS NOT NULL THEN 'seasonal'
    ELSE 'linear'
  END AS projection_method,
  illustrative, origin, n_parts, value_type, direction, unit, is_rate,
  doc_id, quote, source_line, source_file
FROM scored;
