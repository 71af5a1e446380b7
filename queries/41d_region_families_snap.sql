-- @refresh: run again after every data load (src/db/semanticLayer.ts).
-- region_families_all (41c) as a table.
CREATE OR REPLACE TABLE region_families_snap AS FROM region_families_all ORDER BY k_year, k_region, sort_order;
