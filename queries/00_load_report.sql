-- The role tables (indicators, regions, targets, observations, policies, tasks, unit_aliases,
-- reward_rules) are created from src/data/roleColumns.ts, the one list of each role's columns,
-- before the files of this folder run.

-- The load report: one row per file, one row per rejected input row.
CREATE TABLE IF NOT EXISTS load_files (
  file         VARCHAR PRIMARY KEY,
  role         VARCHAR,
  shape        VARCHAR,
  encoding     VARCHAR,
  rows_read    INTEGER,
  rows_loaded  INTEGER,
  rows_rejected INTEGER,
  rows_superseded INTEGER, -- of rows_rejected: replaced by a file loaded later (a warning)
  status       VARCHAR,  -- ok | warning | partial | failed
  message      VARCHAR,
  loaded_at    VARCHAR
);

CREATE TABLE IF NOT EXISTS load_rejects (
  file    VARCHAR,
  line    INTEGER,
  col     VARCHAR,
  code    VARCHAR,   -- a reason code; the screens and check-data word it (src/i18n)
  value   VARCHAR,   -- the offending cell
  detail  VARCHAR,
  n       INTEGER    -- cells of the line this entry stands for (wide exports)
);
