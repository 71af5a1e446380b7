-- A tidy observations file as DuckDB's own CSV reader read it (src/data/csvReaderIntake.ts), the
-- cells as written, in the file's order: the loader replaces the table for every file, so row n
-- (rowid n - 1) is the file's line n + 1 when every row is one line.
-- In a schema of its own: it is working space, not data (the build does not write it to Parquet).
CREATE SCHEMA IF NOT EXISTS intake;
CREATE TABLE IF NOT EXISTS intake.csv (indicator_id VARCHAR, region_id VARCHAR, period VARCHAR, value VARCHAR, quality VARCHAR);

-- Each row as the observations table holds it, and whether the row is one the intake's rules
-- (src/data/validateRows.ts) accept exactly as it is written: a known indicator and region by id,
-- a period in its canonical form (2020, 2020-Q3, 2020-10), a plain decimal value (no thousands
-- separators, percent, brackets or missing markers) and a quality without surrounding spaces.
-- Anything else (names for ids, 2020年10月, 1,234, '-') is left to those rules: the file is then
-- read by the JavaScript intake, so that every rejected line gets the same reason as before.
CREATE OR REPLACE VIEW intake.csv_rows AS
WITH cells AS (
  SELECT (rowid + 2)::INTEGER AS line, indicator_id, region_id, period, value, nullif(quality, '') AS quality,
         TRY_CAST(substr(period, 1, 4) AS INTEGER) AS year,
         CASE WHEN length(period) = 4 THEN 'Y' WHEN substr(period, 6, 1) = 'Q' THEN 'Q' ELSE 'M' END AS freq
  FROM intake.csv
)
SELECT line, indicator_id, region_id, period, year,
       CASE freq WHEN 'Y' THEN 12
                 WHEN 'Q' THEN TRY_CAST(substr(period, 7, 1) AS INTEGER) * 3
                 ELSE TRY_CAST(substr(period, 6, 2) AS INTEGER) END AS month,
       freq,
       TRY_CAST(value AS DOUBLE) AS value,
       quality,
       coalesce(
         indicator_id IN (SELECT indicator_id FROM indicators)
         AND region_id IN (SELECT region_id FROM regions)
         AND regexp_full_match(period, '[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?') AND year BETWEEN 1900 AND 2200
         AND regexp_full_match(value, '-?[0-9]{1,15}(\.[0-9]{1,15})?')
         -- JavaScript's trim() removes these; a quality it would trim is left to the rules
         AND (quality IS NULL OR NOT regexp_matches(quality, '^[\s\x{0B}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}"]|[\s\x{0B}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}"]$')),
         false) AS as_written
FROM cells;
