-- @refresh: run again after every data load (src/db/semanticLayer.ts).
-- family_kpis_all (42) as a table.
CREATE OR REPLACE TABLE family_kpis_snap AS FROM family_kpis_all ORDER BY k_year, k_month, k_region, k_indicator;
