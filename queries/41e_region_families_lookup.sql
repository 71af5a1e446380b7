-- The lookup the panels call: the headline families of region rid in year y, in their order, from
-- region_families_snap (41d). A macro binds its tables when created, so it comes after the snapshot's file.
-- CAST: JS numbers arrive as DOUBLE.
CREATE OR REPLACE MACRO region_families(y, rid) AS TABLE
SELECT family_id, name_zh, name_en, sort_order, indicator_id, n_indicators
FROM region_families_snap
WHERE k_year = CAST(y AS INTEGER) AND k_region = rid
ORDER BY sort_order NULLS LAST, family_id;
