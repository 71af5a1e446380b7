-- @later: the policy and bulletin layer; a start-up from the build applies it after the first answers.
-- Documents, their families and their tasks.
--
-- A document includes itself and the parts published with it: annexes `003-A1`..`003-A10` under
-- `003`, the measures `000-D5a`..`000-D5c` under `000-D5`. A task's document family is looked up
-- here, so choosing `003` shows the tasks of all its annexes.
CREATE OR REPLACE VIEW doc_family AS
WITH docs AS (
  SELECT doc_id FROM policies
  UNION
  SELECT DISTINCT doc_id FROM tasks
)
SELECT p.doc_id AS family_id, c.doc_id
FROM docs p JOIN docs c
  ON c.doc_id = p.doc_id
  OR starts_with(c.doc_id, p.doc_id || '-')
  -- a bundled part: the parent id plus one letter (000-D5 -> 000-D5a)
  OR (length(c.doc_id) = length(p.doc_id) + 1 AND starts_with(c.doc_id, p.doc_id)
      AND regexp_matches(right(c.doc_id, 1), '^[a-z]$') AND regexp_matches(right(p.doc_id, 1), '^[0-9]$'));

-- The top of each family: a document no other document includes.
CREATE OR REPLACE VIEW doc_roots AS
SELECT f.doc_id FROM doc_family f
GROUP BY f.doc_id
HAVING count(*) = 1;

-- Each document with its family root and region (an annex without a region takes its root's).
CREATE OR REPLACE VIEW doc_info AS
SELECT f.doc_id, f.family_id AS root_id,
       coalesce(p.region_id, rp.region_id) AS region_id,
       coalesce(p.doc_number, rp.doc_number) AS doc_number,
       coalesce(p.title, rp.title, f.doc_id) AS title, p.title_en,
       coalesce(p.issued_on, rp.issued_on) AS issued_on
FROM doc_family f
JOIN doc_roots r ON r.doc_id = f.family_id
LEFT JOIN policies p ON p.doc_id = f.doc_id
LEFT JOIN policies rp ON rp.doc_id = f.family_id;

-- Tasks with their lead department. The lead is the first unit named (牵头单位), as written;
-- `department` is its canonical name from unit_aliases (an alias for the document's region
-- wins over one without a region), so 县行政审批局 and 县行政审批服务局 count as one.
CREATE OR REPLACE VIEW task_items AS
WITH t AS (
  SELECT t.*,
         nullif(trim(string_split(regexp_replace(coalesce(t.lead_unit, ''), '[，,；;]', '、', 'g'), '、')[1]), '') AS lead_named,
         d.root_id, d.region_id, d.doc_number
  FROM tasks t
  LEFT JOIN doc_info d USING (doc_id)
)
SELECT t.doc_id, t.root_id, t.region_id, t.doc_number, t.task_id, t.title, t.milestone, t.area, t.lead_unit,
       t.lead_named,
       coalesce(ar.canonical, aa.canonical, t.lead_named) AS department,
       t.deadline, t.status, t.completed_on, t.as_of,
       coalesce(t.quality = 'illustrative', false) AS illustrative, t.source_line, t.source_file
FROM t
LEFT JOIN unit_aliases ar ON ar.alias = t.lead_named AND ar.region_id = t.region_id
LEFT JOIN unit_aliases aa ON aa.alias = t.lead_named AND aa.region_id IS NULL;

-- The state of every task on a reference date:
--   done_on_time  completed on or before its deadline (and by the reference date)
--   done_late     completed after its deadline
--   done          completed, without a deadline (长期) or without a completion date
--   overdue       deadline before the reference date, not completed by it
--   open          deadline on or after the reference date, not completed yet
--   ongoing       no deadline (长期): never overdue
--   cancelled
-- A completion after the reference date does not count yet. `after_report` marks a reference
-- date later than the status report (as_of): completions after the report are unknown.
CREATE OR REPLACE MACRO tasks_at(p_date) AS TABLE
WITH s AS (
  SELECT ti.*,
    CASE
      WHEN ti.status = 'cancelled' THEN 'cancelled'
      WHEN ti.completed_on IS NOT NULL AND ti.completed_on <= p_date THEN
        CASE WHEN ti.deadline IS NULL THEN 'done'
             WHEN ti.completed_on <= ti.deadline THEN 'done_on_time'
             ELSE 'done_late' END
      WHEN ti.completed_on IS NULL AND ti.status = 'done' AND (ti.as_of IS NULL OR ti.as_of <= p_date) THEN 'done'
      WHEN ti.deadline IS NULL THEN 'ongoing'
      WHEN ti.deadline < p_date THEN 'overdue'
      ELSE 'open'
    END AS state
  FROM task_items ti
)
SELECT s.*,
  CASE WHEN state = 'overdue' THEN date_diff('day', deadline, p_date::DATE) END AS days_overdue,
  CASE WHEN state = 'done_late' THEN date_diff('day', deadline, completed_on) END AS days_late,
  CASE WHEN state = 'open' THEN date_diff('day', p_date::DATE, deadline) END AS days_to_deadline,
  coalesce(p_date::DATE > as_of, false) AS after_report
FROM s;

-- The on-time rate, defined once: of the settled tasks (done on time, done late, overdue), the
-- share done on time. Open and ongoing tasks and completions without a date do not enter it.
-- (Aggregate macros: use in a GROUP BY over tasks_at rows, passing the `state` column.)
CREATE OR REPLACE MACRO task_settled(st) AS st IN ('done_on_time', 'done_late', 'overdue');
CREATE OR REPLACE MACRO n_state(st, s) AS count(*) FILTER (WHERE st = s);
CREATE OR REPLACE MACRO on_time_rate(st) AS
  count(*) FILTER (WHERE st = 'done_on_time') / nullif(count(*) FILTER (WHERE task_settled(st)), 0);

-- Counts per document family on a reference date: one row for the family as a whole (doc_id
-- NULL) and one row per document in it (a task counts in every family that includes its
-- document).
CREATE OR REPLACE MACRO tasks_summary(p_date) AS TABLE
SELECT f.family_id, a.doc_id,
       count(*) AS n_tasks,
       n_state(state, 'done_on_time') AS n_done_on_time,
       n_state(state, 'done_late') AS n_done_late,
       n_state(state, 'done') AS n_done_undated,
       n_state(state, 'overdue') AS n_overdue,
       n_state(state, 'open') AS n_open,
       n_state(state, 'ongoing') AS n_ongoing,
       n_state(state, 'cancelled') AS n_cancelled,
       count(*) FILTER (WHERE task_settled(state)) AS n_settled,
       on_time_rate(state) AS on_time_rate,
       max(days_overdue) AS max_days_overdue,
       max(as_of) AS report_date,
       bool_or(after_report) AS after_report,
       bool_or(illustrative) AS illustrative
FROM tasks_at(p_date) a
JOIN doc_family f ON f.doc_id = a.doc_id
GROUP BY GROUPING SETS ((f.family_id), (f.family_id, a.doc_id));

-- Lead departments of a document family on a reference date, ranked within the family by
-- on-time rate, then fewer overdue, then more settled tasks. `names` lists the ways the
-- department is written when there is more than one.
CREATE OR REPLACE MACRO dept_tasks_summary(p_date, p_family) AS TABLE
WITH t AS (
  SELECT a.* FROM tasks_at(p_date) a
  JOIN doc_family f ON f.doc_id = a.doc_id AND f.family_id = p_family
  WHERE a.department IS NOT NULL
),
g AS (
  SELECT department, any_value(region_id) AS region_id,
         count(*) AS n_tasks,
         n_state(state, 'done_on_time') AS n_done_on_time,
         n_state(state, 'done_late') AS n_done_late,
         n_state(state, 'overdue') AS n_overdue,
         n_state(state, 'open') AS n_open,
         n_state(state, 'ongoing') AS n_ongoing,
         count(*) FILTER (WHERE task_settled(state)) AS n_settled,
         on_time_rate(state) AS on_time_rate,
         coalesce(sum(days_overdue), 0) AS total_days_overdue,
         max(days_overdue) AS max_days_overdue,
         string_agg(DISTINCT lead_named, '、' ORDER BY lead_named) AS names,
         count(DISTINCT lead_named) AS n_names,
         bool_or(illustrative) AS illustrative
  FROM t GROUP BY department
)
SELECT g.*,
  CASE WHEN n_settled > 0 THEN
    rank() OVER (PARTITION BY n_settled > 0 ORDER BY on_time_rate DESC, n_overdue, n_settled DESC)
  END AS dept_rank,
  count(*) FILTER (WHERE n_settled > 0) OVER () AS dept_ranked
FROM g;

-- What falls due in the 90 days after a reference date, in 30-day buckets (30, 60, 90).
CREATE OR REPLACE MACRO deadlines_ahead(p_date, p_family) AS TABLE
SELECT a.*, CAST(ceil(greatest(a.days_to_deadline, 1) / 30.0) * 30 AS INTEGER) AS bucket
FROM tasks_at(p_date) a
JOIN doc_family f ON f.doc_id = a.doc_id AND f.family_id = p_family
WHERE a.state = 'open' AND a.days_to_deadline <= 90;
