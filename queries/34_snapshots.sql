-- @refresh: run again after every data load (src/db/semanticLayer.ts).
-- The state of every target in every month, kept as a table so that a filter change costs a
-- lookup, not a recomputation of roll-ups and paths. obs_all_snap and series_snap (23a, 24a)
-- are built the same way before it; the definitions stay in the views.
CREATE OR REPLACE TABLE target_status_snap AS FROM target_status;
-- The months in which a region has data for some target: the month selector's list (joined with
-- region_tree), without scanning target_status_snap.
CREATE OR REPLACE TABLE data_months_snap AS
SELECT DISTINCT region_id, year, month FROM target_status_snap WHERE actual IS NOT NULL ORDER BY region_id, year, month;
-- Whether any observation is illustrative (示例数据), so every screen can say so without reading
-- the observations table (in the Parquet build that table loads after the first screen).
CREATE OR REPLACE TABLE data_flags_snap AS
SELECT coalesce(bool_or(quality = 'illustrative'), false) AS any_illustrative FROM observations;
