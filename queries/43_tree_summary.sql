-- For the overview's headline: the primary targets of a region and of everything below it, as of
-- (y, m), counted by status, with how many regions have at least one target far behind.
-- Defined for every (year, as-of month, region) at once; 43a keeps it as a table and
-- tree_summary(y, m, rid) looks one up (always one row, zeros when there is nothing below).
CREATE OR REPLACE VIEW tree_summary_all AS
SELECT
  p.year, p.asof_month, t.ancestor_id,
  -- judged targets only; a threshold due later in the year is counted apart, so the three counts add up to n_targets
  count(*) FILTER (WHERE p.status <> 'not_yet_due') AS n_targets,
  count(*) FILTER (WHERE p.status = 'ahead') AS n_ahead,
  count(*) FILTER (WHERE p.status = 'slightly_behind') AS n_slightly_behind,
  count(*) FILTER (WHERE p.status = 'far_behind') AS n_far_behind,
  count(*) FILTER (WHERE p.status = 'not_yet_due') AS n_not_yet_due,
  count(DISTINCT p.region_id) FILTER (WHERE p.status = 'far_behind') AS n_regions_far_behind,
  count(DISTINCT p.region_id) AS n_regions,
  bool_or(p.illustrative) AS illustrative
FROM progress_snap p
JOIN region_tree t ON t.region_id = p.region_id
WHERE p.is_primary AND p.status <> 'no_data'
GROUP BY p.year, p.asof_month, t.ancestor_id;
