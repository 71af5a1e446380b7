-- @later: the policy and bulletin layer; a start-up from the build applies it after the first answers.
-- Monthly values across years, on the basis a before/after comparison needs:
--   ytd and period indicators (cumulative within the year): the month's own flow, the year to
--     date minus the previous month's (January is the year to date itself); a gap in the months
--     leaves the flow unknown;
--   stock: the month-end balance; rate: the rate itself.
-- `t` counts months (year * 12 + month - 1) so that windows cross year ends.
-- `growth_pct`: the month against the same month a year earlier (flows and stocks; not rates).
CREATE OR REPLACE VIEW series_monthly AS
WITH s AS (
  SELECT indicator_id, region_id, year, month, value, illustrative, value_type, is_rate,
         lag(value) OVER w AS prev_value, lag(month) OVER w AS prev_month
  FROM series_snap
  WINDOW w AS (PARTITION BY indicator_id, region_id, year ORDER BY month)
),
m AS (
  SELECT indicator_id, region_id, year, month, year * 12 + month - 1 AS t, illustrative, value_type, is_rate,
    CASE
      WHEN is_rate OR value_type = 'stock' THEN value
      WHEN month = 1 THEN value
      WHEN prev_month = month - 1 THEN value - prev_value
    END AS level
  FROM s
)
SELECT m.*,
  CASE WHEN NOT m.is_rate AND p.level > 0 THEN (m.level / p.level - 1) * 100 END AS growth_pct
FROM m
LEFT JOIN m p ON p.indicator_id = m.indicator_id AND p.region_id = m.region_id AND p.t = m.t - 12;
