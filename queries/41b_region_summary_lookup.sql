-- The lookup the panels call: one (year, month[, region]) of region_summary_snap, the snapshot of region_summary_all (41),
-- defined in 41a. A macro binds its tables when created, so it comes after the snapshot's file.
-- CAST: as in progress_at (35), JS numbers arrive as DOUBLE.
CREATE OR REPLACE MACRO region_summary(y, m) AS TABLE
SELECT * EXCLUDE (year, asof_month) FROM region_summary_snap WHERE year = CAST(y AS INTEGER) AND asof_month = CAST(m AS INTEGER);
