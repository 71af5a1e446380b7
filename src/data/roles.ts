/** The tidy roles of the data contract, decided by a file's header (never by its name). */

export type Role =
  | 'indicators' | 'regions' | 'targets' | 'observations' | 'policies' | 'tasks' | 'unit_aliases' | 'reward_rules'
  | 'untracked_targets' | 'families';

export interface RoleSpec {
  role: Role;
  required: string[];
  optional: string[];
}

export const ROLE_SPECS: RoleSpec[] = [
  {
    role: 'indicators',
    required: ['indicator_id', 'name_zh', 'unit', 'direction'],
    optional: ['name_en', 'category', 'value_type', 'decimals', 'numerator_id', 'denominator_id', 'scale', 'family', 'sort_order', 'aliases'],
  },
  {
    role: 'regions',
    required: ['region_id', 'name_zh', 'level', 'parent_id'],
    optional: ['name_en', 'aliases', 'tags', 'sort_order', 'lon', 'lat'],
  },
  {
    role: 'targets',
    required: ['indicator_id', 'region_id', 'year', 'kind', 'value'],
    optional: [
      'target_id', 'base_year', 'base_value', 'ref_region_id', 'doc_id', 'quote', 'source_line',
      // the target kinds of county plans: a range's high bound, 左右's tolerance, a due month inside
      // the year, a benchmark over a group of regions, the scope the plan states, the 牵头单位
      'value_high', 'tolerance', 'due_month', 'ref_group', 'scope_note', 'lead_unit',
    ],
  },
  {
    role: 'observations',
    required: ['indicator_id', 'region_id', 'period', 'value'],
    optional: ['quality'],
  },
  {
    role: 'policies',
    required: ['doc_id', 'title', 'doc_number', 'issued_on'],
    optional: ['issuer', 'region_id', 'title_en'],
  },
  {
    role: 'tasks',
    required: ['doc_id', 'task_id', 'title', 'lead_unit', 'deadline'],
    optional: ['status', 'completed_on', 'area', 'milestone', 'quality', 'source_line', 'as_of'],
  },
  // issue 4: one department under several names, and reward rules as data
  { role: 'unit_aliases', required: ['alias', 'canonical'], optional: ['region_id'] },
  {
    role: 'reward_rules',
    required: ['rule_id', 'doc_id', 'rule_type', 'amount'],
    optional: ['indicator_id', 'scope', 'unit_size', 'rank_from', 'rank_to', 'threshold', 'name_zh', 'name_en', 'quote', 'source_line'],
  },
  // a plan's numbered line that is not a trackable target (a fact, a rule's condition, a period), with why
  { role: 'untracked_targets', required: ['doc_id', 'source_line', 'reason'], optional: ['quote', 'note'] },
  // the headline families of the overview, as data
  { role: 'families', required: ['family_id', 'name_zh', 'indicator_ids'], optional: ['name_en', 'sort_order'] },
];

/** Catalogues load before the files that refer to them. */
export const ROLE_ORDER: Role[] = ['regions', 'indicators', 'policies', 'targets', 'observations', 'tasks', 'unit_aliases', 'reward_rules', 'untracked_targets', 'families'];

/** Header cell -> column key: trimmed, lower case, BOM and surrounding quotes removed. */
export function normalizeHeader(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().replace(/^"|"$/g, '').trim().toLowerCase().replace(/\s+/g, '_');
}

export interface RoleMatch {
  role: Role | null;
  /** Column key -> index in the row. */
  columns: Map<string, number>;
  /** When no role matches: the closest role and the columns it lacks. */
  closest?: { role: Role; missing: string[] };
}

export function detectRole(header: string[]): RoleMatch {
  const columns = new Map<string, number>();
  header.forEach((h, i) => {
    const k = normalizeHeader(h);
    if (k && !columns.has(k)) columns.set(k, i);
  });
  const scored = ROLE_SPECS.map((spec) => {
    const missing = spec.required.filter((c) => !columns.has(c));
    return { spec, missing, hits: spec.required.length - missing.length };
  });
  const complete = scored.filter((s) => s.missing.length === 0);
  if (complete.length > 0) {
    // The most specific role wins: targets (5 required) over observations (4) on a shared header.
    complete.sort((a, b) => b.spec.required.length - a.spec.required.length);
    return { role: complete[0]!.spec.role, columns };
  }
  scored.sort((a, b) => b.hits - a.hits || a.missing.length - b.missing.length);
  const best = scored[0]!;
  return { role: null, columns, closest: best.hits > 0 ? { role: best.spec.role, missing: best.missing } : undefined };
}
