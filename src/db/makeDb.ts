/** The query API shared by the browser and node flavours of DuckDB-WASM. */
import { Table, tableToIPC, type DataType, type Vector } from 'apache-arrow';
import { boolVector, float64Vector, int32Vector, utf8Vector } from './arrowColumns.ts';
import { arrowToRows } from './arrowRows.ts';
import type { ColumnData, Db, DbCore, Param } from './types.ts';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Identifiers cannot be bound; they must come from code and match this pattern. */
export function assertIdent(name: string): string {
  if (!IDENT.test(name)) throw new Error(`invalid SQL identifier: ${JSON.stringify(name)}`);
  return name;
}

function toArrowTable(columns: ColumnData[]): Table {
  const vectors: Record<string, Vector<DataType>> = {};
  for (const c of columns) {
    const make = { text: utf8Vector, int: int32Vector, double: float64Vector, bool: boolVector }[c.type];
    vectors[c.name] = make(c.values) as Vector<DataType>;
  }
  return new Table(vectors);
}

let tmpCounter = 0;

export function makeDb(core: DbCore): Db {
  const db: Db = {
    async query(sql, params = []) {
      return arrowToRows(await core.run(sql, params));
    },
    async exec(sql) {
      await core.forget?.();
      await core.run(sql, []);
    },
    async insertColumns(table, columns) {
      assertIdent(table);
      if (columns.length === 0 || (columns[0]?.values.length ?? 0) === 0) return;
      const names = columns.map((c) => assertIdent(c.name));
      // Arrow lands in a scratch table first so that the INSERT can name its columns.
      const tmp = `__ins_${++tmpCounter}`;
      await core.insertIpc(tableToIPC(toArrowTable(columns), 'stream'), tmp);
      try {
        await core.run(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM ${tmp}`, []);
      } finally {
        await core.run(`DROP TABLE IF EXISTS ${tmp}`, []);
      }
    },
    async insertIpc(table, ipc, inTableOrder) {
      assertIdent(table);
      // columns already in the table's order: appended in one worker round trip, no scratch table
      if (inTableOrder && core.appendIpc) return core.appendIpc(ipc, table);
      const tmp = `__ins_${++tmpCounter}`;
      await core.insertIpc(ipc, tmp);
      // insert and drop in one worker round trip (a table loads a row group at a time)
      try {
        await core.run(`INSERT INTO ${table} BY NAME SELECT * FROM ${tmp}; DROP TABLE ${tmp}`, []);
      } catch (e) {
        await core.run(`DROP TABLE IF EXISTS ${tmp}`, []).catch(() => undefined);
        throw e;
      }
    },
    registerFile: (name, source) => core.registerFile(name, source),
    dropFile: (name) => core.dropFile(name),
    close: () => core.close(),
  };
  return db;
}

export type { Param };
