/** Row rules per role: each input row becomes a typed record for its table, or a Problem with a reason. */
import type { ColumnType } from '../db/types.ts';
import { addIndicatorNames, addRegionNames, resolveIndicator, resolveRegion, type Catalog } from './catalog.ts';
import { parseDate, parseInteger, parseNumber, parsePeriod } from './parseValue.ts';
import type { Problem } from './report.ts';
import { recordColumns, requiredCells, type Role, type SqlType } from './roleColumns.ts';

export type Value = string | number | null;
export type RecordOut = Record<string, Value>;
export type RowResult = { ok: true; record: RecordOut; key?: string } | { ok: false; problem: Omit<Problem, 'line'> };

export interface RowInput {
  /** Cell by column key; '' when the column is absent or empty. */
  get(key: string): string;
  file: string;
  line: number;
}

export interface RoleRules {
  /** The role's table (named as the role). */
  table: Role;
  /** What a record carries, in table order, as the insert types them (roleColumns.ts). */
  columns: { name: string; type: ColumnType }[];
  convert(row: RowInput, cat: Catalog): RowResult;
  /** Makes an accepted record known to later rows and files. */
  register?(rec: RecordOut, row: RowInput, cat: Catalog): void;
}

type RowRules = Pick<RoleRules, 'convert' | 'register'>;

/** Dates travel as ISO text and DuckDB casts them on insert. */
const INSERT_TYPE: Record<SqlType, ColumnType> = { VARCHAR: 'text', DATE: 'text', INTEGER: 'int', DOUBLE: 'double', BOOLEAN: 'bool' };

/** A role's rules: the cells every row must fill are checked first, from the column specification. */
function rules(role: Role, r: RowRules): RoleRules {
  const cells = requiredCells(role);
  return {
    table: role,
    columns: recordColumns(role).map((c) => ({ name: c.name, type: INSERT_TYPE[c.type] })),
    convert: (row, cat) => required(row, cells) ?? r.convert(row, cat),
    register: r.register,
  };
}

const fail = (code: Problem['code'], column?: string, value?: string, detail?: string): RowResult => ({
  ok: false,
  problem: { code, column, value, detail },
});

function required(row: RowInput, keys: readonly string[]): RowResult | null {
  for (const k of keys) if (row.get(k).trim() === '') return fail('missing_required', k);
  return null;
}

function optionalNumber(row: RowInput, key: string): { ok: true; value: number | null } | { ok: false; result: RowResult } {
  const raw = row.get(key);
  if (raw.trim() === '') return { ok: true, value: null };
  const n = parseNumber(raw);
  if (n.ok) return { ok: true, value: n.value };
  return n.missing ? { ok: true, value: null } : { ok: false, result: fail('not_a_number', key, raw) };
}

function optionalInt(row: RowInput, key: string, min: number, max: number): { ok: true; value: number | null } | { ok: false; result: RowResult } {
  const raw = row.get(key).trim();
  if (raw === '') return { ok: true, value: null };
  const v = parseInteger(raw);
  if (v === null || v < min || v > max) return { ok: false, result: fail(key.includes('year') ? 'bad_year' : 'not_a_number', key, raw) };
  return { ok: true, value: v };
}

/**
 * Catalogue ids are primary keys, and DuckDB's index refuses a key above 120 KB: one such cell
 * failed the insert of the whole file. No real id comes near this length.
 */
export const MAX_ID_LENGTH = 200;
const idTooLong = (key: string, id: string): RowResult | null =>
  id.length > MAX_ID_LENGTH ? fail('out_of_range', key, `${id.slice(0, 40)}…`, `length ${id.length} > ${MAX_ID_LENGTH}`) : null;

/** `a;b；c|d` -> [a, b, c, d] */
export const splitList = (s: string): string[] => s.split(/[;；|]/).map((x) => x.trim()).filter(Boolean);

const text = (row: RowInput, key: string): string | null => {
  const v = row.get(key).trim();
  return v === '' ? null : v;
};

const DIRECTIONS: Record<string, 'higher' | 'lower'> = {
  higher: 'higher', higher_is_better: 'higher', up: 'higher', '+': 'higher', at_least: 'higher', 越大越好: 'higher', 正向: 'higher',
  lower: 'lower', lower_is_better: 'lower', down: 'lower', '-': 'lower', at_most: 'lower', 越小越好: 'lower', 逆向: 'lower',
};
const VALUE_TYPES = ['ytd', 'period', 'stock', 'rate'];
export const TARGET_KINDS = ['level', 'growth', 'share', 'pp_change', 'max', 'min', 'benchmark', 'range', 'approx', 'cumulative'];
export const TASK_STATUSES = ['done', 'in_progress', 'not_started', 'ongoing', 'overdue', 'cancelled'];

const indicators: RoleRules = rules('indicators', {
  convert(row, cat) {
    const id = row.get('indicator_id').trim();
    const long = idTooLong('indicator_id', id);
    if (long) return long;
    const prior = cat.indicators.get(id);
    if (prior) return fail('duplicate_id', 'indicator_id', id, `${prior.file}:${prior.line}`);
    const direction = DIRECTIONS[row.get('direction').trim().toLowerCase()];
    if (!direction) return fail('bad_enum', 'direction', row.get('direction'), 'higher, lower');
    const vt = (text(row, 'value_type') ?? 'ytd').toLowerCase();
    if (!VALUE_TYPES.includes(vt)) return fail('bad_enum', 'value_type', vt, VALUE_TYPES.join(', '));
    const decimals = optionalInt(row, 'decimals', 0, 10);
    if (!decimals.ok) return decimals.result;
    const scale = optionalNumber(row, 'scale');
    if (!scale.ok) return scale.result;
    const sort = optionalInt(row, 'sort_order', -1e9, 1e9);
    if (!sort.ok) return sort.result;
    const num = text(row, 'numerator_id');
    const den = text(row, 'denominator_id');
    if ((num === null) !== (den === null)) return fail('missing_required', num === null ? 'numerator_id' : 'denominator_id');
    return {
      ok: true,
      record: {
        indicator_id: id, name_zh: row.get('name_zh').trim(), name_en: text(row, 'name_en'), unit: row.get('unit').trim(),
        direction, category: text(row, 'category'), value_type: num ? 'rate' : vt, decimals: decimals.value,
        numerator_id: num, denominator_id: den, scale: scale.value, family: text(row, 'family'), sort_order: sort.value,
      },
    };
  },
  register(rec, row, cat) {
    const id = rec.indicator_id as string;
    // aliases are not stored: they only let wide exports and tidy files name the indicator
    const aliases = splitList(row.get('aliases'));
    const nameEn = typeof rec.name_en === 'string' ? rec.name_en : null;
    cat.indicators.set(id, { file: row.file, line: row.line, valueType: rec.value_type as string, nameZh: rec.name_zh as string, nameEn, unit: rec.unit as string, aliases, generated: false });
    addIndicatorNames(cat, id, [rec.name_zh as string, nameEn, ...aliases]);
  },
});

const regions: RoleRules = rules('regions', {
  convert(row, cat) {
    const id = row.get('region_id').trim();
    const long = idTooLong('region_id', id);
    if (long) return long;
    const prior = cat.regions.get(id);
    if (prior) return fail('duplicate_id', 'region_id', id, `${prior.file}:${prior.line}`);
    const sort = optionalInt(row, 'sort_order', -1e9, 1e9);
    if (!sort.ok) return sort.result;
    const lon = optionalNumber(row, 'lon');
    if (!lon.ok) return lon.result;
    const lat = optionalNumber(row, 'lat');
    if (!lat.ok) return lat.result;
    return {
      ok: true,
      record: {
        lon: lon.value, lat: lat.value,
        region_id: id, name_zh: row.get('name_zh').trim(), name_en: text(row, 'name_en'), level: row.get('level').trim(),
        parent_id: text(row, 'parent_id'), aliases: text(row, 'aliases'), tags: text(row, 'tags'), sort_order: sort.value,
      },
    };
  },
  register(rec, row, cat) {
    const id = rec.region_id as string;
    cat.regions.set(id, { file: row.file, line: row.line, nameZh: rec.name_zh as string, level: rec.level as string, generated: false });
    const aliases = typeof rec.aliases === 'string' ? splitList(rec.aliases) : [];
    addRegionNames(cat, id, [rec.name_zh as string, ...(typeof rec.name_en === 'string' ? [rec.name_en] : []), ...aliases]);
  },
});

function lookupRegion(row: RowInput, cat: Catalog, key: string): { ok: true; id: string | null } | { ok: false; result: RowResult } {
  const raw = row.get(key).trim();
  if (raw === '') return { ok: true, id: null };
  const id = resolveRegion(cat, raw);
  return id ? { ok: true, id } : { ok: false, result: fail('unknown_region', key, raw) };
}

const targets: RoleRules = rules('targets', {
  convert(row, cat) {
    const ind = resolveIndicator(cat, row.get('indicator_id'));
    if (!ind) return fail('unknown_indicator', 'indicator_id', row.get('indicator_id').trim());
    const reg = lookupRegion(row, cat, 'region_id');
    if (!reg.ok) return reg.result;
    const year = optionalInt(row, 'year', 1900, 2200);
    if (!year.ok) return year.result;
    const kind = row.get('kind').trim().toLowerCase();
    if (!TARGET_KINDS.includes(kind)) return fail('bad_enum', 'kind', row.get('kind'), TARGET_KINDS.join(', '));
    const value = optionalNumber(row, 'value');
    if (!value.ok) return value.result;
    const ref = lookupRegion(row, cat, 'ref_region_id');
    if (!ref.ok) return ref.result;
    const groupRaw = text(row, 'ref_group');
    if (value.value === null && kind !== 'benchmark') return fail('missing_value', 'value');
    if (kind === 'benchmark' && ref.id === null && groupRaw === null) return fail('missing_required', 'ref_region_id');
    const group: string[] = [];
    for (const raw of groupRaw === null || groupRaw.startsWith('tag:') ? [] : splitList(groupRaw)) {
      const id = resolveRegion(cat, raw);
      if (!id) return fail('unknown_region', 'ref_group', raw);
      group.push(id);
    }
    const high = optionalNumber(row, 'value_high');
    if (!high.ok) return high.result;
    if (kind === 'range' && (high.value === null || value.value === null || high.value < value.value)) {
      return fail('missing_required', 'value_high');
    }
    const tolerance = optionalNumber(row, 'tolerance');
    if (!tolerance.ok) return tolerance.result;
    const due = optionalInt(row, 'due_month', 1, 12);
    if (!due.ok) return due.result;
    const baseYear = optionalInt(row, 'base_year', 1900, 2200);
    if (!baseYear.ok) return baseYear.result;
    const baseValue = optionalNumber(row, 'base_value');
    if (!baseValue.ok) return baseValue.result;
    const doc = text(row, 'doc_id');
    return {
      ok: true,
      record: {
        target_id: text(row, 'target_id'), indicator_id: ind, region_id: reg.id, year: year.value, kind, value: value.value,
        base_year: baseYear.value, base_value: baseValue.value, ref_region_id: ref.id, doc_id: doc,
        quote: text(row, 'quote'), source_line: text(row, 'source_line'), source_row: row.line,
        value_high: high.value, tolerance: tolerance.value, due_month: due.value,
        ref_group: groupRaw?.startsWith('tag:') ? groupRaw : group.join(';') || null,
        scope_note: text(row, 'scope_note'), lead_unit: text(row, 'lead_unit'),
      },
    };
  },
});

const observations: RoleRules = rules('observations', {
  convert(row, cat) {
    const ind = resolveIndicator(cat, row.get('indicator_id'));
    if (!ind) return fail('unknown_indicator', 'indicator_id', row.get('indicator_id').trim());
    const reg = lookupRegion(row, cat, 'region_id');
    if (!reg.ok) return reg.result;
    const p = parsePeriod(row.get('period'));
    if (!p) return fail('bad_period', 'period', row.get('period'));
    const n = parseNumber(row.get('value'));
    if (!n.ok) return n.missing ? fail('value_gap', 'value', row.get('value').trim()) : fail('not_a_number', 'value', row.get('value'));
    if (n.percent && !cat.indicators.get(ind)!.unit.includes('%')) return fail('percent_not_allowed', 'value', row.get('value'), cat.indicators.get(ind)!.unit);
    return {
      ok: true,
      // one value per month: 2020-Q1, 2020-03 and (for December) 2020 share a key, as in queries/20_obs.sql
      key: `${ind}|${reg.id}|${p.year}-${String(p.month).padStart(2, '0')}`,
      record: {
        indicator_id: ind, region_id: reg.id, period: p.period, year: p.year, month: p.month, freq: p.freq, value: n.value,
        quality: text(row, 'quality'), source_line: row.line,
      },
    };
  },
});

const policies: RoleRules = rules('policies', {
  convert(row, cat) {
    const id = row.get('doc_id').trim();
    const long = idTooLong('doc_id', id);
    if (long) return long;
    const prior = cat.policies.get(id);
    if (prior) return fail('duplicate_id', 'doc_id', id, `${prior.file}:${prior.line}`);
    const rawDate = row.get('issued_on').trim();
    const issued = rawDate === '' ? null : parseDate(rawDate);
    if (rawDate !== '' && !issued) return fail('bad_date', 'issued_on', rawDate);
    const reg = lookupRegion(row, cat, 'region_id');
    if (!reg.ok) return reg.result;
    return {
      ok: true,
      record: {
        doc_id: id, title: row.get('title').trim(), doc_number: text(row, 'doc_number'), issued_on: issued,
        issuer: text(row, 'issuer'), region_id: reg.id, title_en: text(row, 'title_en'),
      },
    };
  },
  register(rec, row, cat) {
    cat.policies.set(rec.doc_id as string, { file: row.file, line: row.line });
  },
});

const tasks: RoleRules = rules('tasks', {
  convert(row) {
    const dates: Record<string, string | null> = {};
    for (const k of ['deadline', 'completed_on', 'as_of']) {
      const raw = row.get(k).trim();
      // an empty deadline is a standing task (长期)
      dates[k] = raw === '' || raw === '长期' ? null : parseDate(raw);
      if (raw !== '' && raw !== '长期' && !dates[k]) return fail('bad_date', k, raw);
    }
    const status = text(row, 'status')?.toLowerCase() ?? null;
    if (status && !TASK_STATUSES.includes(status)) return fail('bad_enum', 'status', status, TASK_STATUSES.join(', '));
    const srcLine = optionalInt(row, 'source_line', 0, 1e9);
    return {
      ok: true,
      key: `${row.get('doc_id').trim()}|${row.get('task_id').trim()}|${row.get('milestone').trim()}`,
      record: {
        doc_id: row.get('doc_id').trim(), task_id: row.get('task_id').trim(), title: row.get('title').trim(),
        lead_unit: text(row, 'lead_unit'), deadline: dates.deadline ?? null, status, completed_on: dates.completed_on ?? null,
        area: text(row, 'area'), milestone: text(row, 'milestone'), quality: text(row, 'quality'),
        source_line: srcLine.ok ? srcLine.value : null, as_of: dates.as_of ?? null,
      },
    };
  },
});

// ---- one department under several names, and reward rules as data -------------------------

const unitAliases: RoleRules = rules('unit_aliases', {
  convert(row, cat) {
    const reg = lookupRegion(row, cat, 'region_id');
    if (!reg.ok) return reg.result;
    const alias = row.get('alias').trim();
    return { ok: true, key: `${reg.id ?? ''}|${alias}`, record: { region_id: reg.id, alias, canonical: row.get('canonical').trim() } };
  },
});

export const REWARD_RULE_TYPES = ['rank_prize', 'target_met', 'per_unit', 'per_unit_above_target', 'per_rank_gained'];

const rewardRules: RoleRules = rules('reward_rules', {
  convert(row, cat) {
    const type = row.get('rule_type').trim().toLowerCase();
    if (!REWARD_RULE_TYPES.includes(type)) return fail('bad_enum', 'rule_type', row.get('rule_type'), REWARD_RULE_TYPES.join(', '));
    // several indicators may be named, separated by ';' (a rank over their mean completion)
    const inds: string[] = [];
    for (const raw of (text(row, 'indicator_id') ?? '').split(/[;；]/).map((s) => s.trim()).filter(Boolean)) {
      const id = resolveIndicator(cat, raw);
      if (!id) return fail('unknown_indicator', 'indicator_id', raw);
      inds.push(id);
    }
    if (type !== 'rank_prize' && inds.length !== 1) return fail('missing_required', 'indicator_id');
    const nums: Record<string, number | null> = {};
    for (const k of ['amount', 'unit_size', 'threshold']) {
      const v = optionalNumber(row, k);
      if (!v.ok) return v.result;
      nums[k] = v.value;
    }
    if (nums.amount === null) return fail('missing_value', 'amount');
    if (type.startsWith('per_unit') && !(nums.unit_size! > 0)) return fail('missing_required', 'unit_size');
    const ranks: Record<string, number | null> = {};
    for (const k of ['rank_from', 'rank_to']) {
      const v = optionalInt(row, k, 1, 1e6);
      if (!v.ok) return v.result;
      ranks[k] = v.value;
    }
    if (type === 'rank_prize' && ranks.rank_from === null) return fail('missing_required', 'rank_from');
    return {
      ok: true,
      key: row.get('rule_id').trim(),
      record: {
        rule_id: row.get('rule_id').trim(), doc_id: row.get('doc_id').trim(), rule_type: type, indicator_id: inds.join(';') || null,
        scope: text(row, 'scope'), amount: nums.amount ?? null, unit_size: nums.unit_size ?? null, rank_from: ranks.rank_from ?? null,
        rank_to: ranks.rank_to ?? ranks.rank_from ?? null, threshold: nums.threshold ?? null, name_zh: text(row, 'name_zh'), name_en: text(row, 'name_en'),
        quote: text(row, 'quote'), source_line: text(row, 'source_line'),
      },
    };
  },
});

const untrackedTargets: RoleRules = rules('untracked_targets', {
  convert(row) {
    const reason = row.get('reason').trim().toLowerCase();
    if (!UNTRACKED_REASONS.includes(reason)) return fail('bad_enum', 'reason', row.get('reason'), UNTRACKED_REASONS.join(', '));
    return {
      ok: true,
      record: {
        doc_id: row.get('doc_id').trim(), source_line: row.get('source_line').trim(), reason,
        quote: text(row, 'quote'), note: text(row, 'note'),
      },
    };
  },
});

const families: RoleRules = rules('families', {
  convert(row, cat) {
    const id = row.get('family_id').trim();
    const tooLong = idTooLong('family_id', id);
    if (tooLong) return tooLong;
    const prior = cat.families.get(id);
    if (prior) return fail('duplicate_id', 'family_id', id, `${prior.file}:${prior.line}`);
    const ids: string[] = [];
    for (const raw of splitList(row.get('indicator_ids'))) {
      const ind = resolveIndicator(cat, raw);
      if (!ind) return fail('unknown_indicator', 'indicator_ids', raw);
      ids.push(ind);
    }
    const sort = optionalInt(row, 'sort_order', -1e9, 1e9);
    if (!sort.ok) return sort.result;
    return {
      ok: true,
      key: id,
      record: { family_id: id, name_zh: row.get('name_zh').trim(), name_en: text(row, 'name_en'), sort_order: sort.value, indicator_ids: ids.join(';') },
    };
  },
  register(rec, row, cat) {
    cat.families.set(rec.family_id as string, { file: row.file, line: row.line });
  },
});

/** Why a plan's numbered line is not tracked: the words are in src/i18n (untracked reasons). */
export const UNTRACKED_REASONS = ['fact', 'rule_condition', 'plan_period', 'reward', 'milestone', 'not_measurable', 'duplicate'];

export const RULES: Record<Role, RoleRules> = {
  indicators, regions, targets, observations, policies, tasks, unit_aliases: unitAliases, reward_rules: rewardRules,
  untracked_targets: untrackedTargets, families,
};
