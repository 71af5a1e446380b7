import type { Table } from 'apache-arrow';


/** A value bound to a `?` placeholder. Values are always bound, never spliced into SQL. */
export type Param = string | number | boolean | null;

export type Row = Record<string, unknown>;

/** The two primitives each DuckDB-WASM flavour (browser worker, node blocking) provides. */
export interface DbCore {
  run(sql: string, params: readonly Param[]): Promise<Table>;
  /** Creates table `name` from an Arrow IPC stream. */
  insertIpc(ipc: Uint8Array, name: string): Promise<void>;
  /** Appends an Arrow IPC stream to existing table `name`, column by position (values cast to the column types). */
  appendIpc?(ipc: Uint8Array, name: string): Promise<void>;
  registerFile(name: string, source: FileSource): Promise<void>;
  dropFile(name: string): Promise<void>;
  close(): Promise<void>;
  /** Drops cached prepared statements (after DDL or a data load, so none is bound to a replaced table). */
  forget?(): Promise<void>;
}

/** A file DuckDB can read by name: bytes already in memory, or a URL it reads with HTTP range requests. */
export type FileSource = { bytes: Uint8Array } | { url: string };

export interface Db {
  /** Runs one statement with bound parameters; returns plain rows (BIGINT/DECIMAL as number, DATE as ISO text). */
  query<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
  /** Runs a script (several statements, no parameters): DDL and views. */
  exec(sql: string): Promise<void>;
  /** Appends rows to an existing table, column by column. */
  insertColumns(table: string, columns: ColumnData[]): Promise<void>;
  /** Appends the rows of an Arrow IPC stream to an existing table, matching columns by name. */
  insertIpc(table: string, ipc: Uint8Array, inTableOrder?: boolean): Promise<void>;
  /** Makes a file readable under `name` (e.g. `read_parquet('name')`). Not every engine supports URLs. */
  registerFile(name: string, source: FileSource): Promise<void>;
  /** Forgets a registered file (and frees its bytes). */
  dropFile(name: string): Promise<void>;
  close(): Promise<void>;
}

export type ColumnType = 'text' | 'double' | 'int' | 'bool';

export interface ColumnData {
  name: string;
  type: ColumnType;
  values: ArrayLike<string | number | boolean | null>;
}
