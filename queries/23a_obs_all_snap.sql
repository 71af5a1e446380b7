-- @refresh: run again after every data load (src/db/semanticLayer.ts).
-- Roll-ups computed once per load; series and the target views read this table.
CREATE OR REPLACE TABLE obs_all_snap AS FROM obs_all;
