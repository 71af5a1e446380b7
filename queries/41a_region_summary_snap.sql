-- @refresh: run again after every data load (src/db/semanticLayer.ts).
-- region_summary_all (41) as a table, sorted by the month region_summary(y, m) reads.
CREATE OR REPLACE TABLE region_summary_snap AS FROM region_summary_all ORDER BY year, asof_month, parent_id, sibling_rank;
