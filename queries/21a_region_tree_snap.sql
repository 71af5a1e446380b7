-- @refresh: run again after every data load (src/db/semanticLayer.ts).
-- The region hierarchy as a table (definition in 21_region_tree.sql): computed once per load, not
-- in every query that joins it.
CREATE OR REPLACE TABLE region_tree AS FROM region_tree_all ORDER BY ancestor_id, depth, region_id;
