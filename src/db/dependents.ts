/** Which views and macros read a set of tables, directly or through each other (from DuckDB's own catalogue). */
import type { Db } from './types.ts';

export async function dependentsOf(db: Db, tables: string[]): Promise<Set<string>> {
  const defs = await db.query<{ name: string; sql: string }>(
    `SELECT view_name AS name, sql FROM duckdb_views() WHERE NOT internal
     UNION ALL
     SELECT function_name AS name, string_agg(coalesce(macro_definition, ''), ' ') AS sql
     FROM duckdb_functions() WHERE function_type IN ('macro', 'table_macro') AND NOT internal GROUP BY function_name`,
  );
  const found = new Set(tables.map((t) => t.toLowerCase()));
  let grew = true;
  while (grew) {
    grew = false;
    const pattern = new RegExp(`\\b(${[...found].join('|')})\\b`, 'i');
    for (const d of defs) {
      const name = d.name.toLowerCase();
      if (!found.has(name) && pattern.test(d.sql)) {
        found.add(name);
        grew = true;
      }
    }
  }
  return found;
}
