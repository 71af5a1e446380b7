-- @later: the policy and bulletin layer; a start-up from the build applies it after the first answers.
-- Did the policy move its indicator?
--
-- The event is the month a document was issued (its `issued_on`). The N months before it and the
-- N months after it are compared (the issue month itself belongs to neither):
--   * treated: the region the document covers (policies.region_id); when that region has no
--     values for the indicator, the shallowest of its sub-regions that do (their mean);
--   * control: regions of the same level outside the covered region's line (neither inside it
--     nor above it) with values in both windows (their mean, month by month).
-- Before/after, for the treated and the control group: the average growth on the same month a
-- year earlier (flows and stocks; for a rate the average rate) and the trend slope of the
-- monthly flow, balance or rate (per month).
-- Difference-in-differences: month by month the gap between the treated and the control
-- group, on log levels for flows and stocks (100 x ln; the seasons and any shock the regions
-- share cancel, and the result reads as a percent change of the level: did_effect), on the rate
-- itself for rates; the DiD is the mean gap after minus the mean gap before. Its t statistic uses
-- the spread of the gap within each window (Welch); |t| >= effect_t_threshold() reports an effect,
-- anything less reports none. Log levels rather than year-on-year growth: growth compares with a
-- base month that may itself sit in the before window (or in a shock), which biases the DiD
-- and understates its noise.
-- What this cannot prove is said on the screen: other events in the same months, a control
-- group that is not comparable, a policy aimed at regions that were already changing.
CREATE OR REPLACE MACRO effect_t_threshold() AS 2.0;
CREATE OR REPLACE MACRO effect_min_months() AS 3;

-- Month by month, within the two windows: treated and control growth (or rate), the treated
-- level whose slope is the trend, and the DiD gap.
CREATE OR REPLACE MACRO policy_effect_series(p_doc, p_ind, p_n) AS TABLE
WITH ev AS (
  SELECT d.doc_id, d.region_id, d.issued_on, r.level AS region_level,
         year(d.issued_on) * 12 + month(d.issued_on) - 1 AS e, CAST(p_n AS BIGINT) AS n
  FROM doc_info d JOIN regions r USING (region_id)
  WHERE d.doc_id = p_doc AND d.issued_on IS NOT NULL
),
win AS (
  SELECT sm.region_id, sm.t, sm.level, sm.illustrative,
         CASE WHEN sm.is_rate THEN sm.level ELSE sm.growth_pct END AS outcome,
         CASE WHEN sm.is_rate THEN sm.level WHEN sm.level > 0 THEN 100 * ln(sm.level) END AS did_value,
         CASE WHEN sm.t < ev.e THEN 'before' WHEN sm.t > ev.e THEN 'after' ELSE 'event' END AS phase
  FROM series_monthly sm, ev
  WHERE sm.indicator_id = p_ind AND sm.t BETWEEN ev.e - ev.n AND ev.e + ev.n
),
has AS (
  SELECT region_id,
         count(did_value) FILTER (WHERE phase = 'before') AS nb,
         count(did_value) FILTER (WHERE phase = 'after') AS na
  FROM win GROUP BY region_id
),
covered AS (
  SELECT rt.region_id, rt.depth FROM region_tree rt, ev WHERE rt.ancestor_id = ev.region_id
),
related AS (
  SELECT region_id FROM covered
  UNION
  SELECT rt.ancestor_id FROM region_tree rt, ev WHERE rt.region_id = ev.region_id
),
treated AS (
  SELECT c.region_id FROM covered c JOIN has h USING (region_id)
  WHERE h.nb > 0 AND h.na > 0
  QUALIFY c.depth = min(c.depth) OVER ()
),
control AS (
  SELECT h.region_id FROM has h JOIN regions r USING (region_id), ev
  WHERE h.nb > 0 AND h.na > 0 AND r.level = ev.region_level
    AND h.region_id NOT IN (SELECT region_id FROM related)
),
months AS (
  SELECT unnest(range(ev.e - ev.n, ev.e + ev.n + 1)) AS t FROM ev
),
by_month AS (
  SELECT mo.t,
    avg(w.outcome) FILTER (WHERE w.region_id IN (SELECT region_id FROM treated)) AS treated_outcome,
    avg(w.outcome) FILTER (WHERE w.region_id IN (SELECT region_id FROM control)) AS control_outcome,
    avg(w.level) FILTER (WHERE w.region_id IN (SELECT region_id FROM treated)) AS treated_level,
    -- the gap uses a month only when every group member has it, so the group mean is comparable
    CASE WHEN count(w.did_value) FILTER (WHERE w.region_id IN (SELECT region_id FROM treated)) = (SELECT count(*) FROM treated)
         THEN avg(w.did_value) FILTER (WHERE w.region_id IN (SELECT region_id FROM treated)) END AS treated_did,
    CASE WHEN count(w.did_value) FILTER (WHERE w.region_id IN (SELECT region_id FROM control)) = (SELECT count(*) FROM control)
         THEN avg(w.did_value) FILTER (WHERE w.region_id IN (SELECT region_id FROM control)) END AS control_did,
    coalesce(bool_or(w.illustrative), false) AS illustrative
  FROM months mo LEFT JOIN win w ON w.t = mo.t
  GROUP BY mo.t
)
SELECT ev.doc_id, ev.region_id AS policy_region_id, ev.issued_on, ev.e AS event_t,
       b.t, b.t // 12 AS year, b.t % 12 + 1 AS month,
       CASE WHEN b.t < ev.e THEN 'before' WHEN b.t > ev.e THEN 'after' ELSE 'event' END AS phase,
       b.treated_outcome, b.control_outcome, b.treated_level,
       b.treated_did - b.control_did AS gap,
       b.illustrative,
       -- comma-separated region ids (plain text: screens get rows, not nested lists)
       (SELECT string_agg(region_id, ',' ORDER BY region_id) FROM treated) AS treated_ids,
       (SELECT string_agg(region_id, ',' ORDER BY region_id) FROM control) AS control_ids
FROM by_month b, ev
ORDER BY b.t;

-- One row: the before/after comparison of the treated region and of the control group, the
-- difference-in-differences with its t statistic, and a verdict for each:
--   increase | decrease  the outcome moved, |t| >= effect_t_threshold()
--   none                 no change distinguishable from the month-to-month noise
--   insufficient         fewer than effect_min_months() months on one side, or no control group
CREATE OR REPLACE MACRO policy_effect(p_doc, p_ind, p_n) AS TABLE
WITH s AS (SELECT * FROM policy_effect_series(p_doc, p_ind, p_n)),
agg AS (
  SELECT
    any_value(doc_id) AS doc_id, any_value(policy_region_id) AS policy_region_id, any_value(issued_on) AS issued_on,
    any_value(event_t) AS event_t, any_value(treated_ids) AS treated_ids, any_value(control_ids) AS control_ids,
    bool_or(illustrative) AS illustrative,
    count(treated_outcome) FILTER (WHERE phase = 'before') AS n_before,
    count(treated_outcome) FILTER (WHERE phase = 'after') AS n_after,
    avg(treated_outcome) FILTER (WHERE phase = 'before') AS treated_before,
    avg(treated_outcome) FILTER (WHERE phase = 'after') AS treated_after,
    var_samp(treated_outcome) FILTER (WHERE phase = 'before') AS treated_var_before,
    var_samp(treated_outcome) FILTER (WHERE phase = 'after') AS treated_var_after,
    avg(treated_level) FILTER (WHERE phase = 'before') AS level_before,
    avg(treated_level) FILTER (WHERE phase = 'after') AS level_after,
    regr_slope(treated_level, t) FILTER (WHERE phase = 'before') AS slope_before,
    regr_slope(treated_level, t) FILTER (WHERE phase = 'after') AS slope_after,
    avg(control_outcome) FILTER (WHERE phase = 'before') AS control_before,
    avg(control_outcome) FILTER (WHERE phase = 'after') AS control_after,
    count(gap) FILTER (WHERE phase = 'before') AS n_gap_before,
    count(gap) FILTER (WHERE phase = 'after') AS n_gap_after,
    avg(gap) FILTER (WHERE phase = 'before') AS gap_before,
    avg(gap) FILTER (WHERE phase = 'after') AS gap_after,
    var_samp(gap) FILTER (WHERE phase = 'before') AS gap_var_before,
    var_samp(gap) FILTER (WHERE phase = 'after') AS gap_var_after
  FROM s
),
stats AS (
  SELECT agg.*,
    treated_after - treated_before AS treated_change,
    control_after - control_before AS control_change,
    sqrt(treated_var_before / n_before + treated_var_after / n_after) AS ba_se,
    gap_after - gap_before AS did,
    sqrt(gap_var_before / n_gap_before + gap_var_after / n_gap_after) AS did_se
  FROM agg
),
tt AS (
  SELECT stats.*,
    CASE WHEN ba_se > 0 THEN treated_change / ba_se END AS ba_t,
    CASE WHEN did_se > 0 THEN did / did_se END AS did_t
  FROM stats
)
SELECT tt.*, p_ind AS indicator_id, CAST(p_n AS INTEGER) AS window_months, i.direction, i.unit,
  CASE WHEN i.numerator_id IS NOT NULL OR i.value_type = 'rate' THEN 'level' ELSE 'growth' END AS outcome_kind,
  -- the DiD as a change of the level: percent for flows and stocks, the indicator's unit for rates
  CASE WHEN i.numerator_id IS NOT NULL OR i.value_type = 'rate' THEN did ELSE (exp(did / 100) - 1) * 100 END AS did_effect,
  CASE
    WHEN n_before < effect_min_months() OR n_after < effect_min_months() OR ba_se IS NULL THEN 'insufficient'
    WHEN abs(treated_change) >= effect_t_threshold() * ba_se AND treated_change <> 0 THEN
      CASE WHEN treated_change > 0 THEN 'increase' ELSE 'decrease' END
    ELSE 'none'
  END AS ba_verdict,
  CASE
    WHEN control_ids IS NULL OR n_gap_before < effect_min_months() OR n_gap_after < effect_min_months()
      OR did_se IS NULL THEN 'insufficient'
    WHEN abs(did) >= effect_t_threshold() * did_se AND did <> 0 THEN
      CASE WHEN did > 0 THEN 'increase' ELSE 'decrease' END
    ELSE 'none'
  END AS did_verdict
FROM tt, indicators i
WHERE i.indicator_id = p_ind;
