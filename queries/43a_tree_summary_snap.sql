-- @refresh: run again after every data load (src/db/semanticLayer.ts).
-- tree_summary_all (43) as a table.
CREATE OR REPLACE TABLE tree_summary_snap AS FROM tree_summary_all ORDER BY year, asof_month, ancestor_id;
