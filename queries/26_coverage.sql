-- Data coverage for the data screen's heat map: which indicator, region and month has data.
-- A cell is own data from a file (obs, duplicates resolved) or, for a region without its own
-- value, one derived from its sub-regions (series_snap origin 'sum' / 'ratio').

-- Own data, one cell per indicator, region and month; month_index = year * 12 + month - 1.
CREATE OR REPLACE VIEW coverage_cells AS
SELECT indicator_id, region_id, year, month, freq, (year * 12 + month - 1)::INTEGER AS month_index,
       value, source_file, source_line
FROM obs;

-- Each indicator-region series: its span and the periods missing inside it, counted at the
-- series' finest frequency (monthly, quarterly or annual).
CREATE OR REPLACE VIEW coverage_series AS
WITH s AS (
  SELECT indicator_id, region_id,
         CASE WHEN bool_or(freq = 'M') THEN 1 WHEN bool_or(freq = 'Q') THEN 3 ELSE 12 END AS step,
         min(month_index) AS first_index, max(month_index) AS last_index,
         count(DISTINCT month_index)::INTEGER AS n_present
  FROM coverage_cells GROUP BY indicator_id, region_id
)
SELECT *, ((last_index - first_index) // step + 1)::INTEGER AS n_expected,
       greatest((last_index - first_index) // step + 1 - n_present, 0)::INTEGER AS n_gaps
FROM s;

-- The indicator-region pairs the heat map shows: those with own data, and those with a target
-- (a target without data is the gap that matters most).
CREATE OR REPLACE VIEW coverage_pairs AS
SELECT indicator_id, region_id FROM coverage_series
UNION
SELECT t.indicator_id, t.region_id FROM targets t JOIN indicators USING (indicator_id) JOIN regions USING (region_id);

-- One row per indicator: regions shown, regions reporting own data, missing periods inside spans.
CREATE OR REPLACE VIEW coverage_indicators AS
SELECT p.indicator_id, i.name_zh, i.name_en, i.unit, coalesce(i.is_generated, false) AS is_generated, i.sort_order,
       count(*)::INTEGER AS n_regions,
       count(s.region_id)::INTEGER AS n_reporting,
       coalesce(sum(s.n_gaps), 0)::INTEGER AS n_gaps,
       (count(*) - count(s.region_id))::INTEGER AS n_without_data
FROM coverage_pairs p
JOIN indicators i USING (indicator_id)
LEFT JOIN coverage_series s USING (indicator_id, region_id)
GROUP BY ALL;

-- Per indicator and month: how many regions reported own data.
CREATE OR REPLACE VIEW coverage_indicator_months AS
SELECT indicator_id, month_index, any_value(year) AS year, any_value(month) AS month, count(*)::INTEGER AS n_reporting
FROM coverage_cells GROUP BY indicator_id, month_index;

-- The months the heat map spans (all own data).
CREATE OR REPLACE VIEW coverage_span AS
SELECT min(month_index) AS first_index, max(month_index) AS last_index FROM coverage_cells;

-- Rows for one indicator: the regions of coverage_pairs, shallowest first.
CREATE OR REPLACE MACRO coverage_region_rows(ind) AS TABLE
SELECT p.region_id, r.name_zh, r.name_en, r.level,
       coalesce((SELECT max(depth) FROM region_tree t WHERE t.region_id = p.region_id), 0) AS depth,
       r.sort_order, coalesce(s.n_present, 0) AS n_present, coalesce(s.n_gaps, 0) AS n_gaps,
       s.region_id IS NULL AS without_data
FROM coverage_pairs p
JOIN regions r USING (region_id)
LEFT JOIN coverage_series s ON s.indicator_id = p.indicator_id AND s.region_id = p.region_id
WHERE p.indicator_id = ind
ORDER BY depth, r.sort_order NULLS LAST, p.region_id;

-- Cells for one indicator: own data (with its file and line) or derived from sub-regions.
CREATE OR REPLACE MACRO coverage_region_cells(ind) AS TABLE
SELECT s.region_id, (s.year * 12 + s.month - 1)::INTEGER AS month_index, s.year, s.month,
       CASE WHEN o.region_id IS NOT NULL THEN 'own' ELSE s.origin END AS origin,
       coalesce(o.value, s.value) AS value, o.source_file, o.source_line
FROM series_snap s
JOIN coverage_pairs p ON p.indicator_id = s.indicator_id AND p.region_id = s.region_id
LEFT JOIN obs o ON o.indicator_id = s.indicator_id AND o.region_id = s.region_id AND o.year = s.year AND o.month = s.month
WHERE s.indicator_id = ind;
