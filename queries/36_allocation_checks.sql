-- Allocation check: a total split by unit whose parts do not add up to it (seed 003's services
-- trade: the units add up to 35.14 亿元 against the stated 35.16). A warning, not an error: the
-- plan says both and the dashboard shows both. Only level targets of additive indicators with
-- at least two parts are compared; a difference inside the indicator's rounding (half its last
-- decimal) is not reported. Reads base tables only, so check-data can ask it before snapshots.
CREATE OR REPLACE VIEW allocation_checks AS
WITH parts AS (
  SELECT p.target_id, p.indicator_id, p.region_id, p.year, p.value AS stated,
         sum(c.value) AS parts_sum, count(*)::INTEGER AS n_parts,
         any_value(i.name_zh) AS indicator_zh, any_value(i.name_en) AS indicator_en, any_value(i.unit) AS unit,
         any_value(r.name_zh) AS region_zh, any_value(r.name_en) AS region_en,
         any_value(i.decimals) AS decimals, any_value(p.doc_id) AS doc_id, any_value(p.source_line) AS source_line
  FROM targets p
  JOIN indicators i ON i.indicator_id = p.indicator_id
  JOIN regions r ON r.region_id = p.region_id
  JOIN regions ch ON ch.parent_id = p.region_id
  JOIN targets c ON c.indicator_id = p.indicator_id AND c.region_id = ch.region_id
                AND c.year = p.year AND c.kind = p.kind
  WHERE p.kind = 'level' AND i.value_type IN ('ytd', 'period', 'stock') AND i.numerator_id IS NULL
  GROUP BY p.target_id, p.indicator_id, p.region_id, p.year, p.value
)
SELECT target_id, indicator_id, region_id, year, stated, parts_sum, parts_sum - stated AS difference,
       n_parts, indicator_zh, indicator_en, unit, region_zh, region_en, doc_id, source_line
FROM parts
WHERE n_parts >= 2 AND abs(parts_sum - stated) > 0.5 * pow(10, -coalesce(decimals, 2))
ORDER BY region_id, indicator_id, year;

-- Per plan (the first three characters of doc_id: 003 for 003-A7): how many of its numbered
-- lines are loaded as targets and how many are listed as not tracked, with the reasons. A line
-- both loaded and listed counts as loaded (one line may hold a target and a rule's condition).
CREATE OR REPLACE VIEW plan_line_counts AS
WITH tl AS (
  SELECT DISTINCT left(doc_id, 3) AS plan, trim(unnest(string_split(source_line, ';'))) AS line
  FROM targets WHERE doc_id IS NOT NULL AND source_line IS NOT NULL
),
ul AS (
  SELECT DISTINCT left(doc_id, 3) AS plan, trim(unnest(string_split(source_line, ';'))) AS line, reason
  FROM untracked_targets
),
plans AS (SELECT plan FROM tl UNION SELECT plan FROM ul)
SELECT p.plan,
  (SELECT count(*) FROM tl WHERE tl.plan = p.plan)::INTEGER AS target_lines,
  (SELECT count(DISTINCT line) FROM ul WHERE ul.plan = p.plan
     AND line NOT IN (SELECT line FROM tl WHERE tl.plan = p.plan))::INTEGER AS untracked_lines
FROM plans p
ORDER BY p.plan;

-- The listed lines of each plan by reason (the words are in src/i18n).
CREATE OR REPLACE VIEW untracked_reason_counts AS
SELECT left(doc_id, 3) AS plan, reason, count(DISTINCT source_line)::INTEGER AS n
FROM untracked_targets GROUP BY ALL ORDER BY plan, reason;
