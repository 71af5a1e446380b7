-- For the overview's headline: the primary targets of a region and of everything below it, as of
-- (y, m), counted by status, with how many regions have at least one target far behind.
-- Defined for every (year, as-of month, region) at once; 43a keeps it as a table and
-- tree_summary(y, m, rid) looks one up (always one row, zeros when there is nothing below).
CREATE OR REPLACE VIEW tree_summary_all AS
SELECT
  p.year, p.asof_month, t.ancestor_id,
  count(*) AS n_targets,
  count(*) FILTER (WHERE p.status = 'ahead') AS n_ahead,
  count(*) FILTER (WHERE p.status = 'slightly_behind') AS n_slightly_behind,
  count(*) FILTER (WHERE p.status = 'far_behind') AS n_far_behind,
  count(DISTINCT p.region_id) FILTER (WHERE p.status = 'far_behind') AS n_regions_far_behind,
  count(DISTINCT p.region_id) AS n_regions,
  bool_or(p.illustrative) AS illustrative
FROM progress_snap p
JOIN region_tree t ON t.region_id = p.region_id
WHERE p.is_primary AND p.status <> 'no_data'
GROUP BY p.year, p.asof_month, t.ancestor_id;

CREATE OR REPLACE TABLE tree_summary_snap AS FROM tree_summary_all;

-- CAST: as in progress_at (35), JS numbers arrive as DOUBLE.
CREATE OR REPLACE MACRO tree_summary(y, m, rid) AS TABLE
SELECT coalesce(s.n_targets, 0) AS n_targets, coalesce(s.n_ahead, 0) AS n_ahead,
       coalesce(s.n_slightly_behind, 0) AS n_slightly_behind, coalesce(s.n_far_behind, 0) AS n_far_behind,
       coalesce(s.n_regions_far_behind, 0) AS n_regions_far_behind, coalesce(s.n_regions, 0) AS n_regions,
       s.illustrative
FROM (SELECT 1) AS one
LEFT JOIN tree_summary_snap s ON s.year = CAST(y AS INTEGER) AND s.asof_month = CAST(m AS INTEGER) AND s.ancestor_id = rid;
