-- The lookup the panels call: one (year, month[, region]) of family_kpis_snap, the snapshot of family_kpis_all (42),
-- defined in 42a. A macro binds its tables when created, so it comes after the snapshot's file.
-- CAST: as in progress_at (35), JS numbers arrive as DOUBLE.
-- The cards are the region's families of year y (region_families, 41c), in their order, each on its
-- headline indicator.
CREATE OR REPLACE MACRO family_kpis(y, m, rid) AS TABLE
SELECT f.family_id AS family, f.indicator_id, f.sort_order, s.* EXCLUDE (k_year, k_month, k_region, k_indicator)
FROM region_families(y, rid) f
LEFT JOIN family_kpis_snap s ON s.k_indicator = f.indicator_id AND s.k_year = CAST(y AS INTEGER) AND s.k_month = CAST(m AS INTEGER) AND s.k_region = rid
ORDER BY f.sort_order NULLS LAST, f.family_id;
