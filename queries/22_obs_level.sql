-- Own observations on one basis per value_type: ytd stays cumulative, a monthly 'period' flow is
-- accumulated within the year, stock and rate values stay as reported.
CREATE OR REPLACE VIEW obs_level AS
SELECT
  o.indicator_id, o.region_id, o.year, o.month,
  CASE WHEN i.value_type = 'period'
       THEN sum(o.value) OVER (PARTITION BY o.indicator_id, o.region_id, o.year ORDER BY o.month
                               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
       ELSE o.value END AS value,
  coalesce(o.quality = 'illustrative', false) AS illustrative
FROM obs o JOIN indicators i USING (indicator_id);
