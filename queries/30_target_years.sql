-- Each target expanded to the years it is judged in, with its value for that year.
--  * A target counts in its own year. A multi-year target (base_year set, year in the future,
--    e.g. "3% by 2025") also counts in every year on the way, against a straight path from the
--    base year's value to the target value.
--  * growth: the year's level is the previous year's full-year value x (1 + g).
--  * pp_change: the previous year's value + the percentage points.
--  * benchmark: no fixed value; judged month by month against ref_region_id, or against the
--    average of the regions of ref_group.
--  * range: value is the low bound, value_high the high; the pace follows the low bound.
--  * approx (左右, 约): judged against the value less its tolerance (31_target_progress.sql).
--  * cumulative: a total over the years since base_year ("2020–2025 年累计培育 1000 家"); every
--    year on the way carries the whole total, and prior_cumulative is what the earlier years of
--    the period added (their December values).
CREATE OR REPLACE VIEW target_years AS
WITH expanded AS (
  SELECT t.*, i.value_type, i.direction, i.unit,
         i.numerator_id IS NOT NULL OR i.value_type = 'rate' AS is_rate,
         unnest(CASE WHEN t.base_year IS NOT NULL AND t.base_year < t.year
                     THEN range(t.base_year + 1, t.year + 1)
                     ELSE [t.year] END) AS eval_year
  FROM targets t JOIN indicators i USING (indicator_id)
),
with_base AS (
  SELECT e.*,
    -- base for a path: the stated base value, else the base year's December value
    coalesce(e.base_value, pb.value) AS path_base,
    -- the previous year's full-year value (for growth and pp_change)
    coalesce(CASE WHEN e.base_year = e.eval_year - 1 THEN e.base_value END, py.value) AS prev_full,
    CASE WHEN e.kind = 'cumulative' THEN coalesce((
      SELECT sum(c.value) FROM obs_all_snap c
      WHERE c.indicator_id = e.indicator_id AND c.region_id = e.region_id AND c.month = 12
        AND c.year > e.base_year AND c.year < e.eval_year), 0) END AS prior_cumulative
  FROM expanded e
  LEFT JOIN obs_all_snap pb ON pb.indicator_id = e.indicator_id AND pb.region_id = e.region_id
                      AND pb.year = e.base_year AND pb.month = 12
  LEFT JOIN obs_all_snap py ON py.indicator_id = e.indicator_id AND py.region_id = e.region_id
                      AND py.year = e.eval_year - 1 AND py.month = 12
)
SELECT
  coalesce(target_id, indicator_id || ':' || region_id || ':' || year || ':' || kind) AS target_id,
  indicator_id, region_id, eval_year AS year, year AS target_year, kind, value AS target_input,
  base_year, path_base, prev_full, ref_region_id, doc_id, quote, source_line, source_file,
  value_type, direction, unit, is_rate,
  eval_year < year AND kind <> 'cumulative' AS is_path,
  value_high, tolerance, due_month, ref_group, scope_note, lead_unit, prior_cumulative,
  -- a range's high bound on the same path as its low bound
  CASE WHEN kind = 'range' AND eval_year < year
       THEN path_base + (value_high - path_base) * (eval_year - base_year) / (year - base_year)
       WHEN kind = 'range' THEN value_high END AS target_high,
  CASE
    WHEN kind = 'benchmark' THEN NULL
    WHEN kind = 'cumulative' THEN value
    WHEN kind = 'growth' THEN prev_full * (1 + value / 100)
    WHEN kind = 'pp_change' THEN prev_full + value
    WHEN eval_year < year THEN
      path_base + (value - path_base) * (eval_year - base_year) / (year - base_year)
    ELSE value
  END AS target_value,
  -- which target a KPI shows when a region has several for one indicator and year
  row_number() OVER (
    PARTITION BY indicator_id, region_id, eval_year
    ORDER BY eval_year < year AND kind <> 'cumulative',
             CASE kind WHEN 'level' THEN 1 WHEN 'share' THEN 2 WHEN 'min' THEN 3 WHEN 'max' THEN 4
                       WHEN 'growth' THEN 5 WHEN 'pp_change' THEN 6 ELSE 7 END,
             year, target_id) = 1 AS is_primary
FROM with_base;
