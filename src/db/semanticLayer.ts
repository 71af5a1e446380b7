/** Applies the role tables and then the SQL files of queries/ (tables, then views in file-name order) to a database. */
import { roleTablesSql } from '../data/roleColumns.ts';
import { assertIdent } from './makeDb.ts';
import type { Db } from './types.ts';

export interface SqlFile {
  name: string;
  sql: string;
}

/** The role tables, generated from the column specification; they sort before every file of queries/. */
export const ROLE_TABLES: SqlFile = { name: '00_role_tables.sql', sql: roleTablesSql() };

export function sortSqlFiles(files: SqlFile[]): SqlFile[] {
  // code-point order, so that 23_x.sql runs before 23a_y.sql on every machine
  return [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Files that start with `-- @refresh` rebuild snapshots and run again after every data load. */
export function isRefreshFile(f: SqlFile): boolean {
  return f.sql.trimStart().startsWith('-- @refresh');
}

/**
 * Files that start with `-- @later`: the policy and bulletin screens' layer, which a start-up from
 * the build applies after DuckDB's first answers (only queries naming what they define wait for it).
 */
export function isLaterFile(f: SqlFile): boolean {
  return f.sql.trimStart().startsWith('-- @later');
}

/** The views, macros and tables a file defines (what a query must name to need it). */
export function definedNames(files: SqlFile[]): string[] {
  const re = /CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:VIEW|MACRO|FUNCTION|TABLE)\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)/gi;
  return [...new Set(files.flatMap((f) => [...f.sql.matchAll(re)].map((m) => m[1]!.toLowerCase())))];
}

export async function applySemanticLayer(db: Db, files: SqlFile[]): Promise<void> {
  await applyFiles(db, [ROLE_TABLES, ...files.filter((f) => f.name !== ROLE_TABLES.name)]);
}

/**
 * All files in one round trip (a worker message each costs more than the SQL); if that fails, file by
 * file, so the error names the file at fault.
 */
export async function applyFiles(db: Db, files: SqlFile[]): Promise<void> {
  const sorted = sortSqlFiles(files);
  try {
    await db.exec(sorted.map((f) => f.sql.trim().replace(/;?\s*$/, ';')).join('\n'));
  } catch {
    await runFiles(db, sorted);
  }
}

/** The tables a refresh file (re)creates. */
export function refreshTables(f: SqlFile): string[] {
  return [...f.sql.matchAll(/CREATE\s+OR\s+REPLACE\s+TABLE\s+([A-Za-z_][A-Za-z0-9_]*)/gi)].map((m) => m[1]!);
}

/** A DuckDB type name as information_schema spells it (VARCHAR, DECIMAL(18,3), DATE, INTEGER[]…), nothing else. */
const TYPE_NAME = /^[A-Z][A-Z0-9_ ]*(\(\d+(, ?\d+)?\))?(\[\])?$/i;

/**
 * For a start-up whose snapshots come from the build's Parquet: each refresh file becomes its
 * tables created empty, with the types the build recorded, instead of the snapshot computed over
 * empty tables (a third of the semantic layer's start-up in DuckDB-WASM). A file with a table the
 * build does not describe runs as written. Reloads later run the files as written (DataSession).
 */
export function snapshotsFromBuild(files: SqlFile[], tables: { name: string; columns?: { name: string; type: string }[] }[]): SqlFile[] {
  const columns = new Map(tables.map((t) => [t.name, t.columns]));
  return files.map((f) => {
    if (!isRefreshFile(f)) return f;
    const names = refreshTables(f);
    const defs = names.map((n) => columns.get(n));
    if (names.length === 0 || defs.some((d) => !d?.length || d.some((c) => !TYPE_NAME.test(c.type)))) return f;
    const create = (n: string, cols: { name: string; type: string }[]) => `CREATE OR REPLACE TABLE ${assertIdent(n)} (${cols.map((c) => `${assertIdent(c.name)} ${c.type}`).join(', ')});`;
    return { name: f.name, sql: names.map((n, i) => create(n, defs[i]!)).join('\n') };
  });
}

export async function refreshSnapshots(db: Db, files: SqlFile[]): Promise<void> {
  await runFiles(db, sortSqlFiles(files).filter(isRefreshFile));
}

async function runFiles(db: Db, files: SqlFile[]): Promise<void> {
  for (const f of files) {
    try {
      await db.exec(f.sql);
    } catch (e) {
      throw new Error(`queries/${f.name}: ${(e as Error).message}`, { cause: e });
    }
  }
}
