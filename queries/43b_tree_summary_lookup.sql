-- The lookup the panels call: one (year, month[, region]) of tree_summary_snap, the snapshot of tree_summary_all (43),
-- defined in 43a. A macro binds its tables when created, so it comes after the snapshot's file.
-- CAST: as in progress_at (35), JS numbers arrive as DOUBLE.
CREATE OR REPLACE MACRO tree_summary(y, m, rid) AS TABLE
SELECT coalesce(s.n_targets, 0) AS n_targets, coalesce(s.n_ahead, 0) AS n_ahead,
       coalesce(s.n_slightly_behind, 0) AS n_slightly_behind, coalesce(s.n_far_behind, 0) AS n_far_behind,
       coalesce(s.n_not_yet_due, 0) AS n_not_yet_due,
       coalesce(s.n_regions_far_behind, 0) AS n_regions_far_behind, coalesce(s.n_regions, 0) AS n_regions,
       s.illustrative
FROM (SELECT 1) AS one
LEFT JOIN tree_summary_snap s ON s.year = CAST(y AS INTEGER) AND s.asof_month = CAST(m AS INTEGER) AND s.ancestor_id = rid;
