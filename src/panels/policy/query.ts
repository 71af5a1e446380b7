/** The policy screen's task panels: the documents, a family's task summary, overdue tasks, departments, deadlines ahead, the targets a document sets (queries/50, 54). */
import { panelQuery } from '../panelQuery.ts';
import { EXAMPLE_FAMILY_DATE, type FamilyDate, type NoInput } from '../inputs.ts';

export const policyDocuments = panelQuery({
  id: 'policy.documents',
  sql: `SELECT d.doc_id, d.root_id, d.doc_number, d.title, d.title_en, d.region_id, d.issued_on,
           d.doc_id = d.root_id AS is_root,
           (SELECT count(*) FROM tasks t JOIN doc_family f ON f.doc_id = t.doc_id WHERE f.family_id = d.doc_id) AS n_tasks,
           (SELECT max(t.as_of) FROM tasks t JOIN doc_family f ON f.doc_id = t.doc_id WHERE f.family_id = d.doc_id) AS report_date
    FROM doc_info d
    ORDER BY d.issued_on, d.root_id, d.doc_id <> d.root_id, length(d.doc_id), d.doc_id`,
  params: (_: NoInput) => [],
  columns: {
    doc_id: 'text',
    root_id: 'text',
    doc_number: 'text?',
    title: 'text',
    title_en: 'text?',
    region_id: 'text',
    issued_on: 'date?',
    is_root: 'bool',
    n_tasks: 'int',
    report_date: 'date?',
  },
  example: {},
});

export const docSummary = panelQuery({
  id: 'policy.docSummary',
  sql: `SELECT s.*, d.doc_number, d.title, d.title_en
    FROM tasks_summary(?::DATE) s
    LEFT JOIN doc_info d ON d.doc_id = s.doc_id
    WHERE s.family_id = ?
    ORDER BY s.doc_id IS NOT NULL, length(s.doc_id), s.doc_id`,
  params: (p: FamilyDate) => [p.date, p.family],
  columns: {
    family_id: 'text',
    doc_id: 'text?',
    n_tasks: 'int',
    n_done_on_time: 'int',
    n_done_late: 'int',
    n_done_undated: 'int',
    n_overdue: 'int',
    n_open: 'int',
    n_ongoing: 'int',
    n_cancelled: 'int',
    n_settled: 'int',
    on_time_rate: 'double?',
    max_days_overdue: 'int?',
    report_date: 'date?',
    after_report: 'bool',
    illustrative: 'bool',
    doc_number: 'text?',
    title: 'text?',
    title_en: 'text?',
  },
  example: EXAMPLE_FAMILY_DATE,
});

export const overdueTasks = panelQuery({
  id: 'policy.overdue',
  sql: `SELECT a.doc_id, a.task_id, a.title, a.milestone, a.lead_unit, a.lead_named, a.department, a.deadline, a.days_overdue,
           a.area, a.source_line, a.illustrative, d.doc_number
    FROM tasks_at(?::DATE) a
    JOIN doc_family f ON f.doc_id = a.doc_id AND f.family_id = ?
    LEFT JOIN doc_info d ON d.doc_id = a.doc_id
    WHERE a.state = 'overdue'
    ORDER BY a.days_overdue DESC, a.doc_id, a.task_id`,
  params: (p: FamilyDate) => [p.date, p.family],
  columns: {
    doc_id: 'text',
    task_id: 'text',
    title: 'text',
    milestone: 'text?',
    lead_unit: 'text?',
    lead_named: 'text?',
    department: 'text',
    deadline: 'date',
    days_overdue: 'int',
    area: 'text?',
    source_line: 'int?',
    illustrative: 'bool',
    doc_number: 'text?',
  },
  example: EXAMPLE_FAMILY_DATE,
});

export const departmentTasks = panelQuery({
  id: 'policy.departments',
  sql: 'SELECT * FROM dept_tasks_summary(?::DATE, ?) ORDER BY dept_rank NULLS LAST, n_tasks DESC, department',
  params: (p: FamilyDate) => [p.date, p.family],
  columns: {
    department: 'text?',
    region_id: 'text?',
    n_tasks: 'int',
    n_done_on_time: 'int',
    n_done_late: 'int',
    n_overdue: 'int',
    n_open: 'int',
    n_ongoing: 'int',
    n_settled: 'int',
    on_time_rate: 'double?',
    total_days_overdue: 'int',
    max_days_overdue: 'int?',
    names: 'text',
    n_names: 'int',
    illustrative: 'bool',
    dept_rank: 'int?',
    dept_ranked: 'int?',
  },
  example: EXAMPLE_FAMILY_DATE,
});

export const deadlinesAhead = panelQuery({
  id: 'policy.deadlines',
  sql: `SELECT doc_id, task_id, title, milestone, lead_named, department, deadline, days_to_deadline, bucket
    FROM deadlines_ahead(?::DATE, ?) ORDER BY days_to_deadline, doc_id, task_id, milestone NULLS FIRST, department NULLS FIRST, lead_named NULLS FIRST`,
  params: (p: FamilyDate) => [p.date, p.family],
  columns: {
    doc_id: 'text',
    task_id: 'text',
    title: 'text',
    milestone: 'text?',
    lead_named: 'text?',
    department: 'text?',
    deadline: 'date',
    days_to_deadline: 'int',
    bucket: 'int',
  },
  example: EXAMPLE_FAMILY_DATE,
});

export const docTargets = panelQuery({
  id: 'policy.targets',
  sql: `SELECT * FROM doc_targets_at(?, ?::DATE) ORDER BY sort_order NULLS LAST, indicator_id, region_sort NULLS LAST, region_id, target_year, kind`,
  params: (p: FamilyDate) => [p.family, p.date],
  columns: {
    target_id: 'text',
    indicator_id: 'text',
    region_id: 'text',
    target_year: 'int',
    kind: 'text',
    target_input: 'double?',
    doc_id: 'text',
    quote: 'text?',
    source_line: 'text?',
    doc_number: 'text?',
    year: 'int',
    month: 'int',
    is_path: 'bool',
    is_primary: 'bool',
    target_value: 'double?',
    actual: 'double?',
    completion: 'double?',
    expected: 'double?',
    pace_gap: 'double?',
    status: 'text',
    projection: 'double?',
    projected_completion: 'double?',
    projection_method: 'text?',
    shape_years: 'int?',
    needed_monthly: 'double?',
    pace_monthly: 'double?',
    out_of_reach: 'bool?',
    benchmark_value: 'double?',
    own_measure: 'double?',
    illustrative: 'bool',
    sort_order: 'int?',
    region_sort: 'int?',
  },
  example: EXAMPLE_FAMILY_DATE,
});
