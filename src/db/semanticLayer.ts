/** Applies the SQL files of queries/ (tables, then views in file-name order) to a database. */
import type { Db } from './types.ts';

export interface SqlFile {
  name: string;
  sql: string;
}

export function sortSqlFiles(files: SqlFile[]): SqlFile[] {
  return [...files].sort((a, b) => a.name.localeCompare(b.name));
}

export async function applySemanticLayer(db: Db, files: SqlFile[]): Promise<void> {
  for (const f of sortSqlFiles(files)) {
    try {
      await db.exec(f.sql);
    } catch (e) {
      throw new Error(`queries/${f.name}: ${(e as Error).message}`);
    }
  }
}
