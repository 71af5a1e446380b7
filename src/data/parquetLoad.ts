/**
 * Loads what the build step wrote (data/build/*.parquet) instead of parsing the CSVs: typed,
 * compressed columns, snapshots included, so nothing is recomputed in the browser.
 */
import { assertIdent } from '../db/makeDb.ts';
import type { Db } from '../db/types.ts';
import type { DataBuild, DataBuildTable } from './dataBuild.ts';
import type { DecodedTable } from './parquetDecode.ts';

export interface BuildLoadStats {
  bytes: number;
  rows: number;
  tables: number;
}

const SQL_TYPE = { text: 'VARCHAR', double: 'DOUBLE', int: 'INTEGER', bool: 'BOOLEAN' } as const;

/** The base tables, and which of them are empty (at start-up all are: no DELETE needed before loading). */
export interface ExistingTables {
  names: Set<string>;
  empty: Set<string>;
  /** each table's column names in order */
  columns: Map<string, string>;
}

export async function existingTables(db: Db): Promise<ExistingTables> {
  const rows = await db.query<{ name: string; n: number; cols: string }>(
    `SELECT t.table_name AS name, t.estimated_size::DOUBLE AS n,
            (SELECT string_agg(c.column_name, ',' ORDER BY c.column_index) FROM duckdb_columns() c WHERE c.table_oid = t.table_oid) AS cols
       FROM duckdb_tables() t WHERE t.schema_name = 'main' AND NOT t.temporary`,
  );
  return { names: new Set(rows.map((r) => r.name)), empty: new Set(rows.filter((r) => r.n === 0).map((r) => r.name)), columns: new Map(rows.map((r) => [r.name, r.cols])) };
}

/**
 * Replaces one table's rows with a decoded Parquet file's, a row group at a time: queries asked for
 * meanwhile run between the chunks instead of waiting for the whole table.
 */
export async function loadDecodedTable(db: Db, name: string, decoded: DecodedTable, existing: ExistingTables, between?: () => Promise<void>): Promise<void> {
  const table = assertIdent(name);
  if (!existing.names.has(table)) {
    await db.exec(`CREATE TABLE ${table} (${decoded.columns.map((c) => `${assertIdent(c.name)} ${SQL_TYPE[c.type]}`).join(', ')})`);
    existing.names.add(table);
    existing.columns.set(table, decoded.columns.map((c) => c.name).join(','));
  } else if (!existing.empty.has(table)) await db.exec(`DELETE FROM ${table}`);
  existing.empty.delete(table);
  // the build wrote each table's columns in its order (dates as text, cast back on insert)
  const inOrder = existing.columns.get(table) === decoded.columns.map((c) => c.name).join(',');
  for (const chunk of decoded.chunks) {
    await db.insertIpc(table, chunk, inOrder);
    await between?.();
  }
}

/**
 * Loads the chosen tables of a build. `decode` is started for every table at once (downloads and
 * decoding run beside each other, in a worker in the browser); inserts go one table at a time.
 */
export async function loadDataBuild(
  db: Db,
  build: DataBuild,
  decode: (t: DataBuildTable) => Promise<DecodedTable>,
  only: (t: DataBuildTable) => boolean = () => true,
  between?: () => Promise<void>,
): Promise<BuildLoadStats> {
  const tables = build.tables.filter(only);
  const decoding = tables.map((t) => decode(t));
  const existing = await existingTables(db);
  let bytes = 0;
  let rows = 0;
  for (let i = 0; i < tables.length; i++) {
    await loadDecodedTable(db, tables[i]!.name, await decoding[i]!, existing, between);
    bytes += tables[i]!.bytes;
    rows += tables[i]!.rows;
  }
  return { bytes, rows, tables: tables.length };
}
