-- For the overview's headline: the primary targets of a region and of everything below it, as of
-- (y, m), counted by status, with how many regions have at least one target far behind.
CREATE OR REPLACE MACRO tree_summary(y, m, rid) AS TABLE
SELECT
  count(*) AS n_targets,
  count(*) FILTER (WHERE p.status = 'ahead') AS n_ahead,
  count(*) FILTER (WHERE p.status = 'slightly_behind') AS n_slightly_behind,
  count(*) FILTER (WHERE p.status = 'far_behind') AS n_far_behind,
  count(DISTINCT p.region_id) FILTER (WHERE p.status = 'far_behind') AS n_regions_far_behind,
  count(DISTINCT p.region_id) AS n_regions,
  bool_or(p.illustrative) AS illustrative
FROM progress_at(y, m) p
JOIN region_tree t ON t.region_id = p.region_id AND t.ancestor_id = rid
WHERE p.is_primary AND p.status <> 'no_data';
