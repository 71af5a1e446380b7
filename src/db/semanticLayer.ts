/** Applies the role tables and then the SQL files of queries/ (tables, then views in file-name order) to a database. */
import { roleTablesSql } from '../data/roleColumns.ts';
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
 * All files in one round trip (a worker message each costs more than the SQL); if that fails, file by
 * file, so the error names the file at fault.
 */
export async function applySemanticLayer(db: Db, files: SqlFile[]): Promise<void> {
  const sorted = sortSqlFiles([ROLE_TABLES, ...files.filter((f) => f.name !== ROLE_TABLES.name)]);
  try {
    await db.exec(sorted.map((f) => f.sql.trim().replace(/;?\s*$/, ';')).join('\n'));
  } catch {
    await runFiles(db, sorted);
  }
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
