-- Base tables. The intake (src/data/) fills them from data/*.csv; every view below reads only these.
CREATE TABLE IF NOT EXISTS indicators (
  indicator_id   VARCHAR PRIMARY KEY,
  name_zh        VARCHAR NOT NULL,
  name_en        VARCHAR,
  unit           VARCHAR NOT NULL,
  direction      VARCHAR NOT NULL,      -- higher | lower
  category       VARCHAR,
  value_type     VARCHAR NOT NULL,      -- ytd | period | stock | rate
  decimals       INTEGER,
  numerator_id   VARCHAR,               -- derived ratio: scale * numerator / denominator
  denominator_id VARCHAR,
  scale          DOUBLE,
  family         VARCHAR,               -- headline KPI family on the overview
  sort_order     INTEGER,
  is_generated   BOOLEAN DEFAULT false, -- created by the intake for an unmatched indicator
  source_file    VARCHAR
);

CREATE TABLE IF NOT EXISTS regions (
  region_id   VARCHAR PRIMARY KEY,
  name_zh     VARCHAR NOT NULL,
  name_en     VARCHAR,
  level       VARCHAR NOT NULL,
  parent_id   VARCHAR,
  aliases     VARCHAR,
  tags        VARCHAR,
  sort_order  INTEGER,
  is_generated BOOLEAN DEFAULT false, -- created by the intake (the national region of a wide export)
  source_file VARCHAR,
  lon         DOUBLE,   -- map marker for an area without a boundary (zone, park)
  lat         DOUBLE
);

CREATE TABLE IF NOT EXISTS targets (
  target_id     VARCHAR,
  indicator_id  VARCHAR NOT NULL,
  region_id     VARCHAR NOT NULL,
  year          INTEGER NOT NULL,
  kind          VARCHAR NOT NULL,  -- level | growth | share | pp_change | max | min | benchmark
  value         DOUBLE,
  base_year     INTEGER,
  base_value    DOUBLE,
  ref_region_id VARCHAR,
  doc_id        VARCHAR,
  quote         VARCHAR,
  source_line   VARCHAR,
  source_file   VARCHAR,
  source_row    INTEGER,
  value_high    DOUBLE,   -- range: the high bound (value is the low bound)
  tolerance     DOUBLE,   -- approx (左右/约): allowed shortfall in % of the value; NULL = the default
  due_month     INTEGER,  -- a threshold due inside the year (5月底前): not judged before this month
  ref_group     VARCHAR,  -- benchmark against a group average: region ids separated by ';', or 'tag:<tag>'
  scope_note    VARCHAR,  -- the scope the plan states (对分类管理类别为一、二类的出口企业)
  lead_unit     VARCHAR   -- 牵头单位: the department the target is assigned to
);

CREATE TABLE IF NOT EXISTS observations (
  indicator_id VARCHAR NOT NULL,
  region_id    VARCHAR NOT NULL,
  period       VARCHAR NOT NULL,
  year         INTEGER NOT NULL,
  month        INTEGER NOT NULL,   -- last month the period covers: 2020-Q3 -> 9, 2020 -> 12
  freq         VARCHAR NOT NULL,   -- M | Q | Y
  value        DOUBLE NOT NULL,
  quality      VARCHAR,            -- 'illustrative' marks invented sample values (示例数据)
  load_seq     INTEGER NOT NULL,   -- order of the file in the load; a later file wins a duplicate
  source_file  VARCHAR,
  source_line  INTEGER
);

CREATE TABLE IF NOT EXISTS policies (
  doc_id      VARCHAR PRIMARY KEY,
  title       VARCHAR NOT NULL,
  doc_number  VARCHAR,
  issued_on   DATE,
  issuer      VARCHAR,
  region_id   VARCHAR,
  title_en    VARCHAR,
  source_file VARCHAR
);

CREATE TABLE IF NOT EXISTS tasks (
  doc_id       VARCHAR NOT NULL,
  task_id      VARCHAR NOT NULL,
  title        VARCHAR NOT NULL,
  lead_unit    VARCHAR,
  deadline     DATE,
  status       VARCHAR,
  completed_on DATE,
  area         VARCHAR,
  milestone    VARCHAR,
  quality      VARCHAR,
  source_file  VARCHAR,
  source_line  INTEGER,
  as_of        DATE                -- the date the status was reported (illustrative statuses)
);

-- issue 4: one department under several names (scoped to a region's documents when region_id is set)
CREATE TABLE IF NOT EXISTS unit_aliases (
  region_id   VARCHAR,
  alias       VARCHAR NOT NULL,
  canonical   VARCHAR NOT NULL,
  source_file VARCHAR
);

-- issue 4: reward rules as data; queries/55_incentives.sql interprets the rule types
CREATE TABLE IF NOT EXISTS reward_rules (
  rule_id      VARCHAR NOT NULL,
  doc_id       VARCHAR NOT NULL,
  rule_type    VARCHAR NOT NULL,   -- rank_prize | target_met | per_unit | per_unit_above_target | per_rank_gained
  indicator_id VARCHAR,            -- one id, or several separated by ';' (rank_prize: mean completion)
  scope        VARCHAR,            -- region ids or names separated by ';'
  amount       DOUBLE NOT NULL,    -- 万元
  unit_size    DOUBLE,             -- per_unit*: the step, in the indicator's unit
  rank_from    INTEGER,
  rank_to      INTEGER,
  threshold    DOUBLE,             -- rank_prize: minimum mean gap to pace (pp) to be ranked
  name_zh      VARCHAR,
  name_en      VARCHAR,
  quote        VARCHAR,
  source_line  VARCHAR,
  source_file  VARCHAR
);

-- A plan's numbered lines that are not trackable targets, each with why (a fact, a rule's
-- condition, a plan period, a reward handled by reward_rules …); the data screen lists them.
CREATE TABLE IF NOT EXISTS untracked_targets (
  doc_id      VARCHAR NOT NULL,
  source_line VARCHAR NOT NULL,
  reason      VARCHAR NOT NULL,   -- fact | rule_condition | plan_period | reward | milestone | not_measurable | duplicate
  quote       VARCHAR,
  note        VARCHAR,
  source_file VARCHAR
);

-- Headline families as data: which families a region's overview shows, in which order, with
-- their names; indicator_ids lists the family's indicators in headline order (';').
CREATE TABLE IF NOT EXISTS families (
  family_id     VARCHAR PRIMARY KEY,
  name_zh       VARCHAR NOT NULL,
  name_en       VARCHAR,
  sort_order    INTEGER,
  indicator_ids VARCHAR NOT NULL,
  source_file   VARCHAR
);

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
