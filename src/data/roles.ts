/** The tidy roles of the data contract, decided by a file's header (never by its name). */
import { headerColumns, ROLES, type Role } from './roleColumns.ts';

export type { Role } from './roleColumns.ts';

/** The columns that decide each role: those its header must name (src/data/roleColumns.ts). */
const ROLE_HEADERS = ROLES.map((role) => ({ role, required: headerColumns(role) }));

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
  const scored = ROLE_HEADERS.map((spec) => {
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
