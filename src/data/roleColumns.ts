/**
 * The data contract's columns, written once: each role's table, in table order. Table creation
 * (`roleTablesSql`, applied before queries/), row validation (which cells must hold a value, which
 * columns a record carries) and role detection (which header names decide a file's role) all read
 * this list, and tests/sql/roleColumns.test.ts checks DuckDB's DESCRIBE of every table against it.
 * Adding a column to a role is one line here (plus, when the intake should read it, its rule in
 * validateRows.ts).
 *
 * `use` says what the file must provide:
 * - `required`: the header must name it and every row must fill it (`missing_required` otherwise);
 *   the table column is NOT NULL.
 * - `header`: the header must name it (it decides the role), but a row may leave it empty: a root
 *   region has no parent, a benchmark target has no value, a standing task has no deadline.
 * - `optional`: read when the header names it.
 * - `row`: not read from a column; the intake computes it from the row (a period's year and month,
 *   the line number).
 * - `load`: set by the load for the whole file (its name, its order, a generated catalogue entry).
 */

export type Role =
  | 'indicators' | 'regions' | 'targets' | 'observations' | 'policies' | 'tasks' | 'unit_aliases' | 'reward_rules'
  | 'untracked_targets' | 'families';

export type ColumnUse = 'required' | 'header' | 'optional' | 'row' | 'load';
export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'BOOLEAN';

export interface RoleColumn {
  name: string;
  type: SqlType;
  use: ColumnUse;
  /** The catalogue's id: one row per value (PRIMARY KEY). */
  key?: true;
  /** NOT NULL although the file may leave it empty: the intake fills a default or rejects the row. */
  notNull?: true;
  /** Read from the file but not stored (it only helps match names). */
  notStored?: true;
  /** SQL default, e.g. `false`. */
  default?: string;
  /** What a reader of the table needs to know; becomes the column's SQL comment. */
  note?: string;
}

type Col = Omit<RoleColumn, 'name' | 'type' | 'use'>;
const col = (type: SqlType) => (use: ColumnUse) => (name: string, more: Col = {}): RoleColumn => ({ name, type, use, ...more });
const text = col('VARCHAR');
const int = col('INTEGER');
const num = col('DOUBLE');
const date = col('DATE');
const bool = col('BOOLEAN');

const sourceFile = text('load')('source_file');

export const ROLE_COLUMNS: Record<Role, RoleColumn[]> = {
  indicators: [
    text('required')('indicator_id', { key: true }),
    text('required')('name_zh'),
    text('optional')('name_en'),
    text('required')('unit'),
    text('required')('direction', { note: 'higher | lower' }),
    text('optional')('category'),
    text('optional')('value_type', { notNull: true, note: 'ytd | period | stock | rate (ytd when empty)' }),
    int('optional')('decimals'),
    text('optional')('numerator_id', { note: 'derived ratio: scale * numerator / denominator' }),
    text('optional')('denominator_id'),
    num('optional')('scale'),
    text('optional')('family', { note: 'headline KPI family on the overview' }),
    int('optional')('sort_order'),
    text('optional')('aliases', { notStored: true, note: 'other names wide exports and tidy files may use' }),
    bool('load')('is_generated', { default: 'false', note: 'created by the intake for an unmatched indicator' }),
    sourceFile,
  ],
  regions: [
    text('required')('region_id', { key: true }),
    text('required')('name_zh'),
    text('optional')('name_en'),
    text('required')('level'),
    text('header')('parent_id', { note: 'empty for the top of the tree' }),
    text('optional')('aliases'),
    text('optional')('tags'),
    int('optional')('sort_order'),
    bool('load')('is_generated', { default: 'false', note: 'created by the intake (the national region of a wide export)' }),
    sourceFile,
    num('optional')('lon', { note: 'map marker for an area without a boundary (zone, park)' }),
    num('optional')('lat'),
  ],
  targets: [
    text('optional')('target_id'),
    text('required')('indicator_id'),
    text('required')('region_id'),
    int('required')('year'),
    text('required')('kind', { note: 'level | growth | share | pp_change | max | min | benchmark' }),
    num('header')('value', { note: 'empty for a benchmark (the reference region is the target)' }),
    int('optional')('base_year'),
    num('optional')('base_value'),
    text('optional')('ref_region_id'),
    text('optional')('doc_id'),
    text('optional')('quote'),
    text('optional')('source_line'),
    sourceFile,
    int('row')('source_row'),
    // the target kinds of county plans
    num('optional')('value_high', { note: 'range: the high bound (value is the low bound)' }),
    num('optional')('tolerance', { note: 'approx (左右/约): allowed shortfall in % of the value; NULL = the default' }),
    int('optional')('due_month', { note: 'a threshold due inside the year (5月底前): not judged before this month' }),
    text('optional')('ref_group', { note: "benchmark against a group average: region ids separated by ';', or 'tag:<tag>'" }),
    text('optional')('scope_note', { note: 'the scope the plan states (对分类管理类别为一、二类的出口企业)' }),
    text('optional')('lead_unit', { note: '牵头单位: the department the target is assigned to' }),
  ],
  observations: [
    text('required')('indicator_id'),
    text('required')('region_id'),
    text('required')('period'),
    int('row')('year', { notNull: true }),
    int('row')('month', { notNull: true, note: 'last month the period covers: 2020-Q3 -> 9, 2020 -> 12' }),
    text('row')('freq', { notNull: true, note: 'M | Q | Y' }),
    num('header')('value', { notNull: true, note: 'an empty cell or a missing marker is a gap (value_gap), not a row' }),
    text('optional')('quality', { note: "'illustrative' marks invented sample values (示例数据)" }),
    int('load')('load_seq', { notNull: true, note: 'order of the file in the load; a later file wins a duplicate' }),
    sourceFile,
    int('row')('source_line'),
  ],
  policies: [
    text('required')('doc_id', { key: true }),
    text('required')('title'),
    text('header')('doc_number'),
    date('header')('issued_on'),
    text('optional')('issuer'),
    text('optional')('region_id'),
    text('optional')('title_en'),
    sourceFile,
  ],
  tasks: [
    text('required')('doc_id'),
    text('required')('task_id'),
    text('required')('title'),
    text('header')('lead_unit'),
    date('header')('deadline', { note: 'empty or 长期 for a standing task' }),
    text('optional')('status'),
    date('optional')('completed_on'),
    text('optional')('area'),
    text('optional')('milestone'),
    text('optional')('quality'),
    sourceFile,
    int('optional')('source_line'),
    date('optional')('as_of', { note: 'the date the status was reported (illustrative statuses)' }),
  ],
  // one department under several names, scoped to a region's documents when region_id is set
  unit_aliases: [
    text('optional')('region_id'),
    text('required')('alias'),
    text('required')('canonical'),
    sourceFile,
  ],
  // reward rules as data; queries/55_incentives.sql interprets the rule types
  reward_rules: [
    text('required')('rule_id'),
    text('required')('doc_id'),
    text('required')('rule_type', { note: 'rank_prize | target_met | per_unit | per_unit_above_target | per_rank_gained' }),
    text('optional')('indicator_id', { note: "one id, or several separated by ';' (rank_prize: mean completion)" }),
    text('optional')('scope', { note: "region ids or names separated by ';'" }),
    num('required')('amount', { note: '万元' }),
    num('optional')('unit_size', { note: "per_unit*: the step, in the indicator's unit" }),
    int('optional')('rank_from'),
    int('optional')('rank_to'),
    num('optional')('threshold', { note: 'rank_prize: minimum mean gap to pace (pp) to be ranked' }),
    text('optional')('name_zh'),
    text('optional')('name_en'),
    text('optional')('quote'),
    text('optional')('source_line'),
    sourceFile,
  ],
  // a plan's numbered line that is not a trackable target, with why; the data screen lists them
  untracked_targets: [
    text('required')('doc_id'),
    text('required')('source_line'),
    text('required')('reason', { note: 'fact | rule_condition | plan_period | reward | milestone | not_measurable | duplicate' }),
    text('optional')('quote'),
    text('optional')('note'),
    sourceFile,
  ],
  // the overview's headline families as data: indicator_ids in headline order, separated by ';'
  families: [
    text('required')('family_id', { key: true }),
    text('required')('name_zh'),
    text('optional')('name_en'),
    int('optional')('sort_order'),
    text('required')('indicator_ids'),
    sourceFile,
  ],
};

export const ROLES = Object.keys(ROLE_COLUMNS) as Role[];

/** Columns a file's header must name for the role to be recognised. */
export const headerColumns = (role: Role): string[] =>
  ROLE_COLUMNS[role].filter((c) => c.use === 'required' || c.use === 'header').map((c) => c.name);

/** Columns every row must fill, in table order (the first empty one is the one reported). */
export const requiredCells = (role: Role): string[] => ROLE_COLUMNS[role].filter((c) => c.use === 'required').map((c) => c.name);

/** Columns a validated record carries (the load adds the `load` ones), in table order. */
export const recordColumns = (role: Role): RoleColumn[] => ROLE_COLUMNS[role].filter((c) => c.use !== 'load' && !c.notStored);

/** Columns of the table, in order. */
export const tableColumns = (role: Role): RoleColumn[] => ROLE_COLUMNS[role].filter((c) => !c.notStored);

export const isNotNull = (c: RoleColumn): boolean => c.use === 'required' || !!c.notNull || !!c.key;

function columnSql(c: RoleColumn): string {
  const parts = [c.name, c.type];
  if (c.key) parts.push('PRIMARY KEY');
  else if (isNotNull(c)) parts.push('NOT NULL');
  if (c.default !== undefined) parts.push(`DEFAULT ${c.default}`);
  return parts.join(' ');
}

/** CREATE TABLE statements of every role's table, generated from ROLE_COLUMNS. */
export function roleTablesSql(): string {
  return ROLES.map((role) => {
    const cols = tableColumns(role);
    const lines = cols.map((c, i) => `  ${columnSql(c)}${i < cols.length - 1 ? ',' : ''}${c.note ? ` -- ${c.note.replace(/\n/g, ' ')}` : ''}`);
    return `CREATE TABLE IF NOT EXISTS ${role} (\n${lines.join('\n')}\n);`;
  }).join('\n\n');
}
