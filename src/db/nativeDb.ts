/**
 * Native DuckDB (@duckdb/node-api) behind the same Db interface: the build converts data/ with it
 * (many times faster than WASM), and a test checks that both engines give the same results.
 */
import { DuckDBInstance, DuckDBTypeId, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertIdent } from './makeDb.ts';
import type { ColumnData, Db, Param, Row } from './types.ts';

const SQL_TYPE = { text: 'VARCHAR', double: 'DOUBLE', int: 'INTEGER', bool: 'BOOLEAN' } as const;

function convert(v: unknown, typeId: DuckDBTypeId): unknown {
  if (v == null) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return typeId === DuckDBTypeId.DATE ? v.toISOString().slice(0, 10) : v.toISOString();
  return v;
}

let tmpCounter = 0;

export async function openNativeDb(path = ':memory:'): Promise<Db> {
  const instance = await DuckDBInstance.create(path);
  const conn: DuckDBConnection = await instance.connect();
  let files: string | null = null;
  const db: Db = {
    async query<T = Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
      const reader = await conn.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined);
      const names = reader.columnNames();
      const types = names.map((_, i) => reader.columnTypeId(i));
      return reader.getRowObjectsJS().map((r) => {
        const out: Row = {};
        names.forEach((n, i) => (out[n] = convert(r[n], types[i]!)));
        return out as T;
      });
    },
    async exec(sql: string) {
      await conn.run(sql);
    },
    async insertColumns(table: string, columns: ColumnData[]) {
      assertIdent(table);
      const n = columns[0]?.values.length ?? 0;
      if (n === 0) return;
      const names = columns.map((c) => assertIdent(c.name));
      const tmp = `__ins_native_${++tmpCounter}`;
      await conn.run(`CREATE TEMP TABLE ${tmp} (${columns.map((c) => `${c.name} ${SQL_TYPE[c.type]}`).join(', ')})`);
      try {
        const app = await conn.createAppender(tmp, 'main', 'temp');
        for (let r = 0; r < n; r++) {
          for (const c of columns) {
            const v = c.values[r];
            if (v == null) app.appendNull();
            else if (c.type === 'text') app.appendVarchar(String(v));
            else if (c.type === 'int') app.appendInteger(Number(v));
            else if (c.type === 'bool') app.appendBoolean(Boolean(v));
            else app.appendDouble(Number(v));
          }
          app.endRow();
        }
        app.closeSync();
        await conn.run(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM ${tmp}`);
      } finally {
        await conn.run(`DROP TABLE IF EXISTS ${tmp}`);
      }
    },
    async insertIpc() {
      throw new Error('native DuckDB here has no Arrow reader; use insertColumns');
    },
    // bytes (a CSV the intake hands to DuckDB's reader) become a file in a folder of this
    // database's own, which DuckDB searches for relative names as WASM finds registered buffers
    async registerFile(name, source) {
      if (!('bytes' in source)) throw new Error('native DuckDB reads files by path; register bytes instead');
      assertIdent(name.replace(/\./g, '_'));
      if (!files) {
        files = mkdtempSync(join(tmpdir(), 'pace-duckdb-'));
        await conn.run(`SET file_search_path = '${files.replace(/'/g, "''")}'`);
      }
      writeFileSync(join(files, name), source.bytes);
    },
    async dropFile(name) {
      if (files) rmSync(join(files, name), { force: true });
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
      if (files) rmSync(files, { recursive: true, force: true });
    },
  };
  return db;
}
