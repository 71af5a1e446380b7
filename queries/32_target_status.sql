-- Target progress with the history leaders ask about: since which month a target has been
-- behind pace without interruption, and where the year-end projection lands against the target.
CREATE OR REPLACE VIEW target_status AS
SELECT *,
  CASE WHEN status IN ('slightly_behind', 'far_behind') THEN
    coalesce(1 + max(CASE WHEN status = 'ahead' THEN month END) OVER w,
             min(month) FILTER (WHERE actual IS NOT NULL) OVER w)
  END AS behind_since_month,
  CASE
    WHEN target_value IS NULL OR target_value = 0 OR projection IS NULL THEN NULL
    WHEN kind = 'max' THEN CASE WHEN projection > 0 THEN target_value / projection END
    ELSE projection / target_value
  END AS projected_completion
FROM target_progress
-- a month without data is neither on pace nor behind: it does not break a run
WINDOW w AS (PARTITION BY target_id, year ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);
