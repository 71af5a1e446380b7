import type { Table } from 'apache-arrow';

/** A value bound to a `?` placeholder. Values are always bound, never spliced into SQL. */
export type Param = string | number | boolean | null;

export type Row = Record<string, unknown>;

/** The two primitives each DuckDB-WASM flavour (browser worker, node blocking) provides. */
export interface DbCore {
  run(sql: string, params: readonly Param[]): Promise<Table>;
  insertArrow(table: Table, name: string): Promise<void>;
  close(): Promise<void>;
}

export interface Db {
  /** Runs one statement with bound parameters; returns plain rows (BIGINT/DECIMAL as number, DATE as ISO text). */
  query<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
  /** Runs a script (several statements, no parameters): DDL and views. */
  exec(sql: string): Promise<void>;
  /** Appends rows to an existing table, column by column. */
  insertColumns(table: string, columns: ColumnData[]): Promise<void>;
  close(): Promise<void>;
}

export type ColumnType = 'text' | 'double' | 'int';

export interface ColumnData {
  name: string;
  type: ColumnType;
  values: readonly (string | number | null)[];
}
