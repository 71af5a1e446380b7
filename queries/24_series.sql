-- One value per indicator, region and month, with the same month of the previous year and the
-- year-on-year change computed from cumulative values (ytd vs ytd; stock vs stock; rates in pp).
CREATE OR REPLACE VIEW series AS
SELECT
  a.indicator_id, a.region_id, a.year, a.month,
  a.value, a.illustrative, a.n_parts, a.origin,
  p.value AS value_prev_year,
  CASE WHEN i.value_type IN ('rate') OR i.numerator_id IS NOT NULL THEN NULL
       WHEN p.value IS NULL OR p.value = 0 THEN NULL
       ELSE (a.value / p.value - 1) * 100 END AS yoy_pct,
  CASE WHEN p.value IS NULL THEN NULL ELSE a.value - p.value END AS yoy_diff,
  i.value_type, i.numerator_id IS NOT NULL OR i.value_type = 'rate' AS is_rate
FROM obs_all_snap a
JOIN indicators i USING (indicator_id)
LEFT JOIN obs_all_snap p ON p.indicator_id = a.indicator_id AND p.region_id = a.region_id
                   AND p.year = a.year - 1 AND p.month = a.month;
