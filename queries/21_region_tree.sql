-- Every (ancestor, descendant) pair of the region hierarchy, depth 0 = the region itself.
-- The depth bound protects against a parent_id cycle in a hand-written regions file.
-- Nearly every panel joins it: 21a keeps it as a table (region_tree), so the recursion runs once per load.
CREATE OR REPLACE VIEW region_tree_all AS
WITH RECURSIVE t(ancestor_id, region_id, depth) AS (
  SELECT region_id, region_id, 0 FROM regions
  UNION ALL
  SELECT t.ancestor_id, r.region_id, t.depth + 1
  FROM t JOIN regions r ON r.parent_id = t.region_id
  WHERE t.depth < 8
)
SELECT ancestor_id, region_id, min(depth) AS depth FROM t GROUP BY ALL;
