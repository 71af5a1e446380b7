-- @refresh: run again after every data load (src/db/semanticLayer.ts).
-- Snapshots of the views every screen reads, so that a filter change costs a lookup, not a
-- recomputation of roll-ups and paths. The definitions stay in the views above.
CREATE OR REPLACE TABLE series_snap AS FROM series;
CREATE OR REPLACE TABLE target_status_snap AS FROM target_status;
