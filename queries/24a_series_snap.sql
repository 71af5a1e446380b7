-- @refresh: run again after every data load (src/db/semanticLayer.ts).
CREATE OR REPLACE TABLE series_snap AS FROM series;
