-- @refresh: run again after every data load (src/db/semanticLayer.ts).
-- Sorted by the as-of month, so that progress_at reads one small slice of it.
CREATE OR REPLACE TABLE progress_snap AS FROM progress_asof ORDER BY year, asof_month, indicator_id, region_id;
