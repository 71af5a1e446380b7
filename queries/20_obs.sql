-- Observations with duplicates resolved: the same indicator, region and period loaded from two
-- files keeps the row of the file loaded last (files load in path order; see the data screen).
CREATE OR REPLACE VIEW obs AS
SELECT indicator_id, region_id, year, month, freq, value, quality, source_file, source_line
FROM observations
QUALIFY row_number() OVER (
  PARTITION BY indicator_id, region_id, year, month
  ORDER BY load_seq DESC, source_line DESC) = 1;
