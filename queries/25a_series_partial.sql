-- A summed figure (origin 'sum') is partial when a part that reports the indicator lacks the
-- month, or when the regions file lists only some of the region's parts (tag partial_children:
-- 山东省 with 5 of its 16 cities). Progress (31) carries it as is_partial for a target's own
-- figure and ref_is_partial for a benchmark's reference; the screens say so beside the figure.
CREATE OR REPLACE VIEW series_partial AS
SELECT s.indicator_id, s.region_id, s.year, s.month,
       bool_or(c.region_id IS NULL)
         OR bool_or(list_contains(string_split(coalesce(p.tags, ''), ';'), 'partial_children')) AS is_partial
FROM series_snap s
JOIN regions p ON p.region_id = s.region_id
JOIN regions ch ON ch.parent_id = s.region_id
SEMI JOIN (SELECT DISTINCT indicator_id, region_id FROM obs_all_snap) rep
  ON rep.indicator_id = s.indicator_id AND rep.region_id = ch.region_id
LEFT JOIN obs_all_snap c ON c.indicator_id = s.indicator_id AND c.region_id = ch.region_id
                        AND c.year = s.year AND c.month = s.month
WHERE s.origin = 'sum'
GROUP BY ALL;
