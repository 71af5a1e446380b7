-- Headline cards come from data: which families a region's overview shows, in which order, with
-- which names (families.csv). Before 42, whose headline cards follow these families.

-- The headline families of the data (families.csv): each family's indicators in headline order.
-- A data folder without a families file keeps the data contract's older way: the indicators'
-- `family` column names the headline cards (their names then come from the indicator).
CREATE OR REPLACE VIEW family_list AS
SELECT family_id, name_zh, name_en, sort_order FROM families
UNION ALL
SELECT i.family, NULL, NULL, min(i.sort_order)::INTEGER FROM indicators i
WHERE i.family IS NOT NULL AND NOT EXISTS (SELECT 1 FROM families)
GROUP BY i.family;

CREATE OR REPLACE VIEW family_members AS
SELECT f.family_id, trim(m.indicator_id) AS indicator_id, m.member_order::INTEGER AS member_order
FROM families f,
     unnest(string_split(f.indicator_ids, ';')) WITH ORDINALITY AS m(indicator_id, member_order)
WHERE trim(m.indicator_id) <> ''
UNION ALL
SELECT i.family, i.indicator_id, row_number() OVER (PARTITION BY i.family ORDER BY i.sort_order NULLS LAST, i.indicator_id)::INTEGER
FROM indicators i
WHERE i.family IS NOT NULL AND NOT EXISTS (SELECT 1 FROM families);

-- The families a region's overview shows in a year: those with a target judged in that year for
-- the region or a descendant; a family without one is not listed. The headline indicator is the
-- first of the family with a target of the region itself, else the first with one below it.
-- (A target counts in its own year and, with a base year, in every year on the way.)
-- Every (year, region) at once, kept as a table by 41d: the overview's cards, the catalogue and
-- the department ranking read it on every filter change.
CREATE OR REPLACE VIEW region_families_all AS
WITH judged AS (
  SELECT t.indicator_id, t.region_id,
         unnest(range(CASE WHEN t.base_year < t.year THEN t.base_year + 1 ELSE t.year END, t.year + 1))::INTEGER AS year
  FROM targets t
),
has AS (
  SELECT j.year AS k_year, rt.ancestor_id AS k_region, m.family_id, m.indicator_id, m.member_order, min(rt.depth) AS depth
  FROM family_members m
  JOIN judged j ON j.indicator_id = m.indicator_id
  JOIN region_tree rt ON rt.region_id = j.region_id
  GROUP BY ALL
)
SELECT h.k_year, h.k_region, f.family_id, f.name_zh, f.name_en, f.sort_order,
       arg_min(h.indicator_id, h.depth * 10000 + h.member_order) AS indicator_id,
       count(*)::INTEGER AS n_indicators
FROM family_list f JOIN has h USING (family_id)
GROUP BY h.k_year, h.k_region, f.family_id, f.name_zh, f.name_en, f.sort_order;
