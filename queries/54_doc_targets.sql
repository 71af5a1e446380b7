-- @later: the policy and bulletin layer; a start-up from the build applies it after the first answers.
-- The numeric targets a document family sets, each in its latest state on a reference date:
-- the latest month with an actual no later than that date (a 2020 target seen in March 2021
-- shows its December 2020 state). Targets without any actual yet are listed with status no_data.
CREATE OR REPLACE MACRO doc_targets_at(p_family, p_date) AS TABLE
WITH fam AS (
  SELECT doc_id FROM doc_family WHERE family_id = p_family
),
latest AS (
  SELECT s.* FROM target_status_snap s
  WHERE s.doc_id IN (SELECT doc_id FROM fam) AND s.actual IS NOT NULL
    AND make_date(s.year, s.month, 1) <= p_date::DATE
  QUALIFY row_number() OVER (PARTITION BY s.target_id ORDER BY s.year DESC, s.month DESC) = 1
),
listed AS (
  SELECT DISTINCT ON (target_id) target_id, indicator_id, region_id, target_year, kind, target_input, doc_id, quote, source_line
  FROM target_years WHERE doc_id IN (SELECT doc_id FROM fam)
  ORDER BY target_id, year
)
SELECT t.target_id, t.indicator_id, t.region_id, t.target_year, t.kind, t.target_input, t.doc_id, t.quote, t.source_line,
       d.doc_number, l.year, l.month, l.is_path, l.is_primary, l.target_value, l.actual, l.completion, l.expected,
       l.pace_gap, coalesce(l.status, 'no_data') AS status, l.projection, l.projected_completion, l.projection_method,
       l.shape_years, l.needed_monthly, l.pace_monthly, l.out_of_reach, l.benchmark_value, l.own_measure,
       coalesce(l.illustrative, false) AS illustrative, i.sort_order, r.sort_order AS region_sort
FROM listed t
LEFT JOIN latest l USING (target_id)
LEFT JOIN doc_info d ON d.doc_id = t.doc_id
JOIN indicators i ON i.indicator_id = t.indicator_id
JOIN regions r ON r.region_id = t.region_id;
