-- @later: the policy and bulletin layer; a start-up from the build applies it after the first answers.
-- Incentives: what each unit has earned so far under the reward rules of the plans,
-- from the actuals and rankings as of (y, m). The rules are data (reward_rules, with the quoted
-- sentence and its line); this file interprets a small fixed set of rule types, amounts in 万元:
--   rank_prize             units in scope ranked by the mean completion of the rule's indicators
--                          (primary targets); only units whose mean gap to pace is at least
--                          `threshold` (pp) are ranked when a threshold is set. Without an
--                          indicator: ranked by the overall standing (share of targets on pace,
--                          then mean gap; region_summary). Ranks rank_from..rank_to earn `amount`.
--   target_met             `amount` to a unit whose completion of the year's target is >= 100 %
--   per_unit               `amount` per whole `unit_size` of the actual (year to date)
--   per_unit_above_target  `amount` per whole `unit_size` of the actual above the target
--   per_rank_gained        `amount` per position gained in the ranking of the units in scope by
--                          the indicator's value (best first, by direction) against the same month
--                          a year earlier
-- `projected` applies the same rule to the year-end projection (target_met, per_unit*) and keeps
-- the ranks for rank rules. A scope item that names no region, or a region without values,
-- gives a line with status no_data: the rule is shown, not silently dropped.
CREATE OR REPLACE MACRO incentives_at(y, m) AS TABLE
WITH rules AS (
  SELECT r.*, d.doc_number, d.title AS doc_title
  FROM reward_rules r LEFT JOIN doc_info d USING (doc_id)
),
scope_items AS (
  SELECT rule_id, trim(item) AS scope_item
  FROM (SELECT rule_id, unnest(string_split(coalesce(scope, ''), ';')) AS item FROM reward_rules)
  WHERE trim(item) <> ''
),
scope AS (
  SELECT s.rule_id, s.scope_item, g.region_id
  FROM scope_items s
  LEFT JOIN regions g ON g.region_id = s.scope_item OR g.name_zh = s.scope_item
),
rule_inds AS (
  SELECT rule_id, trim(unnest(string_split(indicator_id, ';'))) AS ind FROM reward_rules WHERE indicator_id IS NOT NULL
),
p AS (SELECT * FROM progress_at(y, m) WHERE is_primary),
-- rank_prize on indicators: mean completion and mean gap of the listed indicators
prize_scores AS (
  SELECT s.rule_id, s.region_id, avg(p.completion) AS score, avg(p.pace_gap) AS gap,
         count(p.completion) AS n_inds, max(p.month) AS data_month, bool_or(p.illustrative) AS illustrative
  FROM scope s
  JOIN rules r ON r.rule_id = s.rule_id AND r.rule_type = 'rank_prize' AND r.indicator_id IS NOT NULL
  JOIN rule_inds ri ON ri.rule_id = s.rule_id
  LEFT JOIN p ON p.region_id = s.region_id AND p.indicator_id = ri.ind
  WHERE s.region_id IS NOT NULL
  GROUP BY s.rule_id, s.region_id
),
-- rank_prize without an indicator: the overall standing
overall_scores AS (
  SELECT s.rule_id, s.region_id, rs.share_ahead AS score, rs.mean_gap AS gap,
         CASE WHEN rs.region_id IS NOT NULL THEN 1 ELSE 0 END AS n_inds, NULL::INTEGER AS data_month, rs.illustrative
  FROM scope s
  JOIN rules r ON r.rule_id = s.rule_id AND r.rule_type = 'rank_prize' AND r.indicator_id IS NULL
  LEFT JOIN region_summary(y, m) rs ON rs.region_id = s.region_id
  WHERE s.region_id IS NOT NULL
),
prize AS (
  SELECT x.*, r.threshold,
    x.score IS NOT NULL AND x.n_inds > 0 AND (r.threshold IS NULL OR x.gap >= r.threshold) AS eligible
  FROM (SELECT * FROM prize_scores UNION ALL SELECT * FROM overall_scores) x
  JOIN rules r USING (rule_id)
),
prize_ranked AS (
  SELECT prize.*,
    CASE WHEN eligible THEN rank() OVER (PARTITION BY rule_id, eligible ORDER BY score DESC, gap DESC) END AS rank_now,
    count(*) FILTER (WHERE eligible) OVER (PARTITION BY rule_id) AS rank_count
  FROM prize
),
prize_lines AS (
  SELECT pr.rule_id, pr.region_id, NULL::VARCHAR AS scope_item, pr.score AS basis_value, NULL::DOUBLE AS basis_target, pr.gap AS basis_gap,
         pr.rank_now, NULL::BIGINT AS rank_prev, pr.rank_count, NULL::DOUBLE AS steps,
         CASE WHEN pr.rank_now BETWEEN r.rank_from AND coalesce(r.rank_to, r.rank_from) THEN r.amount ELSE 0 END AS earned,
         CASE WHEN pr.rank_now BETWEEN r.rank_from AND coalesce(r.rank_to, r.rank_from) THEN r.amount ELSE 0 END AS projected,
         CASE WHEN pr.n_inds = 0 OR pr.score IS NULL THEN 'no_data'
              WHEN pr.rank_now BETWEEN r.rank_from AND coalesce(r.rank_to, r.rank_from) THEN 'earned'
              WHEN NOT pr.eligible THEN 'not_eligible'
              ELSE 'not_earned' END AS status,
         pr.data_month, pr.illustrative
  FROM prize_ranked pr JOIN rules r USING (rule_id)
),
-- target_met, per_unit, per_unit_above_target: one indicator, the unit's own target and actual
value_rules AS (
  SELECT s.rule_id, s.region_id, r.rule_type, r.amount, r.unit_size,
         p.actual, p.target_value, p.completion, p.projection, p.projected_completion, p.month AS data_month, p.illustrative,
         v.value AS series_value, v.month AS series_month, v.illustrative AS series_illustrative
  FROM scope s
  JOIN rules r ON r.rule_id = s.rule_id AND r.rule_type IN ('target_met', 'per_unit', 'per_unit_above_target')
  LEFT JOIN p ON p.region_id = s.region_id AND p.indicator_id = r.indicator_id
  LEFT JOIN (
    SELECT indicator_id, region_id, value, month, illustrative FROM series_snap
    WHERE year = y AND month <= m
    QUALIFY row_number() OVER (PARTITION BY indicator_id, region_id ORDER BY month DESC) = 1
  ) v ON v.region_id = s.region_id AND v.indicator_id = r.indicator_id
  WHERE s.region_id IS NOT NULL
),
value_lines AS (
  SELECT rule_id, region_id, NULL::VARCHAR AS scope_item,
    CASE WHEN rule_type = 'per_unit' THEN coalesce(actual, series_value) ELSE actual END AS basis_value,
    target_value AS basis_target, NULL::DOUBLE AS basis_gap, NULL::BIGINT AS rank_now, NULL::BIGINT AS rank_prev,
    NULL::BIGINT AS rank_count,
    CASE rule_type
      WHEN 'per_unit' THEN floor(coalesce(actual, series_value) / unit_size)
      WHEN 'per_unit_above_target' THEN floor(greatest(actual - target_value, 0) / unit_size)
    END AS steps,
    CASE rule_type
      WHEN 'target_met' THEN CASE WHEN completion >= 1 THEN amount ELSE 0 END
      WHEN 'per_unit' THEN amount * floor(coalesce(actual, series_value) / unit_size)
      WHEN 'per_unit_above_target' THEN amount * floor(greatest(actual - target_value, 0) / unit_size)
    END AS earned,
    CASE rule_type
      WHEN 'target_met' THEN CASE WHEN greatest(completion, projected_completion) >= 1 THEN amount ELSE 0 END
      WHEN 'per_unit' THEN amount * floor(greatest(coalesce(projection, actual, series_value), coalesce(actual, series_value)) / unit_size)
      WHEN 'per_unit_above_target' THEN amount * floor(greatest(greatest(projection, actual) - target_value, 0) / unit_size)
    END AS projected,
    CASE
      WHEN coalesce(actual, CASE WHEN rule_type = 'per_unit' THEN series_value END) IS NULL
        OR (rule_type <> 'per_unit' AND target_value IS NULL) THEN 'no_data'
      WHEN rule_type = 'target_met' AND completion >= 1 THEN 'earned'
      WHEN rule_type = 'target_met' AND projected_completion >= 1 THEN 'on_track'
      WHEN rule_type = 'target_met' THEN 'not_earned'
      WHEN rule_type = 'per_unit' AND floor(coalesce(actual, series_value) / unit_size) > 0 THEN 'earned'
      WHEN rule_type = 'per_unit_above_target' AND actual - target_value >= unit_size THEN 'earned'
      WHEN rule_type = 'per_unit_above_target' AND projection - target_value >= unit_size THEN 'on_track'
      ELSE 'not_earned'
    END AS status,
    coalesce(data_month, series_month) AS data_month, coalesce(illustrative, series_illustrative) AS illustrative
  FROM value_rules
),
-- per_rank_gained: rank by value now and a year earlier, among the units with both values
rank_values AS (
  SELECT s.rule_id, s.region_id, r.amount, i.direction,
         now.value AS v_now, prev.value AS v_prev, now.month AS data_month, now.illustrative
  FROM scope s
  JOIN rules r ON r.rule_id = s.rule_id AND r.rule_type = 'per_rank_gained'
  JOIN indicators i ON i.indicator_id = r.indicator_id
  LEFT JOIN (
    SELECT indicator_id, region_id, value, month, illustrative FROM series_snap
    WHERE year = y AND month <= m
    QUALIFY row_number() OVER (PARTITION BY indicator_id, region_id ORDER BY month DESC) = 1
  ) now ON now.region_id = s.region_id AND now.indicator_id = r.indicator_id
  LEFT JOIN series_snap prev ON prev.region_id = s.region_id AND prev.indicator_id = r.indicator_id
                            AND prev.year = y - 1 AND prev.month = now.month
  WHERE s.region_id IS NOT NULL
),
rank_both AS (
  SELECT rv.*, rv.v_now IS NOT NULL AND rv.v_prev IS NOT NULL AS ranked FROM rank_values rv
),
rank_lines AS (
  SELECT rule_id, region_id, v_now AS basis_value, v_prev AS basis_target, NULL::DOUBLE AS basis_gap,
    CASE WHEN ranked THEN rank() OVER (PARTITION BY rule_id, ranked ORDER BY CASE WHEN direction = 'lower' THEN v_now ELSE -v_now END) END AS rank_now,
    CASE WHEN ranked THEN rank() OVER (PARTITION BY rule_id, ranked ORDER BY CASE WHEN direction = 'lower' THEN v_prev ELSE -v_prev END) END AS rank_prev,
    count(*) FILTER (WHERE ranked) OVER (PARTITION BY rule_id) AS rank_count,
    amount, ranked, data_month, illustrative
  FROM rank_both
),
rank_lines2 AS (
  SELECT rule_id, region_id, NULL::VARCHAR AS scope_item, basis_value, basis_target, basis_gap, rank_now, rank_prev, rank_count,
    greatest(rank_prev - rank_now, 0)::DOUBLE AS steps,
    amount * greatest(coalesce(rank_prev - rank_now, 0), 0) AS earned,
    amount * greatest(coalesce(rank_prev - rank_now, 0), 0) AS projected,
    CASE WHEN NOT ranked THEN 'no_data' WHEN rank_prev > rank_now THEN 'earned' ELSE 'not_earned' END AS status,
    data_month, illustrative
  FROM rank_lines
),
-- a scope item naming no region
unresolved AS (
  SELECT s.rule_id, NULL::VARCHAR AS region_id, s.scope_item, NULL::DOUBLE AS basis_value, NULL::DOUBLE AS basis_target,
         NULL::DOUBLE AS basis_gap, NULL::BIGINT AS rank_now, NULL::BIGINT AS rank_prev, NULL::BIGINT AS rank_count,
         NULL::DOUBLE AS steps, 0::DOUBLE AS earned, 0::DOUBLE AS projected, 'no_data' AS status,
         NULL::INTEGER AS data_month, NULL::BOOLEAN AS illustrative
  FROM scope s WHERE s.region_id IS NULL
),
lines AS (
  SELECT * FROM prize_lines
  UNION ALL SELECT * FROM value_lines
  UNION ALL SELECT * FROM rank_lines2
  UNION ALL SELECT * FROM unresolved
)
SELECT l.rule_id, r.doc_id, r.doc_number, r.rule_type, r.indicator_id, r.name_zh AS rule_name_zh, r.name_en AS rule_name_en,
       r.quote, r.source_line, r.amount AS rule_amount, r.unit_size, r.rank_from, r.rank_to, r.threshold,
       coalesce(l.region_id, l.scope_item) AS unit_key, l.region_id, coalesce(l.scope_item, s.scope_item) AS scope_item,
       l.basis_value, l.basis_target, l.basis_gap, l.rank_now, l.rank_prev, l.rank_count, l.steps,
       coalesce(l.earned, 0) AS earned, coalesce(l.projected, 0) AS projected, l.status, l.data_month,
       coalesce(l.illustrative, false) AS illustrative
FROM lines l
JOIN rules r USING (rule_id)
LEFT JOIN scope s ON s.rule_id = l.rule_id AND s.region_id = l.region_id;

-- Per unit, the rewards of one document family's clauses added up: earned so far and at the
-- year-end projection, and how many clauses pay.
CREATE OR REPLACE MACRO incentive_totals(y, m, p_family) AS TABLE
SELECT unit_key, any_value(region_id) AS region_id, any_value(scope_item) AS scope_item,
       sum(earned) AS earned, sum(projected) AS projected,
       count(*) FILTER (WHERE earned > 0) AS n_earned,
       count(*) FILTER (WHERE projected > 0) AS n_projected,
       bool_or(illustrative) AS illustrative
FROM incentives_at(y, m)
WHERE doc_id IN (SELECT doc_id FROM doc_family WHERE family_id = p_family)
GROUP BY unit_key;
